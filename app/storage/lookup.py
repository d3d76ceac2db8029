"""Fetching one row by id, with the user's sentence when it is gone; and writing the one row
a form stands for."""

from __future__ import annotations

from typing import Any, TypeVar

from app.errors import not_found
from app.storage.models import BaseModel

M = TypeVar("M", bound=BaseModel)


def get_or_refuse(model: type[M], row_id: int, what: str) -> M:
    row = model.get_or_none(model.id == row_id)
    if row is None:
        raise not_found(what)
    return row


def put(model: type[M], keys: dict[str, Any], fields: dict[str, Any]) -> M:
    """The one row of ``model`` that ``keys`` name, its ``fields`` written (made when there
    is none yet): through the row's own save, so that a save over another coordinator's
    newer words is refused with them (``app.storage.stamps``), as for any other form."""
    where = [getattr(model, name) == value for name, value in keys.items()]
    row = model.get_or_none(*where)
    if row is None:
        return model.create(**keys, **fields)
    for name, value in fields.items():
        setattr(row, name, value)
    row.save()
    return row
