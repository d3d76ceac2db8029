"""The fault table: each fault a test caused for real, how many times, and the data lost.

A fault test is marked ``@pytest.mark.fault("what happens to the owner's PC")`` and takes
the ``fault`` fixture, counting its tries and the saved data it found missing afterwards.
``python -m pytest -m fault`` runs them all and prints the table at the end (any run that
includes fault tests prints it too).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest


@dataclass
class FaultRecord:
    """What a fault test did: ``tries`` faults caused, ``lost`` saved items found missing."""

    what: str
    tries: int = 0
    lost: int = 0

    def tried(self, times: int = 1) -> None:
        self.tries += times

    def missing(self, expected: set[str] | list[str], found: set[str] | list[str]) -> int:
        """Count the saved items of ``expected`` that are not in ``found``; returns it."""
        gone = len(set(expected) - set(found))
        self.lost += gone
        return gone


_rows: dict[str, tuple[str, int, int]] = {}
_failed: set[str] = set()


@pytest.fixture
def fault(request: pytest.FixtureRequest) -> Iterator[FaultRecord]:
    marker = request.node.get_closest_marker("fault")
    if marker is None or not marker.args:
        raise pytest.UsageError(f'{request.node.nodeid} needs @pytest.mark.fault("what")')
    record = FaultRecord(str(marker.args[0]))
    yield record
    request.node.user_properties.append(("fault", (record.what, record.tries, record.lost)))


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.failed:
        _failed.add(report.nodeid)
    for name, value in report.user_properties:
        if name == "fault":
            _rows[report.nodeid] = value


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not _rows:
        return
    width = max(len(what) for what, _, _ in _rows.values())
    write = terminalreporter.write_line
    terminalreporter.section("fault table")
    write(f"{'fault':<{width}}  {'tries':>5}  {'data lost':>9}  result")
    for nodeid, (what, tries, lost) in _rows.items():
        result = "FAILED" if nodeid in _failed else "passed"
        write(f"{what:<{width}}  {tries:>5}  {lost:>9}  {result}")
    write(
        f"{len(_rows)} faults, {sum(r[1] for r in _rows.values())} tries, "
        f"{sum(r[2] for r in _rows.values())} saved items lost, "
        f"{len(set(_rows) & _failed)} failed"
    )
