"""Tandem's benchmark: how fast it starts, refreshes and prints, and how much memory it takes,
at 5, 50 and 500 pairs - against a bare PySide6 window started in the same run, and against
the stack alone (PySide6 and peewee showing the 500 pairs in a plain table, no Tandem code).

    python -m tests.benchmark [--runs 5]

It ends with a network of 50 shops on a local PostgreSQL server (tests/network_benchmark.py).

Every time is taken from outside the measured process or around the measured call, over
several runs; the figures are medians. Runs offscreen; nothing to install beyond the tests.
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SIZES = (5, 50, 500)
BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("bare")
window.resize(1280, 760)
window.show()
def ready():
    print("ready: bare", flush=True)
    app.quit()
QTimer.singleShot(0, ready)
app.exec()
"""
#: The same stack with data and nothing of Tandem: PySide6 with the Qt namespace, peewee, and
#: the 500 pairs' names read in one query into a plain table - the floor for a start on them.
#: peewee without the server's driver, as a start on a file has it (``app.storage.drivers``).
STACK = """
import sys
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
sys.modules["psycopg"] = sys.modules["psycopg2"] = sys.modules["psycopg2cffi"] = None
import peewee
app = QApplication(sys.argv)
database = peewee.SqliteDatabase(sys.argv[1])
rows = database.execute_sql(
    "SELECT pair.id, mentor.name, mentee.name FROM pair"
    " JOIN person AS mentor ON mentor.id = pair.mentor_id"
    " JOIN person AS mentee ON mentee.id = pair.mentee_id"
).fetchall()
model = QStandardItemModel()
for row in rows:
    model.appendRow([QStandardItem(str(value)) for value in row])
view = QTableView()
view.setModel(model)
window = QMainWindow()
window.setCentralWidget(view)
window.setWindowTitle("stack")
window.resize(1280, 760)
window.show()
def ready():
    print("ready:", len(rows), Qt.AlignmentFlag.AlignLeft.name, flush=True)
    app.quit()
QTimer.singleShot(0, ready)
app.exec()
"""
PEAK = """
import resource, subprocess, sys
subprocess.run(sys.argv[1:], check=True, capture_output=True)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def _env() -> dict[str, str]:
    """Offscreen, and with Python's compiled files written and used, as on an installed PC
    (some machines set PYTHONDONTWRITEBYTECODE, which recompiles every module each start)."""
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    return environment


class Start(NamedTuple):
    """Median seconds from launching a process to its "ready" line (its first window shown
    and its events handled), and to its exit."""

    ready: float
    exit: float


def _started(command: list[str]) -> tuple[float, float]:
    """Seconds to the "ready" line the process prints, and to its exit, seen from outside."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=_env(), cwd=ROOT, text=True
    )
    assert process.stdout is not None
    ready = None
    for line in process.stdout:
        if ready is None and line.startswith("ready"):
            ready = time.perf_counter() - started
    if process.wait(timeout=300) != 0 or ready is None:
        raise RuntimeError(f"{command} did not start: exit code {process.returncode}")
    return ready, time.perf_counter() - started


def _timed_starts(commands: dict[str, list[str]], runs: int) -> dict[str, Start]:
    """Each command started ``runs`` times, taking turns so that a machine slowing down or
    speeding up weighs on all alike, after one untimed start each (which writes the compiled
    files and, for the demo, builds its clean copy of the day)."""
    for command in commands.values():
        _started(command)
    seen: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            seen[name].append(_started(command))
    return {
        name: Start(
            statistics.median(ready for ready, _ in times),
            statistics.median(end for _, end in times),
        )
        for name, times in seen.items()
    }


def _median(
    call: Callable[[], object], runs: int, before: Callable[[int], object] | None = None
) -> float:
    """Median seconds of ``call``; ``before(run)``, untimed, prepares each run."""
    times = []
    for run in range(runs):
        if before is not None:
            before(run)
        started = time.perf_counter()
        call()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _step_pages(folder: Path, size: int, runs: int) -> None:
    """Each step shown with the folder's pairs: its first visit (the page built), then again
    (the median of ``runs`` visits); and the pairs step of a new programme for the same
    team, where every mentee's needs are open and proposals are worked out for all."""
    from PySide6.QtWidgets import QApplication

    from app import programmes
    from app.steps.needs import list_people
    from ui.main_window import MainWindow
    from ui.session import DataSession
    from ui.settings import Settings
    from ui.stepper import TITLES

    settings = Settings(folder)
    session = DataSession(folder, settings)
    session.open_own_data()
    window = MainWindow(session, settings)
    window.show()

    def show(step: int) -> None:
        window.stepper.go_to(step)
        QApplication.processEvents()

    for step in range(1, len(TITLES)):
        show(0)
        first = _median(lambda step=step: show(step), 1)
        again = _median(lambda step=step: show(step), runs, lambda _: show(0))
        _line(
            f"step {step} at {size} pairs, first visit / again",
            f"{first * 1000:.0f} / {again * 1000:.0f} ms",
            "first <= 150 ms",
            first <= 0.15 if size == 500 else None,
        )
    show(0)
    fresh = programmes.create_programme("Benchmark, second programme").id
    window.choose_programme(fresh)
    proposals = _median(lambda: show(2), 1)
    page = window.page(2)
    count = page.proposal_list.count()  # type: ignore[attr-defined]
    people = len(list_people())
    _line(
        f"pairs step, new programme, {people} people ({count} proposals)",
        f"{proposals:.2f} s",
        "-",
        None,
    )
    window.close()
    session.close()


def _built_bundle(root: Path = ROOT) -> Path | None:
    """The program of the bundle ``packaging/build.sh`` made, when there is one."""
    for name in ("tandem", "tandem.exe"):
        program = root / "dist" / "tandem" / name
        if program.is_file():
            return program
    return None


def _line(what: str, figure: str, target: str, met: bool | None) -> None:
    verdict = "" if met is None else ("ok" if met else "MISSED")
    print(f"{what:<46} {figure:>14}   target {target:<18} {verdict}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--frozen-floor",
        action="store_true",
        help="also freeze the bare window and the stack alone with PyInstaller (a minute or"
        " two) and time the built bundle against them",
    )
    options = parser.parse_args()
    runs = options.runs

    from PySide6.QtWidgets import QApplication

    from app import documents
    from app.paths import data_file
    from app.shop import set_shop_name
    from app.storage.database import close_database, open_database
    from tests.big_programme import make_data_folder
    from tests.conftest import QueryCounter
    from ui.dashboard.page import DashboardPage
    from ui.operations import Changes
    from ui.printing.output import write_pdf

    app = QApplication.instance() or QApplication([])
    # Tandem's compiled files written first, as an installed PC has them: the steps and the
    # documents are measured in this process, which may be told not to write them
    # (PYTHONDONTWRITEBYTECODE), and would then compile each module changed since
    for package in ("app", "ui"):
        compileall.compile_dir(ROOT / package, quiet=1)
    work = Path(tempfile.mkdtemp(prefix="tandem-benchmark-"))
    folders = {size: make_data_folder(work / f"pairs-{size}", size) for size in SIZES}
    python = sys.executable
    print(
        f"Tandem benchmark - {runs} runs each, medians; Python {sys.version.split()[0]}, {os.cpu_count()} cores\n"
    )

    tandem = [python, "-m", "ui.main", "--quit-when-ready", "--data-dir"]
    commands = {
        "bare": [python, "-c", BARE],
        "stack": [python, "-c", STACK, str(data_file(folders[500]))],
        "demo": [*tandem, str(work / "demo"), "--demo"],
        "big": [*tandem, str(folders[500])],
    }
    frozen = _built_bundle()
    if frozen is not None:  # packaging/build.sh was run: its start is taken in the same turns
        commands["frozen"] = [
            str(frozen),
            "--quit-when-ready",
            "--data-dir",
            str(work / "frozen"),
            "--demo",
        ]
        if options.frozen_floor:
            from tests.frozen_floor import frozen_yardsticks

            commands |= frozen_yardsticks(
                BARE, STACK, data_file(folders[500]), work / "frozen-floor"
            )
    starts = _timed_starts(commands, runs)
    bare = starts["bare"]
    _line("start to ready: bare PySide6 window (floor)", f"{bare.ready:.2f} s", "-", None)
    stack = starts["stack"].ready
    _line(
        "start to ready: the stack alone, 500 pairs",
        f"{stack:.2f} s ({stack / bare.ready:.2f}x)",
        "-",
        None,
    )
    # the targets against the stack alone: what Tandem adds to the floor its stack sets
    for name, what, limit in (
        ("demo", "start to ready: Tandem on the demo", 1.3),
        ("big", "start to ready: Tandem with 500 pairs", 1.5),
    ):
        ratio = starts[name].ready / stack
        _line(
            what,
            f"{starts[name].ready:.2f} s ({ratio:.2f}x stack)",
            f"<= {limit}x stack",
            ratio <= limit,
        )
    if "frozen" in starts:
        ratio = starts["frozen"].ready / bare.ready
        _line(
            "start to ready: the built bundle on the demo",
            f"{starts['frozen'].ready:.2f} s ({ratio:.2f}x bare)",
            "<= 1.5x bare",
            ratio <= 1.5,
        )
        for name in ("frozen bare", "frozen stack"):
            if name in starts:
                what = f"start to ready: {name}" + (", 500 pairs" if "stack" in name else "")
                ready = starts[name].ready
                _line(what, f"{ready:.2f} s ({ready / bare.ready:.2f}x bare)", "-", None)
        if "frozen stack" in starts:
            ratio = starts["frozen"].ready / starts["frozen stack"].ready
            _line(
                "the built bundle against the frozen stack",
                f"{ratio:.2f}x",
                "-",
                None,
            )
    else:
        print("(the built bundle's start: run packaging/build.sh first)")
    for name, what in (
        ("bare", "start to exit: bare PySide6 window"),
        ("demo", "start to exit: Tandem on the demo"),
        ("big", "start to exit: Tandem with 500 pairs"),
    ):
        ratio = starts[name].exit / bare.exit
        _line(what, f"{starts[name].exit:.2f} s ({ratio:.2f}x)", "-", None)

    page = DashboardPage(Changes())
    queries = {}
    for size in SIZES:
        database = open_database(data_file(folders[size]))
        page.programme_id = 1
        page.reload()
        # right after a change, as when a session has just been logged: a refresh with
        # nothing changed reuses the figures computed last time
        refresh = _median(
            page.reload, max(runs, 7), lambda run: set_shop_name(f"Benchmark shop {run}")
        )
        set_shop_name("Benchmark shop")
        with QueryCounter(database) as counter:
            page.reload()
        queries[size] = counter.selects
        _line(
            f"dashboard refresh at {size} pairs",
            f"{refresh * 1000:.1f} ms",
            "<= 50 ms at 500",
            refresh <= 0.05 if size == 500 else None,
        )
        _line(f"dashboard queries at {size} pairs", str(counter.selects), "same at 5 and 500", None)
        if size == 500:
            sheet = _median(lambda: write_pdf(documents.review_sheet(1), work / "sheet.pdf"), runs)
            _line("one review sheet to PDF", f"{sheet:.3f} s", "<= 0.2 s", sheet <= 0.2)
            started = time.perf_counter()
            pages = write_pdf(documents.review_sheets(1), work / "all.pdf")
            every = time.perf_counter() - started
            _line(
                f"500 review sheets to one PDF ({pages} pages)",
                f"{every:.1f} s",
                "<= 15 s",
                every <= 15,
            )
        close_database()
    _line(
        "dashboard queries, 5 against 500 pairs",
        f"{queries[5]} / {queries[500]}",
        "equal",
        queries[5] == queries[500],
    )

    peak = subprocess.run(
        [
            python,
            "-c",
            PEAK,
            python,
            "-m",
            "ui.main",
            "--quit-when-ready",
            "--data-dir",
            str(folders[500]),
        ],
        check=True,
        capture_output=True,
        text=True,
        env=_env(),
        cwd=ROOT,
    )
    mib = int(peak.stdout.split()[-1]) / 1024
    _line("peak memory, start with 500 pairs", f"{mib:.0f} MiB", "<= 90 MiB", mib <= 90)
    _team_proposals(work, runs)
    _step_pages(folders[500], 500, runs)  # last: it adds a programme to the 500 pairs' folder
    _network(runs)
    del app


def _network(runs: int) -> None:
    """A network of shops on a local PostgreSQL server (tests/network_benchmark.py), where
    PostgreSQL is installed."""
    import pytest

    from tests import network_benchmark

    try:
        network_benchmark.run(runs)
    except pytest.skip.Exception as skipped:
        print(f"\nThe network of shops was not measured: {skipped.msg}")


def _team_proposals(work: Path, runs: int) -> None:
    """The whole-team proposal, solved exactly, for the article's network of 20 young
    mentors and 20 seniors, and for 500 of each."""
    from app.steps import team_proposal
    from app.storage.database import close_database, open_database
    from tests.random_team import build_team

    for size, limit in ((20, 0.2), (500, 3.0)):
        open_database(work / f"team-{size}.db")
        programme = build_team(size, size, seed=1)
        took = _median(lambda programme=programme: team_proposal.team_proposal(programme), runs)
        close_database()
        _line(
            f"whole-team proposal, {size} mentors x {size} seniors",
            f"{took:.3f} s",
            f"<= {limit} s",
            took <= limit,
        )


if __name__ == "__main__":
    main()
