"""Finding Tandem's own files (print templates, translations) wherever it runs from."""

from __future__ import annotations

from pathlib import Path

#: ``resources/`` beside ``app/`` in a checkout or an editable install.
RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return RESOURCES.joinpath(*parts)
