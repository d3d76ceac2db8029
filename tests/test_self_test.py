"""The self-test that installers and CI run: a failing screen is a FAIL line, never a box
that nobody is there to close (the silent install would wait for it forever)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from ui import self_test


def test_an_error_in_a_slot_fails_its_check_without_a_box(
    qapp: object, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append(box.text()))

    def a_screen_that_breaks_once_shown() -> str:
        QTimer.singleShot(0, lambda: 1 / 0)
        return "shown"

    with self_test.slot_errors_fail_checks():
        failing = self_test._check("a screen", a_screen_that_breaks_once_shown)
        passing = self_test._check("the next one", lambda: "fine")
    said = capsys.readouterr().out
    assert not failing and passing
    assert "FAIL  a screen: ZeroDivisionError: division by zero" in said
    assert "ok    the next one: fine" in said
    assert boxes == []


@pytest.mark.undated  # faketime (the clock sweep) stretches the watchdog's timed wait
def test_a_self_test_that_outlasts_its_limit_stops_itself(tmp_path: Path) -> None:
    """The installer waits for the self-test: given half a second (its checks take longer),
    it stops itself with exit code 1 and says where it was, instead of holding the install."""
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "ui.main", "--self-test", "--data-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "TANDEM_SELF_TEST_SECONDS": "0.5"},
    )
    assert done.returncode == 1
    assert "Timeout" in done.stderr and "self_test.py" in done.stderr
    assert "all checks passed" not in done.stdout
    assert time.monotonic() - started < 60
