"""The Qt binding Tandem is installed with must not lose its reference to None.

PySide6 6.12.0 drops one on every call that returns nothing; after a few hundred thousand
such calls - a long day in Tandem, or printing a programme's sheets - Python 3.11 aborts
with "deallocating None". pyproject.toml keeps that release out; this test notices if a
broken release comes back.
"""

from __future__ import annotations

import subprocess
import sys

CALLS = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtGui import QFont, QGuiApplication
app = QGuiApplication([])
font = QFont()
before = sys.getrefcount(None)
for _ in range(50_000):
    font.setBold(True)
print(sys.getrefcount(None) - before)
"""


def test_calls_that_return_nothing_keep_none_alive() -> None:
    result = subprocess.run(
        [sys.executable, "-c", CALLS], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert abs(int(result.stdout.split()[-1])) < 1000
