"""The staff's personal data (GDPR): everything Tandem holds about one person, exported to a
readable file; a person erased completely; and staff who left long ago, to be forgotten.

The tables that refer to a person are found from the schema itself, so a new one cannot be
forgotten by the export or the erasure.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import peewee as pw
from playhouse.shortcuts import model_to_dict

from app.steps.needs import PersonInfo, list_people
from app.storage.backend import backend
from app.storage.database import transaction
from app.storage.lookup import get_or_refuse
from app.storage.models import ALL_MODELS, BaseModel, Pair, Person

#: Staff who left this many months ago are proposed for erasure.
DEFAULT_MONTHS = 12


def person_references() -> list[tuple[type[BaseModel], pw.ForeignKeyField]]:
    """Every (table, column) that points at a person."""
    return [
        (model, field)
        for model in ALL_MODELS
        for field in model._meta.fields.values()
        if isinstance(field, pw.ForeignKeyField) and field.rel_model is Person
    ]


def pair_references() -> list[tuple[type[BaseModel], pw.ForeignKeyField]]:
    """Every (table, column) that belongs to a pair - and so to both of its people."""
    return [
        (model, field)
        for model in ALL_MODELS
        for field in model._meta.fields.values()
        if isinstance(field, pw.ForeignKeyField) and field.rel_model is Pair
    ]


def _rows(query: pw.ModelSelect) -> list[dict[str, Any]]:
    return [model_to_dict(row, recurse=False) for row in query]


def export_person(person_id: int) -> dict[str, Any]:
    """Everything about one person: their own row, every row that points at them, and
    everything recorded in the pairs they took part in."""
    person = get_or_refuse(Person, person_id, "person")
    found: dict[str, Any] = {"person": model_to_dict(person, recurse=False)}
    pair_ids: set[int] = set()
    for model, field in person_references():
        rows = _rows(model.select().where(field == person))
        found.setdefault(model._meta.table_name, []).extend(rows)
        if model is Pair:
            pair_ids |= {row["id"] for row in rows}
    for model, field in pair_references():
        found.setdefault(model._meta.table_name, []).extend(
            _rows(model.select().where(field.in_(sorted(pair_ids))))
        )
    return found


def erase_person(person_id: int) -> None:
    """Erase a person completely, in one transaction: their pairs with all that was recorded
    in them, their needs, know-how, affinities and coaching; then their text is wiped from
    the file itself. Backups made before keep them until they are thinned out."""
    with transaction():
        person = get_or_refuse(Person, person_id, "person")
        pairs = Pair.select(Pair.id).where((Pair.mentor == person) | (Pair.mentee == person))
        for model, field in pair_references():
            model.delete().where(field.in_(pairs)).execute()
        Pair.delete().where((Pair.mentor == person) | (Pair.mentee == person)).execute()
        for model, field in person_references():
            if model is not Pair:
                model.delete().where(field == person).execute()
        person.delete_instance()
    backend().after_erasure()  # a server reclaims the space of deleted rows itself


def people_to_forget(
    months: int = DEFAULT_MONTHS, today: dt.date | None = None
) -> list[PersonInfo]:
    """Staff who left more than ``months`` months ago: Tandem proposes to erase them."""
    day = today or dt.date.today()
    limit = day - dt.timedelta(days=round(months * 30.44))
    return [
        p
        for p in list_people(include_left=True)
        if not p.active and p.left_on and p.left_on <= limit
    ]
