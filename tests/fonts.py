"""The tests' fonts: those of one folder only, as Qt offscreen on Windows has them.

On Windows, Qt offscreen reads its fonts from the folder ``QT_QPA_FONTDIR`` names and from
nowhere else (``ui/offscreen.py`` names Windows' own). Here on Linux the same condition is
made for the whole run with fontconfig: a configuration that lists that one folder, so that
a test passing only thanks to some other font installed on this machine is found here, not
on the first Windows run. The folder is ``QT_QPA_FONTDIR`` when set, else DejaVu's (the
``fonts-dejavu-core`` package .ci/run installs)."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

from ui.offscreen import use_offscreen

DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
#: The start of the name of the folders holding the configurations made here.
MADE_HERE = "tandem-fonts-"


def fonts_of_one_folder() -> Path | None:
    """Qt offscreen for this process and the ones it starts, with the fonts of one folder
    only; that folder, or None where it cannot be done (no such folder, or fontconfig
    already told where to look)."""
    use_offscreen(sys.platform)
    if sys.platform == "win32":
        return Path(os.environ["QT_QPA_FONTDIR"])
    folder = Path(os.environ.get("QT_QPA_FONTDIR") or DEJAVU)
    if MADE_HERE in os.environ.get("FONTCONFIG_FILE", ""):
        return folder  # made by the process that started this one (a test worker's parent)
    if not folder.is_dir() or "FONTCONFIG_FILE" in os.environ:
        return None
    work = Path(tempfile.mkdtemp(prefix=MADE_HERE))
    config = work / "fonts.conf"
    config.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n'
        # the system's rules (which family stands for "sans-serif"...), not its folders
        '  <include ignore_missing="yes">/etc/fonts/conf.d</include>\n'
        f"  <dir>{escape(str(folder))}</dir>\n"
        f"  <cachedir>{escape(str(work / 'cache'))}</cachedir>\n</fontconfig>\n",
        encoding="utf-8",
    )
    os.environ["QT_QPA_FONTDIR"] = str(folder)
    os.environ["FONTCONFIG_FILE"] = str(config)
    return folder
