"""What Tandem does at start: only what the first screen needs, so that it opens quickly.

The figures themselves come from ``python -m tests.benchmark``; these tests keep the causes
of a slow start found there from coming back.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.big_programme import make_data_folder

ROOT = Path(__file__).resolve().parent.parent
#: Needed only once a document is printed, a team proposed, a demo built, data exported, a
#: session logged or planned, a calendar written or a step other than the dashboard shown.
LATER = (
    "ui.steps.needs_page",
    "ui.steps.pairs_page",
    "ui.steps.coaching_page",
    "ui.steps.rules_page",
    "ui.steps.review_page",
    "ui.first_run",
    "ui.restore_dialog",
    "ui.privacy_actions",
    "ui.dashboard.pair_dialog",
    "ui.dashboard.session_dialog",
    "ui.printing.composer",
    "ui.printing.output",
    "app.documents",
    "app.sessions.calendars",
    "app.sessions.ics",
    "app.sessions.journal",
    "app.sessions.planning",
    "app.sessions.slot_plans",
    "app.steps.matching",
    "app.steps.needs",
    "app.steps.pairs",
    "app.steps.review",
    "app.steps.rules",
    "app.demo",
    "app.demo_shops",
    "app.exports",
    "ui.steps.team_table",
    "app.team_import",
    "app.team_grid",
    "app.personal_file",
    "app.trades",
    "openpyxl",
)
#: The network's modules: the server's driver and what it brings.
NETWORK = ("psycopg", "psycopg_binary", "asyncio", "ssl")
PROBE = f"""
import sys
TRACKED = {("app", "ui", "openpyxl", *NETWORK)!r}
from ui import main
main.main(sys.argv)
print("loaded:", " ".join(sorted(name for name in sys.modules if name.startswith(TRACKED))))
"""


def _probed(probe: str, *arguments: str) -> list[str]:
    """The lines ``probe`` printed, run as Tandem's start with ``arguments``."""
    done = subprocess.run(
        [sys.executable, "-c", probe, "--quit-when-ready", *arguments],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
        check=True,
    )
    return done.stdout.splitlines()


def _started(*arguments: str) -> set[str]:
    line = next(text for text in _probed(PROBE, *arguments) if text.startswith("loaded:"))
    return set(line.split()[1:])


def test_opening_the_own_data_loads_nothing_of_printing_matching_or_the_demo(
    tmp_path: Path,
) -> None:
    loaded = _started("--data-dir", str(make_data_folder(tmp_path, 50)))
    assert "ui.main_window" in loaded  # the probe saw the real start
    assert loaded.isdisjoint(LATER), sorted(loaded & set(LATER))


@pytest.mark.parametrize("own_data", [True, False], ids=["own-data", "demo"])
def test_a_start_on_a_file_loads_nothing_of_the_network(tmp_path: Path, own_data: bool) -> None:
    """peewee imports the server's driver, asyncio and ssl with it, when it is installed:
    a tenth of a second at every start, for an owner whose data is a file."""
    folder = make_data_folder(tmp_path, 5) if own_data else tmp_path / "demo"
    loaded = _started(*([] if own_data else ["--demo"]), "--data-dir", str(folder))
    assert "ui.main_window" in loaded  # the probe saw the real start
    network = {name for name in loaded if name.split(".")[0] in NETWORK}
    assert not network, sorted(network)


@pytest.mark.real_clock  # the demo is built once a day, by the clock of each start
def test_the_demo_is_built_once_and_later_openings_only_copy_it(tmp_path: Path) -> None:
    for attempt in range(2):  # two starts on either side of midnight: the second builds too
        folder = tmp_path / f"attempt-{attempt}"
        day = dt.date.today()
        first = _started("--demo", "--data-dir", str(folder))
        again = _started("--demo", "--data-dir", str(folder))
        if dt.date.today() == day:
            break
    assert "app.demo_shops" in first  # built through the method's rules...
    assert "app.demo" in again and "app.demo_shops" not in again  # ...then only copied
    assert again.isdisjoint(set(LATER) - {"app.demo"}), sorted(again & set(LATER))


#: A start on one's own data: which of the core's modules are imported once Qt is.
AFTER_QT = """
import sys
import ui
before_qt = set(sys.modules)
print("qt before the core:", any(name.startswith("PySide6") for name in before_qt))
from ui import main
main.main(sys.argv)
print("after Qt:", *sorted(name for name in set(sys.modules) - before_qt if name.startswith("app")))
"""


def test_the_core_a_start_needs_is_imported_before_qt(tmp_path: Path) -> None:
    """Qt for Python reads the source of every module imported after it, looking for its
    feature switches: the core's modules, and the standard ones they bring, come first."""
    lines = _probed(AFTER_QT, "--data-dir", str(make_data_folder(tmp_path, 5)))
    assert "qt before the core: False" in lines
    after = next(line for line in lines if line.startswith("after Qt:")).split()[2:]
    assert after == [], after
