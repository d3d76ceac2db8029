"""The server's driver, loaded only when a server is used.

peewee imports psycopg as soon as it is itself imported, when psycopg is installed: about
a tenth of a second of asyncio, ssl and the driver's library at every start, for an owner
whose data is a file on her PC. :func:`peewee_without_server_driver` has peewee imported
as if psycopg were not there; :func:`load_server_driver` (``app.storage.server`` calls it
when it is imported) gives peewee the driver once a server is used.
"""

from __future__ import annotations

import sys

_DRIVERS = ("psycopg", "psycopg2", "psycopg2cffi")


def peewee_without_server_driver() -> None:
    """Import peewee without the server's driver (nothing done when peewee is there)."""
    if "peewee" in sys.modules:
        return
    hidden = {name: sys.modules.get(name) for name in _DRIVERS}
    for name in _DRIVERS:
        sys.modules[name] = None  # type: ignore[assignment]  # `import name` fails
    try:
        import peewee  # noqa: F401
    finally:
        for name, module in hidden.items():
            if module is None:
                del sys.modules[name]
            else:
                sys.modules[name] = module


def load_server_driver() -> None:
    """Give peewee psycopg, as its own import would have (idempotent)."""
    import peewee
    import psycopg
    from psycopg.pq import TransactionStatus
    from psycopg.types.json import Json, Jsonb

    if getattr(peewee, "psycopg", None) is not None:
        return
    peewee.psycopg = psycopg  # type: ignore[attr-defined]
    peewee.TransactionStatus = TransactionStatus  # type: ignore[attr-defined]
    peewee.Json_pg3 = Json  # type: ignore[attr-defined]
    peewee.Jsonb_pg3 = Jsonb  # type: ignore[attr-defined]
    adapter = peewee.Psycopg3Adapter
    adapter.txn_idle = TransactionStatus.IDLE
    adapter.txn_inerror = TransactionStatus.INERROR
    adapter.txn_unknown = TransactionStatus.UNKNOWN
