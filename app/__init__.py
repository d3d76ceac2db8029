"""Tandem's core: the data, and every rule of the reverse-mentoring method.

Nothing in this package imports Qt; the screens in ``ui/`` call these functions and show
what comes back.
"""

import tomllib
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path


def _version() -> str:
    """The version written once, in pyproject.toml: read from the installed package's
    metadata (a frozen build carries it too), or from pyproject.toml in a bare checkout."""
    try:
        return version("tandem")
    except PackageNotFoundError:
        project = Path(__file__).resolve().parent.parent / "pyproject.toml"
        if project.is_file():
            return str(tomllib.loads(project.read_text(encoding="utf-8"))["project"]["version"])
        return "0.0.0"


__version__ = _version()
