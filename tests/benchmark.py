"""Tandem's benchmark: how fast it starts, refreshes and prints, and how much memory it takes,
at 5, 50 and 500 pairs - against a bare PySide6 window started in the same run.

    python -m tests.benchmark [--runs 5]

Every time is taken from outside the measured process or around the measured call, over
several runs; the figures are medians. Runs offscreen; nothing to install beyond the tests.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

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
QTimer.singleShot(0, app.quit)
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


def _timed(command: list[str], runs: int) -> float:
    """Median wall-clock seconds of a whole process, start to exit, after one untimed run
    (which writes the compiled files and, for the demo, builds its clean copy of the day)."""
    subprocess.run(command, check=True, capture_output=True, env=_env(), cwd=ROOT, timeout=300)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, env=_env(), cwd=ROOT, timeout=300)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


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


def _line(what: str, figure: str, target: str, met: bool | None) -> None:
    verdict = "" if met is None else ("ok" if met else "MISSED")
    print(f"{what:<46} {figure:>14}   target {target:<18} {verdict}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs

    from PySide6.QtWidgets import QApplication

    from app import documents
    from app.paths import data_file
    from app.shop import set_shop_name
    from app.storage.database import close_database, open_database
    from tests.big_programme import make_data_folder
    from tests.conftest import QueryCounter
    from ui.bus import DataBus
    from ui.dashboard.page import DashboardPage
    from ui.printing.output import write_pdf

    app = QApplication.instance() or QApplication([])
    work = Path(tempfile.mkdtemp(prefix="tandem-benchmark-"))
    folders = {size: make_data_folder(work / f"pairs-{size}", size) for size in SIZES}
    python = sys.executable
    print(
        f"Tandem benchmark - {runs} runs each, medians; Python {sys.version.split()[0]}, {os.cpu_count()} cores\n"
    )

    bare = _timed([python, "-c", BARE], runs)
    demo = _timed(
        [python, "-m", "ui.main", "--quit-when-ready", "--demo", "--data-dir", str(work / "demo")],
        runs,
    )
    big = _timed(
        [python, "-m", "ui.main", "--quit-when-ready", "--data-dir", str(folders[500])], runs
    )
    _line("start: bare PySide6 window (the floor)", f"{bare:.2f} s", "-", None)
    _line(
        "start: Tandem on the demo",
        f"{demo:.2f} s ({demo / bare:.2f}x)",
        "<= 1.5x bare",
        demo / bare <= 1.5,
    )
    _line(
        "start: Tandem with 500 pairs",
        f"{big:.2f} s ({big / bare:.2f}x)",
        "<= 2x bare",
        big / bare <= 2,
    )

    page = DashboardPage(DataBus())
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
    _line("peak memory, start with 500 pairs", f"{mib:.0f} MiB", "<= 150 MiB", mib <= 150)
    del app


if __name__ == "__main__":
    main()
