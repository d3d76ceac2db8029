"""The network's part of the benchmark: 50 shops x 20 pairs x 10 sessions on a local
PostgreSQL server, next to the same rows in one Tandem file, in the same run.

    python -m tests.network_benchmark [--runs 7] [--shops 50] [--pairs 20]

Measured: one shop's dashboard figures (as the shop's own login, the server's rules at
work) and its refresh at the window, the whole network at a glance (as a coordinator), each
with its count of queries - the same at 5 pairs - and how long another coordinator's change
takes to be heard, and to show at the window. Times are medians of ``runs``; ``python -m
tests.benchmark`` runs this too.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.benchmark import _line, _median

#: The other coordinator's save, timed from just before it starts.
OTHER = "import time\nstarted = time.monotonic()\nneeds.add_person(sys.argv[2])\nprint(started)\n"


def _counted(call: Callable[[], object]) -> int:
    from tests.conftest import QueryCounter

    with QueryCounter(None) as counter:  # type: ignore[arg-type]
        call()
    return counter.selects


def _fresh(call: Callable[[], object]) -> Callable[[], object]:
    """``call`` with the figures computed before forgotten, as after a change."""
    from app.storage.database import changed_elsewhere

    def run() -> object:
        changed_elsewhere()
        return call()

    return run


def _dashboard(where: str, programme: int, runs: int) -> int:
    """One shop's dashboard figures, timed and counted; the count."""
    from app.progress import programme_progress

    dashboard = _fresh(lambda: programme_progress(programme))
    count = _counted(dashboard)
    _line(
        f"{where}: dashboard / q.",
        f"{_median(dashboard, runs) * 1000:.0f} ms / {count}",
        "-",
        None,
    )
    return count


def _overview(where: str, runs: int) -> None:
    from app.network_overview import network_overview

    overview = _fresh(network_overview)
    _line(
        f"{where}: network at a glance / q.",
        f"{_median(overview, runs) * 1000:.0f} ms / {_counted(overview)}",
        "-",
        None,
    )


def _build_file(path: Path, shops: int, pairs: int) -> int:
    """The same rows in one file: ``shops`` programmes of ``pairs`` pairs; one's id."""
    from app.storage.database import close_database, open_database
    from tests.big_programme import build_programme

    open_database(path)
    made = [build_programme(pairs, 10, name=f"Shop {n}") for n in range(shops)]
    first = made[0]
    close_database()
    return first


def _build_network(server_url: str, shops: int, pairs: int) -> tuple[dict[int, int], str, str]:
    """``shops`` shops of ``pairs`` pairs each, a login per shop and a coordinator: each
    shop's programme, and the password of every login."""
    from app.storage import network
    from app.storage.database import close_database, open_server
    from tests.big_programme import build_programme

    password = "benchmark-secret"
    open_server(server_url)
    network.create_network()
    tag = f"{os.getpid()}"
    programmes = {}
    for number in range(shops):
        network.add_shop(f"Shop {number:02d}")
        network.add_member(f"Shop {number:02d}", f"shop{number:02d}_{tag}", password)
    network.add_coordinator(f"coordinator_{tag}", password)
    for shop, _ in network.visible_shops():
        network.choose_shop(shop)
        programmes[shop] = build_programme(pairs, 10, name="Spring")
    close_database()
    return programmes, tag, password


def _heard(url: str, coordinator: str, runs: int) -> list[float]:
    """Seconds from the start of another Tandem's save to this Tandem's listener hearing it."""
    from app.storage import network
    from app.storage.database import close_database, open_server
    from app.storage.listening import ChangeListener
    from tests.coordinators import started_elsewhere

    open_server(coordinator)  # the channel of the first shop, which the other Tandem writes
    listener = ChangeListener(coordinator, network.channel() or "")
    close_database()
    seen = []
    for run in range(runs):
        other = started_elsewhere(url, OTHER.replace("sys.argv[2]", repr(f"Heard {run}")))
        while not listener.changed_elsewhere(0):
            time.sleep(0.002)
        heard = time.monotonic()
        out, _ = other.communicate(timeout=60)
        seen.append(heard - float(out.strip().splitlines()[-1]))
    listener.close()
    return seen


def _shown(folder: Path, url: str, runs: int) -> tuple[list[float], float]:
    """At the window of a shop's login: seconds from the start of another Tandem's save to
    the name on the team list; and the dashboard's refresh (median)."""
    from PySide6.QtWidgets import QApplication

    from tests.coordinators import started_elsewhere
    from ui import main as tandem

    window = tandem.launch(["tandem", "--data-dir", str(folder), "--server", url])
    assert not isinstance(window, int)
    dashboard = window.page(0)
    refresh = _median(_fresh(dashboard._show_progress), runs)  # type: ignore[attr-defined]
    window.stepper.go_to(1)
    people = window.page(1).people  # type: ignore[attr-defined]
    seen = []
    for run in range(runs):
        name = f"Shown {run}"
        other = started_elsewhere(url, OTHER.replace("sys.argv[2]", repr(name)))
        while not any(people.item(row).text() == name for row in range(people.count())):
            QApplication.processEvents()
            time.sleep(0.002)
        shown = time.monotonic()
        out, _ = other.communicate(timeout=60)
        seen.append(shown - float(out.strip().splitlines()[-1]))
    window.close()
    return seen, refresh


def run(runs: int, shops: int = 50, pairs: int = 20) -> None:
    from app.storage.database import close_database, open_database, open_server
    from tests.big_programme import build_programme
    from tests.network_setup import login
    from tests.postgres import running_server

    with running_server() as server, tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        print(
            f"\nA network of {shops} shops x {pairs} pairs x 10 sessions, the same rows in a file"
        )
        started = time.perf_counter()
        first = _build_file(folder / "network.sqlite", shops, pairs)
        _line("built, file", f"{time.perf_counter() - started:.1f} s", "-", None)
        open_database(folder / "network.sqlite")
        _dashboard("file", first, runs)
        _overview("file", runs)
        close_database()
        owner = server.url(server.fresh_database())
        started = time.perf_counter()
        programmes, tag, password = _build_network(owner, shops, pairs)
        _line("built, server", f"{time.perf_counter() - started:.1f} s", "-", None)
        shop_login = login(server, owner, f"shop00_{tag}", password)
        coordinator = login(server, owner, f"coordinator_{tag}", password)
        open_server(shop_login)
        at_size = _dashboard(f"server, {pairs} pairs, shop", next(iter(programmes.values())), runs)
        close_database()
        open_server(coordinator)
        _overview(f"server, {shops} shops", runs)
        close_database()
        open_server(server.url(server.fresh_database()))
        at_five = _dashboard("server, 5 pairs", build_programme(5, 10), runs)
        close_database()
        _line(
            "dashboard queries at 5 / full size",
            f"{at_five} / {at_size}",
            "the same",
            at_five == at_size,
        )
        heard = _heard(shop_login, coordinator, runs)
        _line(
            "another's change heard (median / max)",
            f"{statistics.median(heard) * 1000:.0f} / {max(heard) * 1000:.0f} ms",
            "<= 2 s",
            max(heard) <= 2,
        )
        shown, refresh = _shown(folder / "window", shop_login, runs)
        _line("server: dashboard refresh, window", f"{refresh * 1000:.0f} ms", "-", None)
        _line(
            "another's change on screen (median / max)",
            f"{statistics.median(shown):.2f} / {max(shown):.2f} s",
            "<= 2 s",
            max(shown) <= 2,
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--shops", type=int, default=50)
    parser.add_argument("--pairs", type=int, default=20)
    given = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication([])
    run(given.runs, given.shops, given.pairs)


if __name__ == "__main__":
    main()
