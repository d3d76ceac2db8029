"""A network server's address as the owner types it: its password taken out before it is
remembered, and one that cannot be used said in a sentence before anything is tried (the
open file stays in use)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.i18n import untranslated
from app.storage.database import close_database, open_database, open_server
from app.storage.models import db


def test_a_password_written_in_an_address_is_taken_out_of_it() -> None:
    from app.storage.addresses import without_password

    assert without_password("postgresql://marie:s%40cret@nas:5432/tandem?sslmode=require") == (
        "postgresql://marie@nas:5432/tandem?sslmode=require",
        "s@cret",
    )
    # libpq also takes it as a parameter: never remembered either
    assert without_password(
        "postgresql://marie@/tandem?host=/run/pg&password=s%40cret&port=5433"
    ) == (
        "postgresql://marie@/tandem?host=/run/pg&port=5433",
        "s@cret",
    )
    assert without_password(" postgresql://marie@nas/tandem ") == (
        "postgresql://marie@nas/tandem",
        None,
    )


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("postgresql://anne@[server/tandem", "cannot be read"),
        ("postgresql://anne@server/tandem?colour=blue", "cannot be read"),
        ("postgresql://anne@server/tan%zzdem", "cannot be read"),
        ("postgresql://anne:se%zzcret@server/tandem", "cannot be read"),
        ("postgresql://anne@server/tandem?connect_timeout=soon", "whole number of seconds"),
        ("postgresql://anne@server/tandem?connect_timeout=0", "whole number of seconds"),
        ("postgresql://anne@server", "names no database"),
        ("postgresql://anne:secret@server/", "names no database"),
    ],
)
def test_an_address_that_cannot_be_used_is_said_in_a_sentence(
    written: str, said: str, tmp_path: Path
) -> None:
    from app.storage.addresses import BadAddress

    file = open_database(tmp_path / "tandem.sqlite")
    with pytest.raises(BadAddress, match=said) as refused:
        open_server(written)
    shown = refused.value.message.render(untranslated)
    assert "secret" not in shown and "zzcret" not in shown  # no password, even a bad one
    assert db.obj is file and not file.is_closed()  # the file stays in use
    close_database()
