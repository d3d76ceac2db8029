"""Sorting names as a French reader expects: "élodie" sits with "Elodie", before "Zoé"."""

from __future__ import annotations

import unicodedata
from functools import lru_cache


@lru_cache(maxsize=8192)
def sort_key(name: str) -> tuple[str, str]:
    """Accents and case ignored first, then used to break ties (so the order is stable).
    Cached: SQLite calls the name collation for every comparison of a sort."""
    folded = unicodedata.normalize("NFKD", name.casefold())
    bare = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return bare, name
