"""Where the data folder sits on the shop PC: the cloud and the network are recognised on
Windows as on Linux. What Windows answers is given here for the rules; the tests marked
for Windows ask Windows itself (the CI's Windows job runs them)."""

from __future__ import annotations

import os
import string
import subprocess
import sys
from pathlib import Path, PureWindowsPath

import pytest

from app.paths import default_data_dir
from app.places import DRIVE_REMOTE, on_the_network, risky_location, windows_drive_type

DRIVE_FIXED = 3
on_windows = pytest.mark.skipif(sys.platform != "win32", reason="asks Windows itself")


def _refuse(root: str) -> int:
    raise AssertionError(f"the drive {root} did not need to be asked")


def test_a_drive_mapped_to_a_share_is_on_the_network() -> None:
    folder = PureWindowsPath(r"Z:\Chocolaterie\Tandem")
    asked: list[str] = []

    def mapped(root: str) -> int:
        asked.append(root)
        return DRIVE_REMOTE

    risk = risky_location(folder, drive_type=mapped, environ={})
    assert risk is not None and "network share" in str(risk)
    assert asked == ["Z:\\"]
    assert risky_location(folder, drive_type=lambda root: DRIVE_FIXED, environ={}) is None


def test_a_share_named_by_its_server_is_on_the_network_without_asking() -> None:
    for folder in (r"\\nas\boutique\Tandem", "//nas/boutique/Tandem"):
        assert on_the_network(PureWindowsPath(folder), drive_type=_refuse)
    assert not on_the_network(PureWindowsPath(r"Tandem\data"), drive_type=_refuse)


def test_onedrive_is_found_by_its_variables_whatever_its_folder_is_called() -> None:
    environ = {"OneDrive": r"C:\Users\Marie\Synchro", "OneDriveCommercial": "  "}
    inside = PureWindowsPath(r"c:\users\marie\SYNCHRO\Tandem")
    risk = risky_location(inside, drive_type=lambda root: DRIVE_FIXED, environ=environ)
    assert risk is not None and "synchronised with the cloud" in str(risk)
    # beside it, or under a name that only starts the same, is not inside
    for folder in (r"C:\Users\Marie\Synchro-old\Tandem", r"C:\Users\Marie\AppData\Local\Tandem"):
        assert (
            risky_location(
                PureWindowsPath(folder), drive_type=lambda r: DRIVE_FIXED, environ=environ
            )
            is None
        )


def test_a_work_onedrive_is_recognised_by_its_name_alone() -> None:
    folder = PureWindowsPath(r"C:\Users\Marie\OneDrive - Chocolaterie Marie\Tandem")
    assert "cloud" in str(risky_location(folder, drive_type=_refuse, environ={}))


@on_windows
def test_the_system_drive_is_local_and_the_data_folder_is_the_installers() -> None:
    system = os.environ.get("SYSTEMDRIVE", "C:") + "\\"
    assert windows_drive_type(system) == DRIVE_FIXED
    assert risky_location(Path(system) / "Tandem") is None
    # the folder the installer tells the owner her data stays in (packaging/windows/tandem.iss)
    assert default_data_dir() == Path(os.environ["LOCALAPPDATA"]) / "Tandem"


@on_windows
def test_a_folder_under_onedrive_is_recognised_from_the_real_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OneDrive", str(tmp_path / "Synchro"))
    assert "cloud" in str(risky_location(tmp_path / "Synchro" / "Tandem"))


@on_windows
def test_a_real_mapped_drive_is_on_the_network() -> None:
    free = [
        letter for letter in reversed(string.ascii_uppercase) if not Path(f"{letter}:\\").exists()
    ]
    drive = f"{free[0]}:"
    share = rf"\\localhost\{os.environ.get('SYSTEMDRIVE', 'C:')[0]}$"
    mapped = subprocess.run(
        ["net", "use", drive, share], capture_output=True, text=True, errors="replace"
    )
    if mapped.returncode != 0:
        pytest.skip(f"this Windows cannot map {share}: {mapped.stderr.strip()}")
    try:
        assert windows_drive_type(drive + "\\") == DRIVE_REMOTE
        assert "network share" in str(risky_location(Path(drive + "\\") / "Tandem"))
    finally:
        subprocess.run(["net", "use", drive, "/delete", "/y"], capture_output=True)
