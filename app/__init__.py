"""Tandem's core: the data, and every rule of the reverse-mentoring method.

Nothing in this package imports Qt; the screens in ``ui/`` call these functions and show
what comes back.
"""

from functools import cache

from app.storage.drivers import peewee_without_server_driver

peewee_without_server_driver()  # before any module of Tandem imports peewee


@cache
def version() -> str:
    """The version written once, in pyproject.toml: read from the installed package's
    metadata (a frozen build carries it too), or from pyproject.toml in a bare checkout.
    Read when asked, not at import: the package metadata costs tens of milliseconds."""
    import tomllib
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed_version
    from pathlib import Path

    try:
        return installed_version("tandem")
    except PackageNotFoundError:
        project = Path(__file__).resolve().parent.parent / "pyproject.toml"
        if project.is_file():
            return str(tomllib.loads(project.read_text(encoding="utf-8"))["project"]["version"])
        return "0.0.0"
