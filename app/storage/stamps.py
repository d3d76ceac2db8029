"""Which change last wrote each row, and who made it: two coordinators never silently
overwrite each other.

Every change made through ``transaction()`` takes the next number of the data's revision
and stamps the rows it writes with it (``changed_in``) and with its author (``changed_by``).
The screens show the data as it was at one revision, the one they last loaded (``seen``).
A save over a row stamped after that, by someone else, is refused: the coordinator is told
who changed what and what it holds now, and what she typed stays in the form. Saving again
replaces the other version knowingly - she has seen it.

On a file there is one writer (the single-instance lock): every change is hers, and no save
is ever refused. The state is kept with the open database, so that a file opened apart for
a while (a copy being built) has its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from app.storage.conflicts import conflict
from app.storage.models import db

if TYPE_CHECKING:
    from app.storage.models import BaseModel

#: Columns every stamped row has, which are not what the coordinator edits.
BOOKKEEPING = frozenset({"id", "shop_id", "changed_in", "changed_by"})


@dataclass
class Stamps:
    #: The revision the screens last loaded.
    seen: int
    #: Who makes the changes here.
    who: str
    #: The shop whose rows are written here.
    shop: int
    #: The revision of the change under way, once it wrote a row.
    current: int | None = None
    #: Nested ``transaction()`` blocks under way.
    depth: int = 0
    #: The revisions made here since the screens last loaded: never a conflict.
    mine: set[int] = field(default_factory=set)
    #: Rows whose newer version the coordinator was shown: (table, id) -> its revision.
    shown: dict[tuple[str, int], int] = field(default_factory=dict)


def _revision() -> int:
    row = db.execute_sql("SELECT number FROM revision WHERE id = 1").fetchone()
    return int(row[0]) if row else 0


def _author() -> str:
    from app.storage.backend import backend

    return backend().author()


def _first_shop() -> int:
    """The shop of the data open: a file's one, or the shop whose schema a server's
    connection works on."""
    row = db.execute_sql("SELECT min(id) FROM shop").fetchone()
    return int(row[0]) if row and row[0] is not None else 1


def _state() -> Stamps:
    database = db.obj
    found: Stamps | None = getattr(database, "tandem_stamps", None)
    if found is None:
        found = Stamps(seen=_revision(), who=_author(), shop=_first_shop())
        database.tandem_stamps = found
    return found


def use_shop(shop: int) -> None:
    """The rows written from now on are ``shop``'s (a new shop's catalogue, as it is set up)."""
    _state().shop = shop


def forget() -> None:
    """Another database was opened on this object, or its shops changed: start afresh."""
    if db.obj is not None and hasattr(db.obj, "tandem_stamps"):
        del db.obj.tandem_stamps


def depth() -> int:
    """How many ``transaction()`` blocks are under way (0: none)."""
    return _state().depth


def who() -> str:
    return _state().who


def current_shop() -> int:
    return _state().shop


def seen() -> int:
    return _state().seen


def screens_reloaded() -> None:
    """The screens load the data as it is now: what others changed until now is seen."""
    state = _state()
    state.seen, state.mine, state.shown = _revision(), set(), {}


def stamp() -> int:
    """The revision of the change under way (taking the next number at its first write).
    A row written outside any change (while a new file or shop is set up) gets the current
    revision: it is nobody's edit."""
    state = _state()
    if state.depth == 0:
        return _revision()
    if state.current is None:
        row = db.execute_sql(
            "UPDATE revision SET number = number + 1 WHERE id = 1 RETURNING number"
        ).fetchone()
        state.current = int(row[0]) if row else 0
    return state.current


def begin() -> None:
    state = _state()
    if state.depth == 0:
        state.current = None
    state.depth += 1


def end(committed: bool) -> None:
    """The outermost change ended: its revision is seen here when nothing came between."""
    state = _state()
    state.depth -= 1
    if state.depth > 0:
        return
    made, state.current = state.current, None
    if committed and made is not None:
        state.mine.add(made)
        if made == state.seen + 1:
            state.seen = made


def check_unchanged(row: BaseModel) -> None:
    """Refuse to save ``row`` over a version written by someone else since the screens
    showed it (at most once: the refusal shows that version)."""
    state = _state()
    if state.depth == 0:
        return
    model = type(row)
    query = model.select().where(model._meta.primary_key == row._pk)
    from app.storage.backend import backend

    now: dict[str, Any] | None = backend().holding(query).dicts().get_or_none()
    if now is None:
        return
    key = (model._meta.table_name, int(row._pk))
    written = int(now["changed_in"])
    if (
        written <= state.seen
        or written == state.current  # written earlier in this very change
        or written in state.mine
        or state.shown.get(key, -1) >= written
    ):
        return
    state.shown[key] = written
    differing = {
        name: value
        for name, value in now.items()
        if name not in BOOKKEEPING and row.__data__.get(name) != value
    }
    raise conflict(model._meta.table_name, str(now["changed_by"]), differing)
