"""Programmes: a run of the five steps with one set of pairs, over a few weeks or months."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.errors import invalid
from app.i18n import QT_TRANSLATE_NOOP
from app.storage.database import NAME_EQUAL, transaction
from app.storage.lookup import get_or_refuse
from app.storage.models import Programme
from app.validation import clean_int, clean_name
from app.vocabulary import ProgrammeState


@dataclass(frozen=True)
class ProgrammeInfo:
    id: int
    name: str
    state: ProgrammeState
    current_step: int
    renewed_from_id: int | None
    created_at: dt.datetime
    closed_on: dt.date | None


def _info(row: Programme) -> ProgrammeInfo:
    return ProgrammeInfo(
        row.id,
        row.name,
        ProgrammeState(row.state),
        row.current_step,
        row.renewed_from_id,
        row.created_at,
        row.closed_on,
    )


def _check_name_free(name: str, programme_id: int | None = None) -> None:
    query = Programme.select().where(Programme.name.collate(NAME_EQUAL) == name)
    if programme_id is not None:
        query = query.where(Programme.id != programme_id)
    if query.exists():
        raise invalid(
            "name",
            QT_TRANSLATE_NOOP("validation", "A programme is already called {name}."),
            name=name,
        )


def create_programme(name: str) -> ProgrammeInfo:
    clean = clean_name(name, "name")
    with transaction():
        _check_name_free(clean)
        row = Programme.create(name=clean)
    return _info(row)


def rename_programme(programme_id: int, name: str) -> ProgrammeInfo:
    clean = clean_name(name, "name")
    with transaction():
        row = get_or_refuse(Programme, programme_id, "programme")
        _check_name_free(clean, programme_id)
        row.name = clean
        row.save()
    return _info(row)


def get_programme(programme_id: int) -> ProgrammeInfo:
    return _info(get_or_refuse(Programme, programme_id, "programme"))


def list_programmes() -> list[ProgrammeInfo]:
    """Newest first: the one the owner is most likely to want."""
    return [
        _info(row)
        for row in Programme.select().order_by(Programme.created_at.desc(), Programme.id.desc())
    ]


def set_current_step(programme_id: int, step: int) -> ProgrammeInfo:
    """Remember the step the owner is on, so that Tandem reopens there."""
    number = clean_int(step, "step", 1, 5)
    with transaction():
        row = get_or_refuse(Programme, programme_id, "programme")
        row.current_step = number
        row.save(only=[Programme.current_step])  # a bookmark: no screen shows it
    return _info(row)


def close_programme(programme_id: int, on: dt.date | None = None) -> ProgrammeInfo:
    with transaction():
        row = get_or_refuse(Programme, programme_id, "programme")
        row.state, row.closed_on = ProgrammeState.CLOSED.value, on or dt.date.today()
        row.save()
    return _info(row)


def require_running(programme: Programme) -> None:
    """A closed programme is history: it can be read, not changed."""
    if programme.state != ProgrammeState.RUNNING:
        raise invalid(
            None,
            QT_TRANSLATE_NOOP(
                "validation",
                "The programme {name} is closed; its history can no longer be changed.",
            ),
            name=programme.name,
        )
