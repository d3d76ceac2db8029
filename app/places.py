"""Where the data folder sits, and whether that is risky: a folder synchronised with the
cloud can copy the file while Tandem writes it; a network share can drop mid-write.

On Windows a network share is a ``\\\\server\\share`` path or a drive letter mapped to one
(``GetDriveTypeW`` says it is remote); OneDrive is found through the folders its own
environment variables name, whatever the folder is called. On Linux the file system type
of the folder's mount (``/proc/mounts``) says it. Everywhere, a folder named like a
synchronisation service's counts as synchronised.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from pathlib import Path, PurePath, PureWindowsPath

from app.i18n import QT_TRANSLATE_NOOP, Message, message

#: Folder names of the services that synchronise a folder with the cloud.
CLOUD_FOLDERS = (
    "onedrive",
    "dropbox",
    "google drive",
    "googledrive",
    "my drive",
    "icloud",
    "icloud drive",
    "nextcloud",
    "pcloud",
)
#: The variables OneDrive sets to its folders (personal, work or school, and the current one).
ONEDRIVE_VARIABLES = ("OneDrive", "OneDriveConsumer", "OneDriveCommercial")
NETWORK_FILE_SYSTEMS = ("nfs", "nfs4", "cifs", "smbfs", "smb3", "fuse.sshfs", "9p", "afs")
#: What Windows' GetDriveTypeW answers for a drive on the network.
DRIVE_REMOTE = 4

#: The type of the drive whose root is given ("Z:\\"), as GetDriveTypeW answers it.
DriveType = Callable[[str], int]


def windows_drive_type(root: str) -> int:
    """Windows' own answer for the drive ``root`` (0 where Windows is not)."""
    import ctypes

    windll = getattr(ctypes, "windll", None)
    if windll is None:
        return 0
    return int(windll.kernel32.GetDriveTypeW(ctypes.c_wchar_p(root)))


def _mount_type(folder: PurePath, mounts: str) -> str | None:
    """The file system type of the mount that holds ``folder``, from /proc/mounts' text."""
    best, kind = "", None
    for line in mounts.splitlines():
        parts = line.split()
        if len(parts) >= 3:
            point = parts[1].replace("\\040", " ")
            if (str(folder) + "/").startswith(point.rstrip("/") + "/") and len(point) >= len(best):
                best, kind = point, parts[2]
    return kind


def _inside(folder: PureWindowsPath, root: str) -> bool:
    base = PureWindowsPath(root)
    return folder == base or base in folder.parents


def in_the_cloud(folder: PurePath, environ: Mapping[str, str] | None = None) -> bool:
    """``folder`` is synchronised with the cloud: it has a synchronisation service's name in
    its path, or (on Windows) it is inside a folder OneDrive's variables name."""
    if any(
        part.casefold() in CLOUD_FOLDERS or part.casefold().startswith("onedrive")
        for part in folder.parts
    ):
        return True
    if not isinstance(folder, PureWindowsPath):
        return False
    environ = os.environ if environ is None else environ
    roots = [environ[name] for name in ONEDRIVE_VARIABLES if environ.get(name, "").strip()]
    return any(_inside(folder, root) for root in roots)


def on_the_network(
    folder: PurePath, mounts: str | None = None, drive_type: DriveType | None = None
) -> bool:
    """``folder`` is on a network share: a UNC path or a mapped drive on Windows, a network
    file system's mount on Linux (``mounts`` is /proc/mounts' text, read when not given)."""
    if isinstance(folder, PureWindowsPath):
        if folder.drive.startswith("\\\\"):
            return True
        if not folder.drive:
            return False
        return (drive_type or windows_drive_type)(folder.drive + "\\") == DRIVE_REMOTE
    if str(folder).startswith("//"):
        return True
    if mounts is None:
        try:
            mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            mounts = ""
    return (_mount_type(folder, mounts) or "") in NETWORK_FILE_SYSTEMS


def risky_location(
    folder: PurePath,
    mounts: str | None = None,
    drive_type: DriveType | None = None,
    environ: Mapping[str, str] | None = None,
) -> Message | None:
    """Why keeping Tandem's file in ``folder`` is risky, or None. ``mounts``, ``drive_type``
    and ``environ`` are what the system says, read from it when not given."""
    if in_the_cloud(folder, environ):
        return message(
            "storage",
            QT_TRANSLATE_NOOP(
                "storage",
                "Tandem's data is in a folder synchronised with the cloud ({folder}). The synchronisation can copy "
                "the file while Tandem writes it and damage it. Keep Tandem's data in a local folder (the default), "
                "and use Save a copy… to put a copy in the cloud.",
            ),
            folder=str(folder),
        )
    if on_the_network(folder, mounts, drive_type):
        return message(
            "storage",
            QT_TRANSLATE_NOOP(
                "storage",
                "Tandem's data is on a network share ({folder}). If the network drops while Tandem writes, the file "
                "can be damaged. Keep Tandem's data on this PC or on a USB key.",
            ),
            folder=str(folder),
        )
    return None
