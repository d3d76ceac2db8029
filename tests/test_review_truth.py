"""What the review decides is what every screen and paper shows after it, and what the
review proposes is what the journal already says (cases 5 and 6 of the owner's trial)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader

from app import documents
from app.errors import AgainstTheMethod
from app.progress import programme_progress
from app.sessions import SessionEntry, list_sessions, log_session
from app.steps import pairs, review
from app.vocabulary import Decision, Health, Level, MethodRule, PairState, SessionStatus
from tests.builders import FINISHING, person, programme, ready_pair
from ui.printing.output import write_pdf

#: The builders' programme: six Tuesdays from 2 to 6 April 2027; this is the day after.
AFTER_THE_LAST = dt.date(2027, 4, 7)


def _log(pair: int, index: int, level: Level | None = None) -> None:
    session = list_sessions(pair)[index]
    (objective,) = pairs.list_objectives(pair)
    log_session(
        session.id,
        SessionEntry(
            session.held_on,
            60,
            objective.id if level is not None else None,
            level_reached=level,
        ),
        today=AFTER_THE_LAST,
    )


def _badge(programme_id: int, pair: int) -> tuple[Health, str]:
    found = next(
        p for p in programme_progress(programme_id, AFTER_THE_LAST).pairs if p.pair_id == pair
    )
    return found.health, found.health_reason.render()


@pytest.mark.parametrize("decision", [Decision.STOP, Decision.RENEW, Decision.SWAP_ROLES])
def test_a_pair_decided_at_the_review_is_finished_not_late(
    database: object, decision: Decision
) -> None:
    spring = programme()
    pair = ready_pair(spring, person("Lucas"), person("Bernard"))
    for index in range(4):
        _log(pair, index)
    assert _badge(spring, pair)[0] is Health.LATE  # two Tuesdays past and not logged
    # those two are said first: deciding finishes the pair, and cancels them
    with pytest.raises(AgainstTheMethod, match="2027-03-30; 2027-04-06") as asked:
        review.conclude(pair, decision, "Bernard posts alone.", AFTER_THE_LAST)
    assert (asked.value.rule, asked.value.field) == (MethodRule.SESSIONS_TO_COME, "decision")
    assert review.get_review(pair).decision is Decision.UNDECIDED  # nothing kept
    done = review.conclude(
        pair, decision, "Bernard posts alone.", AFTER_THE_LAST, despite={asked.value.rule}
    )
    assert pairs.get_pair(pair).state is PairState.FINISHED
    health, reason = _badge(spring, pair)
    assert health is Health.FINISHED
    assert "4 sessions" in reason
    # the sessions that will not take place now are said, and no longer wait to be logged
    assert done.sessions_cancelled == (dt.date(2027, 3, 30), dt.date(2027, 4, 6))
    assert [s.status for s in list_sessions(pair)].count(SessionStatus.CANCELLED) == 2


def test_a_decision_taken_back_opens_the_pair_again(database: object) -> None:
    spring = programme()
    pair = ready_pair(spring, person("Lucas"), person("Bernard"))
    _log(pair, 0)
    review.conclude(pair, Decision.STOP, "", AFTER_THE_LAST, despite=FINISHING)
    review.conclude(pair, Decision.UNDECIDED, "", AFTER_THE_LAST)
    assert pairs.get_pair(pair).state is PairState.ACTIVE


def test_a_pair_stopped_before_the_review_stays_stopped(database: object) -> None:
    spring = programme()
    pair = ready_pair(spring, person("Lucas"), person("Bernard"))
    _log(pair, 0)
    pairs.stop_pair(pair, "Bernard changed shops")
    review.conclude(pair, Decision.STOP, "", AFTER_THE_LAST, despite=FINISHING)
    assert pairs.get_pair(pair).state is PairState.STOPPED


def test_the_sheet_of_a_pair_decided_says_it_is_finished(
    database: object, tmp_path: Path, qapp: object
) -> None:
    spring = programme()
    pair = ready_pair(spring, person("Lucas"), person("Bernard"))
    _log(pair, 0)
    review.conclude(pair, Decision.STOP, "", AFTER_THE_LAST, despite=FINISHING)
    write_pdf(documents.review_sheet(pair), tmp_path / "sheet.pdf")
    words = " ".join(
        " ".join(page.extract_text().split()) for page in PdfReader(tmp_path / "sheet.pdf").pages
    )
    assert "State of the pair Finished" in words
    assert "Under way" not in words


def test_the_review_proposes_the_last_level_noted_in_the_journal(database: object) -> None:
    spring = programme()
    pair = ready_pair(spring, person("Lucas"), person("Bernard"))
    _log(pair, 0, Level.WITH_HELP)
    _log(pair, 1, Level.ON_OWN)
    (objective,) = pairs.list_objectives(pair)
    proposed = review.get_review(pair).proposed_levels
    assert proposed == {objective.id: Level.ON_OWN}
    # counted in the figures before the owner confirms it...
    assert review.programme_summary(spring).objectives_reached == 1
    # ...kept as the level after once she concludes without changing it
    review.conclude(pair, Decision.STOP, "", AFTER_THE_LAST, despite=FINISHING)
    assert pairs.list_objectives(pair)[0].level_after is Level.ON_OWN
    assert review.get_review(pair).proposed_levels == {}


def test_a_level_given_at_the_review_is_not_replaced_by_the_journals(database: object) -> None:
    spring = programme()
    pair = ready_pair(spring, person("Lucas"), person("Bernard"))
    _log(pair, 0, Level.ON_OWN)
    (objective,) = pairs.list_objectives(pair)
    review.set_level_after(objective.id, Level.WITH_HELP)
    assert review.get_review(pair).proposed_levels == {}
    review.conclude(pair, Decision.RENEW, "", AFTER_THE_LAST, despite=FINISHING)
    assert pairs.list_objectives(pair)[0].level_after is Level.WITH_HELP


def test_nothing_is_proposed_where_the_journal_noted_no_level(database: object) -> None:
    spring = programme()
    pair = ready_pair(spring, person("Lucas"), person("Bernard"))
    _log(pair, 0)
    assert review.get_review(pair).proposed_levels == {}
    review.conclude(pair, Decision.STOP, "", AFTER_THE_LAST, despite=FINISHING)
    assert pairs.list_objectives(pair)[0].level_after is None
