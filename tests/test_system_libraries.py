"""On a Linux PC missing one of the system libraries Qt's window needs, Tandem names that
library and the package to install - Qt's own hint named one that was there."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ui.system_libraries import APT_LINE, PACKAGES

ROOT = Path(__file__).resolve().parent.parent


def _start(tmp_path: Path, libraries: Path | None) -> str:
    """Start Tandem for its X11 window (with no display: Qt stops just after); its errors."""
    environment = {**os.environ, "QT_QPA_PLATFORM": "xcb", "HOME": str(tmp_path)}
    for name in ("WAYLAND_DISPLAY", "DISPLAY", "LD_LIBRARY_PATH"):
        environment.pop(name, None)
    if libraries is not None:
        environment["LD_LIBRARY_PATH"] = str(libraries)
    started = subprocess.run(
        [
            sys.executable,
            "-m",
            "ui.main",
            "--data-dir",
            str(tmp_path / "data"),
            "--quit-when-ready",
        ],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )
    return started.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the X11 libraries of Linux")
def test_a_missing_library_is_named_with_its_package(tmp_path: Path) -> None:
    missing = check_on_this_machine()
    if missing is None:
        # every library is here (CI installs them): damage one, found first by the loader
        broken = tmp_path / "libs"
        broken.mkdir()
        (broken / "libxcb-icccm.so.4").write_bytes(b"")
        said, library = _start(tmp_path, broken), "libxcb-icccm.so.4"
    else:
        said, library = _start(tmp_path, None), missing
    assert f"the system library {library} is missing or damaged" in said, said
    assert f"sudo apt install {PACKAGES[library]}" in said
    assert f"la bibliothèque système {library} manque" in said


def check_on_this_machine() -> str | None:
    from ui.system_libraries import missing_library, x11_plugin

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    saved = os.environ["QT_QPA_PLATFORM"]
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    try:
        plugin = x11_plugin()
    finally:
        os.environ["QT_QPA_PLATFORM"] = saved
    return missing_library(plugin) if plugin is not None else None


def test_the_readme_names_every_package_in_one_line() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert APT_LINE in readme
    assert all(package in APT_LINE for package in PACKAGES.values())
