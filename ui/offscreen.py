"""Qt with no screen - the self-test, and the tests: its ``offscreen`` platform, and fonts.

On Windows, Qt's offscreen platform does not ask Windows for its fonts: it reads the folder
``QT_QPA_FONTDIR`` names, or a ``fonts`` folder inside Qt that PySide6 does not ship. With
neither, it has no font at all - every text measured as empty, PDFs without their words -
so the folder is set to Windows' own fonts. Nothing here imports Qt: it is set before Qt
starts."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import PureWindowsPath


def offscreen_environment(platform: str, environment: Mapping[str, str]) -> dict[str, str]:
    """What to add to ``environment`` for Qt to run offscreen with fonts on ``platform``
    (``sys.platform``): nothing that is already set is changed."""
    added = {}
    if not environment.get("QT_QPA_PLATFORM"):
        added["QT_QPA_PLATFORM"] = "offscreen"
    platform_name = (environment.get("QT_QPA_PLATFORM") or "offscreen").split(":")[0]
    if (
        platform == "win32"
        and platform_name == "offscreen"
        and not environment.get("QT_QPA_FONTDIR")
    ):
        windows = environment.get("WINDIR") or environment.get("SystemRoot") or r"C:\Windows"
        added["QT_QPA_FONTDIR"] = str(PureWindowsPath(windows) / "Fonts")
    return added


def use_offscreen(platform: str) -> None:
    """This process runs Qt offscreen (unless told another platform), with fonts."""
    os.environ.update(offscreen_environment(platform, os.environ))
