"""Before Qt opens its first window on Linux: are the system libraries its screen plugin
needs installed? On a fresh Debian or Ubuntu, Qt stopped with a hint naming a library that
was there; here the one that is missing is named, with the package that brings it.

No Qt is imported here: this runs before Qt is started, and only says what it finds.
"""

from __future__ import annotations

import ctypes
import os
import re
import sys
from pathlib import Path

#: The system libraries of Qt's X11 screen plugin (and what it loads with it), by file,
#: with the Debian / Ubuntu package that brings each.
PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
}

#: One line for the README and for the owner: every package above.
APT_LINE = "sudo apt install " + " ".join(sorted(set(PACKAGES.values())))

_LIBRARY = re.compile(r"(lib[\w.+-]+?\.so[\d.]*)")


def x11_plugin() -> Path | None:
    """Qt's X11 screen plugin, when this start will use it (Linux, not offscreen or Wayland)."""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if not sys.platform.startswith("linux") or platform not in ("", "xcb"):
        return None
    if not platform and os.environ.get("WAYLAND_DISPLAY"):
        return None
    import PySide6  # the package's folder only: Qt itself is not started

    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return plugin if plugin.exists() else None


def missing_library(plugin: Path) -> str | None:
    """The system library the plugin cannot load, or None when it loads."""
    try:
        ctypes.CDLL(str(plugin))
    except OSError as error:
        found = _LIBRARY.search(str(error))
        return found.group(1) if found else str(error)
    return None


def advice(library: str) -> str:
    """What to tell the owner, in English and French: she may read either."""
    package = PACKAGES.get(library)
    install = f"sudo apt install {package}" if package else APT_LINE
    return (
        f"Tandem cannot open its window: the system library {library} is missing or damaged. "
        f"Install it with: {install}\n"
        f"Tandem ne peut pas ouvrir sa fenêtre : la bibliothèque système {library} manque ou "
        f"est abîmée. Installez-la avec : {install}"
    )


def check() -> str | None:
    """The sentence to show before Qt starts, when a library it needs is missing."""
    plugin = x11_plugin()
    library = missing_library(plugin) if plugin is not None else None
    return advice(library) if library is not None else None
