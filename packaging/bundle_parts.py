"""What of Qt the shop PC's bundle leaves out: the parts PyInstaller's PySide6 hooks collect
that Tandem never uses. Read by tandem.spec; the frozen-build test checks the result.

Each name below is matched against a file's place in the bundle, on Linux and on Windows."""

from __future__ import annotations

from pathlib import PurePath

#: The languages Tandem speaks: Qt's own words (buttons, dialogs) are kept for these only.
LANGUAGES = ("en", "fr")

#: Qt plugins, by folder, that Tandem keeps (every other plugin of these folders is left
#: out); folders not named here are kept whole, those named in ``_UNUSED_FOLDERS`` dropped.
_KEPT_PLUGINS = {
    # a window on X11, Wayland and Windows; offscreen for the self-test and the tests
    "platforms": {"qxcb", "qwayland", "qwindows", "qoffscreen"},
    # the desktop's file dialogs through its portal; the GTK theme pulls in GTK, Cairo,
    # Pango and ATK (about 20 MB) for the look of a few dialogs
    "platformthemes": {"qxdgdesktopportal"},
    # the icon formats: Qt's own dialogs may draw SVG icons; Windows icons
    "imageformats": {"qsvg", "qico"},
}
_UNUSED_FOLDERS = {
    "egldeviceintegrations",  # full-screen embedded displays, without a desktop
    "generic",  # raw input devices, for the same
    "networkinformation",  # Tandem asks the network nothing; its sockets are local
    "tls",  # TLS through Qt: the server's TLS is psycopg's, not Qt's
}
#: Files left out wherever they are: Windows' software OpenGL (Tandem draws no OpenGL).
_UNUSED_FILES = {"opengl32sw.dll"}


def _stem(name: str) -> str:
    """``libqxcb.so`` and ``qxcb.dll`` are both ``qxcb``."""
    stem = name.split(".")[0]
    return stem.removeprefix("lib") if stem.startswith("libq") else stem


def wanted(place: str) -> bool:
    """Whether the file at ``place`` (its path inside the bundle) goes into it."""
    path = PurePath(place.replace("\\", "/"))
    if path.name.lower() in _UNUSED_FILES:
        return False
    parts = path.parts
    if "translations" in parts and "PySide6" in parts:
        return any(path.name == f"qtbase_{language}.qm" for language in LANGUAGES)
    if "plugins" in parts and parts.index("plugins") < len(parts) - 2:
        folder = parts[parts.index("plugins") + 1]
        if folder in _UNUSED_FOLDERS:
            return False
        if folder in _KEPT_PLUGINS:
            return _stem(path.name) in _KEPT_PLUGINS[folder]
    return True
