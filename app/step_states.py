"""Each of the five steps' state: started, done, and what is missing in a sentence - read
in a few queries over the pairs :mod:`app.progress` has already worked out."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

import peewee as pw

from app.i18n import QT_TRANSLATE_NOOP, Message, message
from app.storage.models import (
    CoachingCheck,
    KnowHow,
    MentorCoaching,
    Need,
    Pair,
    Person,
    ProgrammeRules,
    Review,
    ReviewAnswer,
)
from app.vocabulary import PairState

if TYPE_CHECKING:
    from app.progress import PairProgress

_P = "progress"


@dataclass(frozen=True)
class StepStatus:
    number: int
    started: bool
    done: bool
    #: What is missing for the step to be done, in a sentence; None when done.
    missing: Message | None


def _needs_status() -> tuple[bool, bool, bool]:
    """(anything entered, an open need exists, an open need has someone to teach it)."""
    mentor = Person.alias()
    open_need = (
        Need.select(Need.id)
        .join(Person, on=(Need.person == Person.id))
        .where((Person.active == True) & (Need.target_level > Need.current_level))  # noqa: E712
    )
    teacher = (
        KnowHow.select(KnowHow.id)
        .join(mentor, on=(KnowHow.person == mentor.id))
        .where(
            (KnowHow.topic == Need.topic)
            & (KnowHow.person != Need.person)
            & (mentor.active == True)  # noqa: E712
            & (KnowHow.level > Need.current_level)
        )
    )
    row = (
        Person.select(
            pw.fn.COUNT(Person.id).alias("people"),
            pw.fn.EXISTS(open_need).alias("has_need"),
            pw.fn.EXISTS(open_need.where(pw.fn.EXISTS(teacher))).alias("teachable"),
        )
        .dicts()
        .get()
    )
    return bool(row["people"]), bool(row["has_need"]), bool(row["teachable"])


def too_early_to_review(programme_id: int, today: dt.date | None = None) -> Message | None:
    """Why a review would come early, or None: the programme has not begun. Step 5 is not
    done before then, though every pair has its decision; what she noted is kept."""
    return _too_early(_start_on(programme_id), today or dt.date.today())


def _start_on(programme_id: int) -> dt.date | None:
    """The programme's first day; None before its frame is set."""
    return (
        ProgrammeRules.select(ProgrammeRules.start_on)
        .where(ProgrammeRules.programme == programme_id)
        .scalar()
    )


def _reviewing(live: list[PairProgress], start_on: dt.date | None, day: dt.date) -> Message | None:
    """What step 5 still lacks: the programme to begin, a decision for each pair, and a
    session held by each pair reviewed (a review written before they met does not count)."""
    undecided = sum(1 for p in live if not p.decided)
    unmet = sum(1 for p in live if p.decided and not p.sessions_done)
    if (early := _too_early(start_on, day)) is not None:
        return early
    if undecided:
        return _say(
            QT_TRANSLATE_NOOP("progress", "Pairs still to review: {count}"), count=undecided
        )
    if unmet:
        return _say(
            QT_TRANSLATE_NOOP(
                "progress",
                "Pairs reviewed before their first session: {count}. Their review counts once "
                "they have met.",
            ),
            count=unmet,
        )
    return None


def _too_early(start_on: dt.date | None, today: dt.date) -> Message | None:
    if start_on is None:
        return _say(
            QT_TRANSLATE_NOOP(
                "progress",
                "The programme has no start date yet: review the pairs once they have met.",
            )
        )
    if today < start_on:
        return _say(
            QT_TRANSLATE_NOOP(
                "progress", "The programme begins on {day}: review the pairs once they have met."
            ),
            day=start_on,
        )
    return None


def _say(template: str, **values: object) -> Message:
    return message(_P, template, **values)


def _exists(query: pw.ModelSelect) -> bool:
    return bool(query.exists())


def step_states(
    programme_id: int, live: list[PairProgress], day: dt.date
) -> tuple[StepStatus, ...]:
    """Each step's state: started, and what is missing for it to be done (None when done)."""
    in_programme = Pair.programme == programme_id
    pairs_first = _say(QT_TRANSLATE_NOOP("progress", "Form the pairs first."))

    anything, has_need, teachable = _needs_status()
    if not has_need:
        needs = _say(QT_TRANSLATE_NOOP("progress", "Add at least one need of a senior."))
    elif not teachable:
        needs = _say(
            QT_TRANSLATE_NOOP(
                "progress",
                "Nobody in the team can teach the needs listed yet: add what the young ones know.",
            )
        )
    else:
        needs = None

    without_objective = sum(1 for p in live if not p.steps_done[1])
    if not live:
        forming = _say(QT_TRANSLATE_NOOP("progress", "Form at least one pair."))
    elif without_objective:
        forming = _say(
            QT_TRANSLATE_NOOP("progress", "Pairs without an objective yet: {count}"),
            count=without_objective,
        )
    else:
        forming = None

    to_coach = len({p.mentor_id for p in live if not p.steps_done[2]})
    coaching = (
        pairs_first
        if not live
        else _say(QT_TRANSLATE_NOOP("progress", "Mentors still to coach: {count}"), count=to_coach)
        if to_coach
        else None
    )

    start_on = _start_on(programme_id)
    has_rules = start_on is not None
    unplanned = sum(1 for p in live if not p.steps_done[3] and p.state is not PairState.FINISHED)
    if not has_rules:
        frame = _say(
            QT_TRANSLATE_NOOP("progress", "Set the frame: start date, length and time slot.")
        )
    elif not live:
        frame = pairs_first
    elif unplanned:
        frame = _say(
            QT_TRANSLATE_NOOP("progress", "Pairs without planned sessions: {count}"),
            count=unplanned,
        )
    else:
        frame = None

    reviewing = _reviewing(live, start_on, day) if live else pairs_first

    started = (
        anything,
        bool(live),
        _exists(CoachingCheck.select().where(CoachingCheck.programme == programme_id))
        or _exists(MentorCoaching.select().where(MentorCoaching.programme == programme_id)),
        has_rules,
        _exists(ReviewAnswer.select().join(Pair).where(in_programme))
        or _exists(Review.select().join(Pair).where(in_programme)),
    )
    missing = (needs, forming, coaching, frame, reviewing)
    return tuple(
        StepStatus(number, started[number - 1] or what is None, what is None, what)
        for number, what in enumerate(missing, 1)
    )
