"""Sorting names as a French reader expects: "élodie" sits with "Elodie", before "Zoé"."""

from __future__ import annotations

import unicodedata


def sort_key(name: str) -> tuple[str, str]:
    """Accents and case ignored first, then used to break ties (so the order is stable)."""
    folded = unicodedata.normalize("NFKD", name.casefold())
    bare = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return bare, name
