"""Tandem's core: the data, and every rule of the reverse-mentoring method.

Nothing in this package imports Qt; the screens in ``ui/`` call these functions and show
what comes back.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("tandem")
except PackageNotFoundError:  # running from a checkout that was never installed
    __version__ = "0.0.0"
