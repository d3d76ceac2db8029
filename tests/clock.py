"""One clock for every test: the day and hour the core and the screens read.

Each test runs at the moment the test run began (the real clock's, or the one ``faketime``
gives the whole run in the clock sweep, see ``.ci/run``), with time flowing on from there.
So every test of a run sees the same day: data built for "today" is read on that same day,
even by a test that runs across midnight, and a run started at 23:50 on New Year's Eve
stays there for every test instead of drifting into the next year half-way through.

A test whose data is fixed at a date says so and moves the clock there for its whole
length: ``clock.set(dt.datetime(2026, 11, 26, 10, 0))`` (a naive moment is local time, the
shop's). A test of the real clock (processes run under ``faketime``, which this clock cannot
reach) is marked ``real_clock`` and is left on the machine's clock.

The clock is time-machine's: it moves ``datetime``, ``date.today()`` and ``time.time()``
for the whole process, every thread included, but not Qt's own clock, nor the kernel's
(file dates), nor other processes.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator

import pytest
import time_machine

#: When this test run began, as the process's clock said.
RUN_BEGAN = time.time()

#: The test modules whose outcome does not depend on the day or the hour: the build, the
#: code's own rules, the speed of the start and of the steps, two starts racing, processes
#: killed, disks failing under work, wrong clocks given to processes of their own, the
#: server's connections and privileges (at the window too). They are marked ``undated`` and
#: left out of the clock sweep (``.ci/clock-sweep``), which runs every other test at the
#: moments where dates go wrong; the whole suite ran under each of those moments once to
#: check it.
UNDATED = {
    "test_addresses",
    "test_benchmark",
    "test_clock_faults",
    "test_code_rules",
    "test_edit_conflicts",
    "test_frozen_build",
    "test_kill",
    "test_network",
    "test_network_attacks",
    "test_packaging",
    "test_qt_binding",
    "test_server",
    "test_server_upgrades",
    "test_single_instance",
    "test_start_cost",
    "test_system_libraries",
    "test_translations",
    "test_ui_conflicts",
    "test_ui_network",
    "test_ui_server",
    "test_ui_server_wait",
    "test_work_faults",
}


def _on_the_server(item: pytest.Item) -> bool:
    """The server's run of a core test (the ``database`` fixture's second value): the dates
    are the core's, which the file's run of the same test meets in the sweep."""
    callspec = getattr(item, "callspec", None)
    return callspec is not None and callspec.params.get("database") == "server"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        module = item.module.__name__.rpartition(".")[2] if item.module is not None else ""
        if module in UNDATED or _on_the_server(item):
            item.add_marker(pytest.mark.undated)


class Clock:
    """The test's clock: where it stands, and where a test moves it."""

    def __init__(self, traveller: time_machine.Coordinates) -> None:
        self._traveller = traveller

    def set(self, moment: dt.datetime) -> None:
        """From now on the clock reads ``moment`` (local time when naive), flowing on."""
        self._traveller.move_to(moment.timestamp(), tick=True)

    def now(self) -> dt.datetime:
        return dt.datetime.now()

    def today(self) -> dt.date:
        return dt.date.today()


@pytest.fixture(autouse=True)
def clock(request: pytest.FixtureRequest) -> Iterator[Clock | None]:
    """Every test at the moment the run began (see the module's text); ``None`` for a test
    marked ``real_clock``."""
    if request.node.get_closest_marker("real_clock") is not None:
        yield None
        return
    with time_machine.travel(RUN_BEGAN, tick=True) as traveller:
        yield Clock(traveller)
