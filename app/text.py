"""Typed text as people read it: names sorted as a French reader expects ("élodie" sits with
"Elodie", before "Zoé"), and set apart from the line around them when written right to left."""

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


#: Unicode's first-strong isolate and its end: the text between them keeps its own
#: direction and does not turn the line around it.
FSI, PDI = "\u2068", "\u2069"


def isolate(value: str) -> str:
    """Typed text to set inside a line of Tandem's own: a name in a right-to-left script
    ("אבי") flipped the whole printed line it stood in. Left-to-right text is unchanged."""
    if any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in value):
        return f"{FSI}{value}{PDI}"
    return value


#: A space the line is never broken at.
NBSP = "\u00a0"


def unbroken(text: str) -> str:
    """``text`` kept on one line: "3 h 00" was printed as "3 h" above "00"."""
    return text.replace(" ", NBSP)
