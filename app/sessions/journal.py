"""The session journal: what each pair planned, held, moved or cancelled, and what was learnt.

Logging a session as held also records the mentee's new level on the objective worked on,
and starts a pair that had not met yet.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass

from app.errors import ValidationError, invalid, not_found
from app.i18n import QT_TRANSLATE_NOOP
from app.programmes import require_running
from app.sessions.clashes import advise_on_session, session_clash
from app.sessions.slots import pair_slot
from app.steps.rules import get_programme_rules
from app.storage.database import transaction
from app.storage.lookup import get_or_refuse
from app.storage.models import Objective, Pair, ProgrammeRules, Session
from app.validation import clean_choice, clean_date, clean_int, clean_level, clean_note, clean_time
from app.vocabulary import SESSION_MINUTES, Level, MethodRule, PairState, SessionStatus


@dataclass(frozen=True)
class SessionInfo:
    id: int
    pair_id: int
    planned_on: dt.date
    held_on: dt.date
    start_time: dt.time | None
    minutes: int
    status: SessionStatus
    objective_id: int | None
    learnt: str
    to_practise: str
    confidence: int | None
    level_reached: Level | None
    #: The session in every calendar it was sent to (its UID there).
    uid: str = ""
    #: The days of this pair's planned sessions that logging this one cancelled: the pair
    #: met on that day, so the session planned there would have been a second meeting.
    took_the_place_of: tuple[dt.date, ...] = ()

    @property
    def was_moved(self) -> bool:
        return self.held_on != self.planned_on


def _info(row: Session) -> SessionInfo:
    return SessionInfo(
        row.id,
        row.pair_id,
        row.planned_on,
        row.held_on,
        row.start_time,
        row.minutes,
        SessionStatus(row.status),
        row.objective_id,
        row.learnt,
        row.to_practise,
        row.confidence,
        Level(row.level_reached) if row.level_reached is not None else None,
        row.uid,
    )


def _pair_for_sessions(pair_id: int) -> Pair:
    pair = get_or_refuse(Pair, pair_id, "pair")
    require_running(pair.programme)
    if pair.state == PairState.STOPPED.value:
        raise invalid(
            None,
            QT_TRANSLATE_NOOP(
                "validation", "This pair is stopped: its journal can be read, not changed."
            ),
        )
    return pair


def _held_within_programme(pair_id: int, day: dt.date) -> None:
    """A session is not logged before the programme's start: it was matched in silence to a
    session planned weeks later. An earlier start is set in step 4."""
    rules = (
        ProgrammeRules.select(ProgrammeRules.start_on)
        .join(Pair, on=(Pair.programme == ProgrammeRules.programme))
        .where(Pair.id == pair_id)
        .first()
    )
    if rules is not None and day < rules.start_on:
        raise invalid(
            "held_on",
            QT_TRANSLATE_NOOP(
                "validation",
                "The programme starts on {start}: a session cannot be logged before. If the pairs began earlier, move the start in step 4.",
            ),
            start=rules.start_on,
        )


def _refuse_clash(
    pair_id: int, day: dt.date, time: dt.time | None, minutes: int, moved: int | None = None
) -> None:
    clash = session_clash(pair_id, day, time, minutes, moved)
    if clash is not None:
        raise ValidationError(clash, "held_on")


def _session(session_id: int) -> Session:
    row = get_or_refuse(Session, session_id, "session")
    _pair_for_sessions(row.pair_id)
    return row


def usual_time_and_length(pair_id: int) -> tuple[dt.time | None, int]:
    """When a new session of this pair starts and how long it lasts unless told: the
    pair's weekly slot once the programme has its frame (an hour of its own, or the
    programme's), else no hour and an hour's length."""
    pair = get_or_refuse(Pair, pair_id, "pair")
    if get_programme_rules(pair.programme_id) is None:
        return None, 60
    slot = pair_slot(pair_id)
    return slot.start_time, slot.session_minutes


def add_session(
    pair_id: int,
    held_on: object,
    minutes: object = 60,
    start_time: object = None,
    despite: Collection[str] = (),
) -> SessionInfo:
    """Plan one more session by hand, at the pair's usual time unless told; one of the two
    meeting someone else then is refused, and one outside their free time, on a day the
    shop is closed or after the programme is refused unless ``despite`` names that rule."""
    day = clean_date(held_on, "held_on")
    length = clean_int(minutes, "minutes", *SESSION_MINUTES)
    time = clean_time(start_time, "start_time") if start_time else None
    with transaction():
        pair = _pair_for_sessions(pair_id)
        if time is None:
            time = usual_time_and_length(pair.id)[0]
        _refuse_clash(pair_id, day, time, length)
        advise_on_session(pair_id, day, time, despite)
        row = Session.create(
            pair=pair, planned_on=day, held_on=day, start_time=time, minutes=length
        )
    return _info(row)


@dataclass(frozen=True)
class SessionEntry:
    """What the session form says of a session, checked when it is saved."""

    held_on: object
    minutes: object = 60
    objective_id: int | None = None
    #: The hour it starts; None keeps the session's (or takes the pair's usual one).
    start_time: object = None
    learnt: str = ""
    to_practise: str = ""
    confidence: object = None
    level_reached: object = None


def _take_the_place_of_planned(row: Session) -> tuple[dt.date, ...]:
    """Cancel this pair's other sessions still planned on the day ``row`` was held: a planned
    session logged on a later day is that session, moved, never a second meeting beside the
    one planned there. Returns the days of the sessions cancelled."""
    planned = list(
        Session.select().where(
            (Session.pair == row.pair_id)
            & (Session.held_on == row.held_on)
            & (Session.id != row.id)
            & Session.status.in_([SessionStatus.PLANNED.value, SessionStatus.MOVED.value])
        )
    )
    for other in planned:
        other.status = SessionStatus.CANCELLED.value
        other.save()
    return tuple(other.held_on for other in planned)


def log_session(
    session_id: int,
    entry: SessionEntry,
    today: dt.date | None = None,
    despite: Collection[str] = (),
) -> SessionInfo:
    """Record that a session took place, when (the day, and the hour when one is said) and
    what came of it. Held on a day this pair had another session planned, that one is
    cancelled (:attr:`SessionInfo.took_the_place_of`); one of the two with someone else at
    that hour is refused. Held at another day or hour than planned, it is checked as a
    session set by hand is (free time, the shop open, within the programme): said, and
    kept once the owner says so (``despite``)."""
    return _log(session_id, entry, today, despite, False)


def _log(
    session_id: int,
    entry: SessionEntry,
    today: dt.date | None,
    despite: Collection[str],
    new: bool,
) -> SessionInfo:
    """:func:`log_session`; ``new``: a session added to be logged, checked as one set by
    hand once what was typed is right."""
    day = clean_date(entry.held_on, "held_on")
    hour = clean_time(entry.start_time, "start_time") if entry.start_time else None
    if day > (today or dt.date.today()):
        raise invalid(
            "held_on",
            QT_TRANSLATE_NOOP("validation", "A session cannot be logged as held on a future date."),
        )
    level = (
        clean_level(entry.level_reached, "level_reached")
        if entry.level_reached is not None
        else None
    )
    length = clean_int(entry.minutes, "minutes", *SESSION_MINUTES)
    fields = {
        "held_on": day,
        "minutes": length,
        "learnt": clean_note(entry.learnt, "learnt"),
        "to_practise": clean_note(entry.to_practise, "to_practise"),
        "confidence": clean_int(entry.confidence, "confidence", 1, 5, required=False),
        "level_reached": level,
        "status": SessionStatus.DONE.value,
        **({"start_time": hour} if hour is not None else {}),
    }
    with transaction():
        row = _session(session_id)
        _held_within_programme(row.pair_id, day)
        # what is asked about comes once everything typed is right: a refusal first
        advised = new or (day, hour or row.start_time) != (row.held_on, row.start_time)
        touched = {row.objective_id} if row.level_reached is not None else set()
        for key, value in fields.items():
            setattr(row, key, value)
        replaced = _take_the_place_of_planned(row)
        _refuse_clash(row.pair_id, day, row.start_time, length, moved=row.id)
        objective = None
        if entry.objective_id is not None:
            objective = get_or_refuse(Objective, entry.objective_id, "objective")
            if objective.pair_id != row.pair_id:
                raise invalid(
                    "objective",
                    QT_TRANSLATE_NOOP(
                        "validation", "This topic is not one of the pair's objectives."
                    ),
                )
        elif level is not None:
            raise invalid(
                "objective",
                QT_TRANSLATE_NOOP("validation", "Choose the topic this new level is about."),
            )
        if advised:
            advise_on_session(row.pair_id, day, row.start_time, despite)
        row.objective = objective
        row.save()
        if objective is not None and level is not None:
            touched.add(objective.id)
        _refresh_levels(touched)
        Pair.update(state=PairState.ACTIVE.value).where(
            (Pair.id == row.pair_id) & (Pair.state == PairState.PROPOSED.value)
        ).execute()
    return dataclasses.replace(_info(row), took_the_place_of=replaced)


def _refresh_levels(objective_ids: set[int | None]) -> None:
    """An objective's level now is the one reached at its latest session that recorded a
    level; with none left, it is the level the pair started from."""
    for objective_id in objective_ids - {None}:
        objective = Objective.get_by_id(objective_id)
        latest = (
            Session.select(Session.level_reached)
            .where(
                (Session.objective == objective)
                & (Session.status == SessionStatus.DONE.value)
                & Session.level_reached.is_null(False)
            )
            .order_by(Session.held_on.desc(), Session.id.desc())
            .first()
        )
        objective.level_now = latest.level_reached if latest else objective.level_before
        objective.save()


def record_session(
    pair_id: int,
    entry: SessionEntry,
    today: dt.date | None = None,
    despite: Collection[str] = (),
) -> SessionInfo:
    """Log a session that was not planned, in one step (checked as :func:`add_session`)."""
    with transaction():
        # checked once, by the log, after what was typed (a refusal comes before a question)
        planned = add_session(
            pair_id, entry.held_on, entry.minutes, entry.start_time, despite=set(MethodRule)
        )
        return _log(planned.id, entry, today, despite, True)


def unlog_session(session_id: int) -> SessionInfo:
    """Undo a log made by mistake: the session is planned again, its notes are kept."""
    with transaction():
        row = _session(session_id)
        if row.status != SessionStatus.DONE.value:
            return _info(row)
        touched = {row.objective_id} if row.level_reached is not None else set()
        row.status = (
            SessionStatus.PLANNED.value
            if row.held_on == row.planned_on
            else SessionStatus.MOVED.value
        )
        row.confidence = None
        row.level_reached = None
        row.save()
        _refresh_levels(touched)
    return _info(row)


def session_to_log(pair_id: int, today: dt.date | None = None) -> SessionInfo | None:
    """The session a "log a session" click most likely means: the oldest one still to be
    logged whose day has come, or else the next one planned; None when none is planned."""
    day = today or dt.date.today()
    upcoming = [
        s
        for s in list_sessions(pair_id)
        if s.status in (SessionStatus.PLANNED, SessionStatus.MOVED)
    ]
    due = [s for s in upcoming if s.held_on <= day]
    candidates = due or upcoming
    return candidates[0] if candidates else None


def move_session(
    session_id: int, new_date: object, start_time: object = None, despite: Collection[str] = ()
) -> SessionInfo:
    """Give an upcoming session a new date; the date first planned is kept as a trace. The
    new day and hour are checked as :func:`add_session` checks them (asked again only when
    they change)."""
    day = clean_date(new_date, "held_on")
    with transaction():
        row = _session(session_id)
        if row.status not in (SessionStatus.PLANNED.value, SessionStatus.MOVED.value):
            raise invalid(
                None, QT_TRANSLATE_NOOP("validation", "Only a session still to come can be moved.")
            )
        before = (row.held_on, row.start_time)
        row.held_on = day
        if start_time:
            row.start_time = clean_time(start_time, "start_time")
        _refuse_clash(row.pair_id, day, row.start_time, row.minutes, moved=row.id)
        if (row.held_on, row.start_time) != before:
            advise_on_session(row.pair_id, day, row.start_time, despite)
        row.status = (
            SessionStatus.MOVED.value if day != row.planned_on else SessionStatus.PLANNED.value
        )
        row.save()
    return _info(row)


def cancel_session(session_id: int) -> SessionInfo:
    with transaction():
        row = _session(session_id)
        if row.status == SessionStatus.DONE.value:
            raise invalid(
                None,
                QT_TRANSLATE_NOOP("validation", "A session that took place cannot be cancelled."),
            )
        row.status = SessionStatus.CANCELLED.value
        row.save()
    return _info(row)


def list_sessions(pair_id: int) -> list[SessionInfo]:
    query = Session.select().where(Session.pair == pair_id).order_by(Session.held_on, Session.id)
    return [_info(row) for row in query]


def save_session(
    pair_id: int,
    session_id: int | None,
    status: SessionStatus | str,
    entry: SessionEntry,
    today: dt.date | None = None,
    despite: Collection[str] = (),
) -> SessionInfo:
    """Everything the session form can say, in one call: log it, move it, cancel it, or
    undo a log made by mistake; a new session when ``session_id`` is None. All or nothing.
    A session to come is checked as :func:`add_session` checks it (``despite``)."""
    wanted = clean_choice(status, SessionStatus, "status")
    with transaction():
        if session_id is None:
            if wanted is SessionStatus.DONE:
                return record_session(pair_id, entry, today, despite)
            session_id = add_session(
                pair_id, entry.held_on, entry.minutes, entry.start_time, despite
            ).id
        elif _session(session_id).pair_id != pair_id:
            raise not_found("session")
        if wanted is SessionStatus.DONE:
            return log_session(session_id, entry, today, despite)
        unlog_session(session_id)
        if wanted is SessionStatus.CANCELLED:
            return cancel_session(session_id)
        before = _session(session_id)
        move_session(session_id, entry.held_on, entry.start_time, despite)
        row = _session(session_id)
        length = clean_int(entry.minutes, "minutes", *SESSION_MINUTES)
        # changed by hand, its hour or length is hers: planning again keeps it
        hand_made = (row.start_time, length) != (before.start_time, before.minutes)
        _refuse_clash(pair_id, row.held_on, row.start_time, length, moved=session_id)
        Session.update(
            minutes=length,
            learnt=clean_note(entry.learnt, "learnt"),
            to_practise=clean_note(entry.to_practise, "to_practise"),
            generated=row.generated and not hand_made,
        ).where(Session.id == session_id).execute()
        return _info(Session.get_by_id(session_id))
