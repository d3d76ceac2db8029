"""Finding Tandem's own files (print style, translations, icons) wherever it runs from.

* a source checkout or an editable install: ``resources/`` beside ``app/``;
* the frozen build (PyInstaller): ``resources/`` inside the bundle (``sys._MEIPASS``);
* an ordinary install from a wheel: ``share/tandem/resources`` under the environment.

Nothing depends on the current directory.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

MARKER = Path("print") / "style.json"


def _candidates() -> list[Path]:
    places = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        places.append(Path(bundle) / "resources")
    places.append(Path(__file__).resolve().parent.parent / "resources")
    places.append(Path(sys.prefix) / "share" / "tandem" / "resources")
    return places


@cache
def resources_folder() -> Path:
    for place in _candidates():
        if (place / MARKER).is_file():
            return place
    raise FileNotFoundError(
        "Tandem's resources are missing from " + ", ".join(map(str, _candidates()))
    )


def resource(*parts: str) -> Path:
    return resources_folder().joinpath(*parts)
