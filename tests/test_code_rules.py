"""The house rules that a tool can check: lint, format, types, and no Qt in the core."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *command], cwd=ROOT, capture_output=True, text=True
    )


def test_ruff_finds_nothing() -> None:
    result = _run("ruff", "check", "--no-cache", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_code_is_formatted() -> None:
    result = _run("ruff", "format", "--check", "--no-cache", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_refuses_qt_in_the_core(tmp_path: Path) -> None:
    probe = ROOT / "app" / "_qt_probe.py"
    probe.write_text("from PySide6.QtCore import QObject\n\nQObject()\n")
    try:
        result = _run("ruff", "check", "--no-cache", str(probe))
    finally:
        probe.unlink()
    assert result.returncode != 0
    assert "TID251" in result.stdout


@pytest.mark.slow
def test_the_core_is_type_checked() -> None:
    result = _run("mypy", "--no-incremental")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ci_runs_exactly_the_readmes_test_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick_start = readme.split("## Quick start", 1)[1].split("```")[1].strip().splitlines()
    assert len(quick_start) == 2, "the Quick start is two command lines: run, and test"
    ci_commands = [
        line
        for line in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
        if "pytest" in line
    ]
    assert ci_commands == [quick_start[1]]
