"""Fetching one row by id, with the user's sentence when it is gone."""

from __future__ import annotations

from typing import TypeVar

from app.errors import not_found
from app.storage.models import BaseModel

M = TypeVar("M", bound=BaseModel)


def get_or_refuse(model: type[M], row_id: int, what: str) -> M:
    row = model.get_or_none(model.id == row_id)
    if row is None:
        raise not_found(what)
    return row
