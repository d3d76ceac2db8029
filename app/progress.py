"""Where a programme stands: each pair's figures for the dashboard, and each step's state
(worked out in :mod:`app.step_states`).

Everything is computed in a fixed number of queries, whatever the number of pairs, so the
dashboard stays fast for a programme of hundreds of pairs.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from typing import NamedTuple

import peewee as pw

from app.i18n import QT_TRANSLATE_NOOP, Message, message
from app.step_states import StepStatus, step_states
from app.steps.coaching import coached_mentors
from app.storage.database import data_version, date_value, raw_rows
from app.storage.lookup import get_or_refuse
from app.storage.models import (
    Objective,
    Pair,
    Person,
    Programme,
    Review,
    Session,
    Topic,
)
from app.text import sort_key
from app.vocabulary import DECISION_LABELS, Decision, Health, Level, PairState, SessionStatus

_P = "progress"
#: A pair with no session held for this many days is stalled.
STALLED_AFTER_DAYS = 21
STEP_COUNT = 5


@dataclass(frozen=True)
class ObjectiveProgress:
    topic_name: str
    level_before: Level
    level_now: Level
    target_level: Level
    level_after: Level | None

    @property
    def level_reached(self) -> Level:
        """Where the mentee stands at the end: the level given at the review, else the
        last one noted in a session."""
        return self.level_after if self.level_after is not None else self.level_now


@dataclass(frozen=True)
class PairProgress:
    pair_id: int
    mentor_id: int
    mentor_name: str
    mentee_id: int
    mentee_name: str
    state: PairState
    objectives: tuple[ObjectiveProgress, ...]
    #: Whether this pair has done each of the five steps (index 0 is step 1): it exists,
    #: has objectives, its mentor is coached, it has sessions planned, it is reviewed
    #: (a decision taken, and at least one session held).
    steps_done: tuple[bool, ...]
    #: Whether the owner took her decision for this pair at the review.
    decided: bool
    sessions_done: int
    sessions_planned: int
    minutes_spent: int
    last_session_on: dt.date | None
    next_session_on: dt.date | None
    health: Health
    health_reason: Message
    #: How many pairs of this programme the mentor has (more than one: several mentees).
    mentor_pair_count: int

    @property
    def topics(self) -> tuple[str, ...]:
        return tuple(objective.topic_name for objective in self.objectives)

    @property
    def levels_gained(self) -> int:
        return sum(max(0, o.level_reached - o.level_before) for o in self.objectives)

    @property
    def current_step(self) -> int:
        """The first of the five steps this pair has not completed (5 once all are)."""
        return next(
            (number for number, done in enumerate(self.steps_done, 1) if not done), STEP_COUNT
        )


@dataclass(frozen=True)
class ProgrammeProgress:
    programme_id: int
    steps: tuple[StepStatus, ...]
    pairs: tuple[PairProgress, ...]

    @property
    def current_step(self) -> int:
        """The first step not done yet (5 once every step is done)."""
        return next((step.number for step in self.steps if not step.done), STEP_COUNT)

    @property
    def complete(self) -> bool:
        return all(step.done for step in self.steps)

    @property
    def next_action(self) -> Message:
        if self.complete:
            return message(
                _P,
                QT_TRANSLATE_NOOP(
                    "progress", "Every pair is reviewed: the programme can be renewed."
                ),
            )
        missing = self.steps[self.current_step - 1].missing
        assert missing is not None
        return missing


# --- reading, in a fixed number of queries -----------------------------------------------


@dataclass(frozen=True)
class _SessionFigures:
    done: int = 0
    planned: int = 0
    minutes: int = 0
    last_done: dt.date | None = None
    first_planned: dt.date | None = None
    next_upcoming: dt.date | None = None
    overdue: int = 0


def _session_figures(programme_id: int, today: dt.date) -> dict[int, _SessionFigures]:
    done = Session.status == SessionStatus.DONE.value
    upcoming = Session.status.in_([SessionStatus.PLANNED.value, SessionStatus.MOVED.value])
    kept = Session.status != SessionStatus.CANCELLED.value
    rows = raw_rows(
        Session.select(
            Session.pair,
            pw.fn.SUM(pw.Case(None, [(done, 1)], 0)).alias("done"),
            pw.fn.SUM(pw.Case(None, [(kept, 1)], 0)).alias("planned"),
            pw.fn.SUM(pw.Case(None, [(done, Session.minutes)], 0)).alias("minutes"),
            pw.fn.MAX(pw.Case(None, [(done, Session.held_on)], None)).alias("last_done"),
            pw.fn.MIN(pw.Case(None, [(kept, Session.held_on)], None)).alias("first_planned"),
            pw.fn.MIN(
                pw.Case(None, [(upcoming & (Session.held_on >= today), Session.held_on)], None)
            ).alias("next_up"),
            pw.fn.SUM(pw.Case(None, [(upcoming & (Session.held_on < today), 1)], 0)).alias(
                "overdue"
            ),
        )
        .join(Pair)
        .where(Pair.programme == programme_id)
        .group_by(Session.pair)
    )

    return {
        pair_id: _SessionFigures(
            done=done or 0,
            planned=planned or 0,
            minutes=minutes or 0,
            last_done=date_value(last_done),
            first_planned=date_value(first_planned),
            next_upcoming=date_value(next_up),
            overdue=overdue or 0,
        )
        for pair_id, done, planned, minutes, last_done, first_planned, next_up, overdue in rows
    }


def _health(
    state: PairState,
    stop_reason: str,
    figures: _SessionFigures,
    today: dt.date,
    decision: Decision = Decision.UNDECIDED,
) -> tuple[Health, Message]:
    if state is PairState.STOPPED:
        return Health.STOPPED, message(
            _P, QT_TRANSLATE_NOOP("progress", "Stopped: {reason}"), reason=stop_reason
        )
    if state is PairState.PAUSED:
        return Health.PAUSED, message(_P, QT_TRANSLATE_NOOP("progress", "Paused by the owner"))
    if state is PairState.FINISHED and decision is not Decision.UNDECIDED:
        return Health.FINISHED, message(
            _P,
            QT_TRANSLATE_NOOP("progress", "Reviewed after {count} sessions: {decision}"),
            count=figures.done,
            decision=DECISION_LABELS[decision],
        )
    if state is PairState.FINISHED:
        return Health.FINISHED, message(
            _P, QT_TRANSLATE_NOOP("progress", "Finished after {count} sessions"), count=figures.done
        )
    if figures.planned == 0:
        return Health.NOT_STARTED, message(
            _P, QT_TRANSLATE_NOOP("progress", "No session planned yet")
        )
    since = figures.last_done or figures.first_planned
    if since is not None and since <= today and (today - since).days > STALLED_AFTER_DAYS:
        if figures.last_done is not None:
            reason = QT_TRANSLATE_NOOP("progress", "No session for {days} days (last on {date})")
        else:
            reason = QT_TRANSLATE_NOOP(
                "progress", "No session held since the first one was due, {days} days ago ({date})"
            )
        return Health.STALLED, message(_P, reason, days=(today - since).days, date=since)
    if figures.overdue:
        return Health.LATE, message(
            _P,
            QT_TRANSLATE_NOOP("progress", "Sessions past their date and not logged: {count}"),
            count=figures.overdue,
        )
    if figures.done == 0 and figures.next_upcoming is not None:
        return Health.NOT_STARTED, message(
            _P, QT_TRANSLATE_NOOP("progress", "First session on {date}"), date=figures.next_upcoming
        )
    if figures.next_upcoming is not None:
        return Health.ON_TRACK, message(
            _P, QT_TRANSLATE_NOOP("progress", "Next session on {date}"), date=figures.next_upcoming
        )
    return Health.ON_TRACK, message(
        _P, QT_TRANSLATE_NOOP("progress", "Every planned session is held: time for the review")
    )


_cache: dict[tuple[object, ...], ProgrammeProgress] = {}
#: Each level by its stored number: indexing is quicker than the enum's own lookup, called
#: thousands of times for a large programme.
LEVELS = tuple(sorted(Level))


def programme_progress(programme_id: int, today: dt.date | None = None) -> ProgrammeProgress:
    """The figures of the dashboard and the stepper for one programme; computed once per
    change of the data (the stepper and the dashboard ask for the same figures)."""
    day = today or dt.date.today()
    key = (programme_id, day, data_version())
    if key not in _cache:
        _cache.clear()
        _cache[key] = _compute(programme_id, day)
    return _cache[key]


class _PairRow(NamedTuple):
    id: int
    state: str
    stop_reason: str
    mentor_id: int
    mentor_name: str
    mentee_id: int
    mentee_name: str


def _compute(programme_id: int, day: dt.date) -> ProgrammeProgress:
    get_or_refuse(Programme, programme_id, "programme")
    mentor, mentee = Person.alias(), Person.alias()
    # raw rows, not model objects: at 500 pairs converting each value cost more than the SQL
    pairs = [
        _PairRow._make(row)
        for row in raw_rows(
            Pair.select(
                Pair.id,
                Pair.state,
                Pair.stop_reason,
                Pair.mentor,
                mentor.name,
                Pair.mentee,
                mentee.name,
            )
            .join(mentor, on=(Pair.mentor == mentor.id))
            .switch(Pair)
            .join(mentee, on=(Pair.mentee == mentee.id))
            .where(Pair.programme == programme_id)
        )
    ]
    # sorted here with the names' cached keys: SQLite would call the collation in Python
    # for each of the thousands of comparisons of a large programme
    pairs.sort(key=lambda pair: (sort_key(pair.mentee_name), sort_key(pair.mentor_name), pair.id))
    objectives: dict[int, list[ObjectiveProgress]] = {}
    for pair_id, topic, before, now, target, after in raw_rows(
        Objective.select(
            Objective.pair,
            Topic.name,
            Objective.level_before,
            Objective.level_now,
            Objective.target_level,
            Objective.level_after,
        )
        .join(Topic)
        .switch(Objective)
        .join(Pair)
        .where(Pair.programme == programme_id)
    ):
        objectives.setdefault(pair_id, []).append(
            ObjectiveProgress(
                topic,
                LEVELS[before],
                LEVELS[now],
                LEVELS[target],
                LEVELS[after] if after is not None else None,
            )
        )
    for listed in objectives.values():
        listed.sort(key=lambda objective: sort_key(objective.topic_name))
    figures = _session_figures(programme_id, day)
    coached = coached_mentors(programme_id)
    decided = {
        row.pair_id: Decision(row.decision)
        for row in Review.select(Review.pair, Review.decision)
        .join(Pair)
        .where((Pair.programme == programme_id) & (Review.decision != ""))
    }
    load = Counter(pair.mentor_id for pair in pairs if pair.state != PairState.STOPPED.value)

    progress = []
    for pair in pairs:
        state = PairState(pair.state)
        own = figures.get(pair.id, _SessionFigures())
        health, reason = _health(
            state, pair.stop_reason, own, day, decided.get(pair.id, Decision.UNDECIDED)
        )
        progress.append(
            PairProgress(
                pair_id=pair.id,
                mentor_id=pair.mentor_id,
                mentor_name=pair.mentor_name,
                mentee_id=pair.mentee_id,
                mentee_name=pair.mentee_name,
                state=state,
                objectives=tuple(objectives.get(pair.id, ())),
                steps_done=(
                    True,
                    pair.id in objectives,
                    pair.mentor_id in coached,
                    own.planned > 0,
                    pair.id in decided and own.done > 0,
                ),
                decided=pair.id in decided,
                sessions_done=own.done,
                sessions_planned=own.planned,
                minutes_spent=own.minutes,
                last_session_on=own.last_done,
                next_session_on=own.next_upcoming,
                health=health,
                health_reason=reason,
                mentor_pair_count=load[pair.mentor_id],
            )
        )
    steps = step_states(
        programme_id, [p for p in progress if p.state is not PairState.STOPPED], day
    )
    return ProgrammeProgress(programme_id, steps, tuple(progress))
