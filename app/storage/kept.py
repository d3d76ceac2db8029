"""Lists read once while the data stays as it is: a screen that asks for the team several
times as it is shown (the pairs step read the people, needs, know-how and pairs three times
each, half of its first visit at 500 pairs) reads them once."""

from __future__ import annotations

import copy
import functools
from collections.abc import Callable
from typing import ParamSpec, TypeVar

from app.storage.database import data_version
from app.storage.models import db

P = ParamSpec("P")
T = TypeVar("T")


def kept_until_changed(read: Callable[P, T]) -> Callable[P, T]:
    """``read``'s answers kept until the data changes (:func:`data_version`: every change
    made here, every file opened, every change another coordinator made on a server). Each
    caller gets a copy of the list or mapping, to sort or change as it likes. Inside a
    change the data is read afresh: the change may already have written what it reads."""
    answers: dict[object, T] = {}
    read_at = -1

    @functools.wraps(read)
    def kept(*args: P.args, **kwargs: P.kwargs) -> T:
        nonlocal read_at
        if db.in_transaction():
            return read(*args, **kwargs)
        if read_at != data_version():
            answers.clear()
            read_at = data_version()
        key = (args, tuple(sorted(kwargs.items())))
        if key not in answers:
            answers[key] = read(*args, **kwargs)
        return copy.copy(answers[key])

    return kept
