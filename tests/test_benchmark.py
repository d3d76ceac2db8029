"""The benchmark's own working parts, so that ``python -m tests.benchmark`` keeps measuring
what it says: each start seen from outside up to its "ready" line, then to its exit."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from app.paths import data_file
from tests import benchmark
from tests.big_programme import make_data_folder


def test_every_start_reports_ready_before_it_exits(tmp_path: Path) -> None:
    folder = make_data_folder(tmp_path / "pairs", 5)
    python = sys.executable
    starts = benchmark._timed_starts(
        {
            "bare": [python, "-c", benchmark.BARE],
            "stack": [python, "-c", benchmark.STACK, str(data_file(folder))],
            "tandem": [python, "-m", "ui.main", "--quit-when-ready", "--data-dir", str(folder)],
        },
        runs=1,
    )
    assert set(starts) == {"bare", "stack", "tandem"}
    for start in starts.values():
        assert 0 < start.ready <= start.exit


def test_the_built_bundle_is_timed_when_there_is_one(tmp_path: Path) -> None:
    assert benchmark._built_bundle(tmp_path) is None  # no build: the line says how to get one
    program = tmp_path / "dist" / "tandem" / "tandem.exe"
    program.parent.mkdir(parents=True)
    program.write_bytes(b"")
    assert benchmark._built_bundle(tmp_path) == program


def test_a_start_that_never_gets_ready_is_an_error() -> None:
    with pytest.raises(RuntimeError, match="did not start"):
        benchmark._started([sys.executable, "-c", "print('not yet')"])


def test_every_step_is_timed_through_the_main_window(
    qtbot: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    benchmark._step_pages(make_data_folder(tmp_path / "pairs", 5), 5, runs=1)
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(",")[0] for line in lines[:5]] == [
        f"step {n} at 5 pairs" for n in range(1, 6)
    ]
    # ten people, five mentees with open needs, three mentors proposed to each
    assert "new programme, 10 people (15 proposals)" in lines[5]


def test_the_team_proposal_is_timed_against_its_targets(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    benchmark._team_proposals(tmp_path, runs=1)
    printed = capsys.readouterr().out
    assert "whole-team proposal, 20 mentors x 20 seniors" in printed and "<= 0.2 s" in printed
    assert "whole-team proposal, 500 mentors x 500 seniors" in printed and "<= 3.0 s" in printed


def test_the_network_is_measured_on_a_server_next_to_a_file(
    qtbot: object, postgres_server: object, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests import network_benchmark

    network_benchmark.run(runs=1, shops=2, pairs=2)
    lines = capsys.readouterr().out.splitlines()
    for what in (
        "file: dashboard / q.",
        "server, 2 pairs, shop: dashboard / q.",
        "server, 2 shops: network at a glance / q.",
        "dashboard queries at 5 / full size",
        "another's change heard (median / max)",
        "another's change on screen (median / max)",
    ):
        assert any(line.startswith(what) for line in lines), what
    same = next(line for line in lines if line.startswith("dashboard queries at 5"))
    assert same.rstrip().endswith("ok")  # as many queries at 2 pairs as at 5
