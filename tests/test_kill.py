"""Tandem killed in the middle of saving, again and again: the file stays sound and every
save it had confirmed is there. Killed as the system kills a process that does not answer:
SIGKILL on Linux, TerminateProcess on Windows (both through ``Popen.kill``)."""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
KILLS = 200


def _check(path: Path) -> tuple[str, list[tuple[object, ...]], int]:
    """SQLite's checks, and the saves found half-written (a person without their need)."""
    with sqlite3.connect(path) as connection:
        integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
        orphans = connection.execute("PRAGMA foreign_key_check").fetchall()
        halves = connection.execute(
            "SELECT count(*) FROM person WHERE NOT EXISTS (SELECT 1 FROM need WHERE need.person_id = person.id)"
        ).fetchone()[0]
    return integrity, orphans, halves


def _present(path: Path, name: str) -> bool:
    with sqlite3.connect(path) as connection:
        found = connection.execute(
            "SELECT count(*) FROM person WHERE name = ?", (name,)
        ).fetchone()[0]
        need = connection.execute(
            "SELECT count(*) FROM need JOIN person ON need.person_id = person.id WHERE person.name = ?",
            (name,),
        ).fetchone()[0]
    return found == 1 and need == 1


@pytest.mark.slow
def test_killing_tandem_while_it_saves_loses_nothing_it_confirmed(tmp_path: Path) -> None:
    path = tmp_path / "tandem.sqlite"
    randomness = random.Random(20261126)
    confirmed_total, checked = 0, 0
    for _ in range(KILLS):
        writer = subprocess.Popen(
            [sys.executable, "-m", "tests.kill_writer", str(path)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert writer.stdout is not None
        first = writer.stdout.readline()  # it is saving now
        time.sleep(randomness.uniform(0, 0.05))
        writer.kill()  # SIGKILL on Linux, TerminateProcess on Windows: no chance to tidy up
        rest = writer.stdout.read()
        writer.wait()
        lines = [line for line in (first + rest).splitlines() if line.startswith("confirmed ")]
        integrity, orphans, halves = _check(path)
        assert integrity == "ok"
        assert orphans == []
        assert halves == 0
        if lines:
            last = lines[-1].removeprefix("confirmed ")
            assert _present(path, last), last
            confirmed_total += len(lines)
            checked += 1
    print(
        f"\nkill test: {KILLS} kills, integrity ok after each, no foreign-key orphan, no half save, "
        f"{checked} last confirmed saves all found ({confirmed_total} saves confirmed in all)"
    )
    assert checked >= KILLS * 0.9
