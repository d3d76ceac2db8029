"""The session journal: what each pair planned, held, moved or cancelled, and what was learnt.

Logging a session as held also records the mentee's new level on the objective worked on,
and starts a pair that had not met yet.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.errors import invalid
from app.i18n import QT_TRANSLATE_NOOP
from app.programmes import require_running
from app.storage.database import transaction
from app.storage.lookup import get_or_refuse
from app.storage.models import Objective, Pair, Session
from app.validation import clean_date, clean_int, clean_level, clean_note, clean_time
from app.vocabulary import Level, PairState, SessionStatus


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


def _session(session_id: int) -> Session:
    row = get_or_refuse(Session, session_id, "session")
    _pair_for_sessions(row.pair_id)
    return row


def add_session(
    pair_id: int, held_on: object, minutes: object = 60, start_time: object = None
) -> SessionInfo:
    """Plan one more session by hand."""
    day = clean_date(held_on, "held_on")
    length = clean_int(minutes, "minutes", 10, 480)
    time = clean_time(start_time, "start_time") if start_time else None
    with transaction():
        pair = _pair_for_sessions(pair_id)
        row = Session.create(
            pair=pair, planned_on=day, held_on=day, start_time=time, minutes=length
        )
    return _info(row)


def log_session(
    session_id: int,
    *,
    held_on: object,
    minutes: object,
    objective_id: int | None = None,
    learnt: str = "",
    to_practise: str = "",
    confidence: object = None,
    level_reached: object = None,
    today: dt.date | None = None,
) -> SessionInfo:
    """Record that a session took place, and what came of it."""
    day = clean_date(held_on, "held_on")
    if day > (today or dt.date.today()):
        raise invalid(
            "held_on",
            QT_TRANSLATE_NOOP("validation", "A session cannot be logged as held on a future date."),
        )
    level = clean_level(level_reached, "level_reached") if level_reached is not None else None
    fields = {
        "held_on": day,
        "minutes": clean_int(minutes, "minutes", 5, 600),
        "learnt": clean_note(learnt, "learnt"),
        "to_practise": clean_note(to_practise, "to_practise"),
        "confidence": clean_int(confidence, "confidence", 1, 5, required=False),
        "level_reached": level,
        "status": SessionStatus.DONE.value,
    }
    with transaction():
        row = _session(session_id)
        objective = None
        if objective_id is not None:
            objective = get_or_refuse(Objective, objective_id, "objective")
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
        for key, value in fields.items():
            setattr(row, key, value)
        row.objective = objective
        row.save()
        if objective is not None and level is not None:
            objective.level_now = level
            objective.save()
        Pair.update(state=PairState.ACTIVE.value).where(
            (Pair.id == row.pair_id) & (Pair.state == PairState.PROPOSED.value)
        ).execute()
    return _info(row)


def move_session(session_id: int, new_date: object, start_time: object = None) -> SessionInfo:
    """Give an upcoming session a new date; the date first planned is kept as a trace."""
    day = clean_date(new_date, "held_on")
    with transaction():
        row = _session(session_id)
        if row.status not in (SessionStatus.PLANNED.value, SessionStatus.MOVED.value):
            raise invalid(
                None, QT_TRANSLATE_NOOP("validation", "Only a session still to come can be moved.")
            )
        row.held_on = day
        if start_time:
            row.start_time = clean_time(start_time, "start_time")
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
