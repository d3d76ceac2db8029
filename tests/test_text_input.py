"""Whatever a person types is kept exactly, or refused with a sentence - never a crash."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.errors import ValidationError
from app.steps import needs
from app.storage.database import close_database, open_database
from app.validation import NAME_MAX

ANY_TEXT = st.text(
    alphabet=st.characters(codec=None, exclude_categories=()), max_size=300
) | st.sampled_from(
    ["<b>x</b><img src=x>", "Zoé Émilie 😀", "\u202eevil\u202c", "a\x00b", "\ud800", " " * 5]
)


@settings(
    max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None
)
@given(name=ANY_TEXT, notes=ANY_TEXT)
def test_a_person_is_kept_as_typed_or_refused_with_a_sentence(
    tmp_path: Path, name: str, notes: str
) -> None:
    open_database(tmp_path / "tandem.sqlite")
    try:
        try:
            stored = needs.add_person(name, notes=notes)
        except ValidationError as refused:
            assert refused.field in ("name", "notes")
            assert str(refused.message).endswith(".")
            return
        again = needs.get_person(stored.id)
        assert again.name == " ".join(name.split())
        assert 0 < len(again.name) <= NAME_MAX
        assert again.notes == notes.strip()
        needs.remove_person(stored.id)
    finally:
        close_database()
