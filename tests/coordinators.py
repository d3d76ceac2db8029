"""Another coordinator's Tandem, in a process of its own, working on the network's server
through Tandem's own core."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PRELUDE = (
    "import sys\n"
    "from app.storage.database import open_server, close_database\n"
    "from app.steps import needs\n"
    "open_server(sys.argv[1])\n"
)


def _command(url: str, code: str) -> list[str]:
    return [sys.executable, "-c", PRELUDE + code + "\nclose_database()\n", url]


def elsewhere(url: str, code: str) -> str:
    """Run ``code`` in another Tandem connected to ``url`` (``needs`` is imported); what it
    printed."""
    done = subprocess.run(
        _command(url, code), check=True, cwd=ROOT, timeout=60, capture_output=True, text=True
    )
    return done.stdout


def started_elsewhere(url: str, code: str) -> subprocess.Popen[str]:
    """``code`` started in another Tandem, not waited for."""
    return subprocess.Popen(
        _command(url, code), cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
