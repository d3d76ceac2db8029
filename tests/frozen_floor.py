"""The floor under a frozen start: the benchmark's bare window and stack alone, each frozen
by PyInstaller as Tandem's bundle is, so that the bundle's start is compared with what the
same freezing gives a program with no Tandem code (``python -m tests.benchmark --frozen-floor``).

A frozen program finds its modules in an archive and its libraries beside it, not in a
Python installation: its start differs from the same script run by Python, in either
direction, and only a frozen yardstick says how much of the bundle's start is Tandem's."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

#: What the bundle leaves out too (packaging/tandem.spec): the server's driver and the solver's
#: numerical libraries, which neither yardstick uses.
LEFT_OUT = ("psycopg", "psycopg2", "scipy", "numpy", "tkinter")


def freeze(name: str, script: str, work: Path) -> Path:
    """``script`` frozen as a one-folder program called ``name`` under ``work``."""
    source = work / f"{name}.py"
    source.write_text(script, encoding="utf-8")
    excluded = [argument for module in LEFT_OUT for argument in ("--exclude-module", module)]
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--onedir",
            "--log-level",
            "WARN",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            "--specpath",
            str(work),
            *excluded,
            str(source),
        ],
        check=True,
        capture_output=True,
    )
    program = work / "dist" / name / (name + (".exe" if sys.platform == "win32" else ""))
    if not program.is_file():
        raise RuntimeError(f"PyInstaller made no {program}")
    return program


def frozen_yardsticks(bare: str, stack: str, data: Path, work: Path) -> dict[str, list[str]]:
    """The commands starting the frozen bare window and the frozen stack alone on ``data``."""
    work.mkdir(parents=True, exist_ok=True)
    return {
        "frozen bare": [str(freeze("bare", bare, work))],
        "frozen stack": [str(freeze("stack", stack, work)), str(data)],
    }
