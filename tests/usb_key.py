"""A USB key for the fault tests: a FUSE file system that serves a folder until a flag file
appears (the key is pulled out), then fails every access with an I/O error. Files opened
before the pull stay dead once the key is back, as on a real PC; files opened afterwards
work again.

    python -m tests.usb_key BACKING_FOLDER MOUNT_POINT PULLED_FLAG
"""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path
from typing import Any

import mfusepy as fuse

STAT_FIELDS = (
    "st_atime",
    "st_ctime",
    "st_mtime",
    "st_gid",
    "st_uid",
    "st_mode",
    "st_nlink",
    "st_size",
    "st_ino",
)
STATVFS_FIELDS = (
    "f_bavail",
    "f_bfree",
    "f_blocks",
    "f_bsize",
    "f_favail",
    "f_ffree",
    "f_files",
    "f_flag",
    "f_frsize",
    "f_namemax",
)


class Key(fuse.Operations):
    use_ns = True

    def __init__(self, backing: str, pulled: str) -> None:
        self.backing = backing
        self.pulled = Path(pulled)
        self.open_handles: set[int] = set()
        self.dead_handles: set[int] = set()

    def _path(self, path: str) -> str:
        return os.path.join(self.backing, path.lstrip("/"))

    def _reachable(self, handle: int | None = None) -> None:
        if self.pulled.exists():
            self.dead_handles |= self.open_handles
            self.open_handles.clear()
            raise fuse.FuseOSError(errno.EIO)
        if handle is not None and handle in self.dead_handles:
            raise fuse.FuseOSError(errno.EIO)

    def getattr(self, path: str, fh: int | None = None) -> dict[str, Any]:
        self._reachable()
        found = os.lstat(self._path(path))
        values = {name: getattr(found, name) for name in STAT_FIELDS}
        for name in ("st_atime", "st_ctime", "st_mtime"):
            values[name] = getattr(found, name + "_ns")
        return values

    def readdir(self, path: str, fh: int) -> list[str]:
        self._reachable()
        return [".", "..", *os.listdir(self._path(path))]

    def access(self, path: str, amode: int) -> int:
        self._reachable()
        if not os.access(self._path(path), amode):
            raise fuse.FuseOSError(errno.EACCES)
        return 0

    def statfs(self, path: str) -> dict[str, Any]:
        self._reachable()
        found = os.statvfs(self._path(path))
        return {name: getattr(found, name) for name in STATVFS_FIELDS}

    def mkdir(self, path: str, mode: int) -> int:
        self._reachable()
        os.mkdir(self._path(path), mode)
        return 0

    def rmdir(self, path: str) -> int:
        self._reachable()
        os.rmdir(self._path(path))
        return 0

    def unlink(self, path: str) -> int:
        self._reachable()
        os.unlink(self._path(path))
        return 0

    def rename(self, old: str, new: str) -> int:
        self._reachable()
        os.rename(self._path(old), self._path(new))
        return 0

    def chmod(self, path: str, mode: int) -> int:
        self._reachable()
        os.chmod(self._path(path), mode)
        return 0

    def chown(self, path: str, uid: int, gid: int) -> int:
        self._reachable()
        os.chown(self._path(path), uid, gid)
        return 0

    def utimens(self, path: str, times: tuple[int, int] | None = None) -> int:
        self._reachable()
        os.utime(self._path(path), ns=times) if times else os.utime(self._path(path))
        return 0

    def open(self, path: str, flags: int) -> int:
        self._reachable()
        handle = os.open(self._path(path), flags)
        self.open_handles.add(handle)
        return handle

    def create(self, path: str, mode: int, fi: Any = None) -> int:
        self._reachable()
        handle = os.open(self._path(path), os.O_RDWR | os.O_CREAT | os.O_TRUNC, mode)
        self.open_handles.add(handle)
        return handle

    def read(self, path: str, size: int, offset: int, fh: int) -> bytes:
        self._reachable(fh)
        return os.pread(fh, size, offset)

    def write(self, path: str, data: bytes, offset: int, fh: int) -> int:
        self._reachable(fh)
        return os.pwrite(fh, data, offset)

    def truncate(self, path: str, length: int, fh: int | None = None) -> int:
        self._reachable(fh)
        if fh is None:
            os.truncate(self._path(path), length)
        else:
            os.ftruncate(fh, length)
        return 0

    def flush(self, path: str, fh: int) -> int:
        self._reachable(fh)
        return 0

    def fsync(self, path: str, datasync: int, fh: int) -> int:
        self._reachable(fh)
        os.fsync(fh)
        return 0

    def release(self, path: str, fh: int) -> int:
        self.open_handles.discard(fh)
        self.dead_handles.discard(fh)
        os.close(fh)
        return 0


def main() -> None:
    backing, mount_point, pulled = sys.argv[1:4]
    fuse.FUSE(
        Key(os.path.abspath(backing), os.path.abspath(pulled)),
        mount_point,
        foreground=True,
        nothreads=True,
    )


if __name__ == "__main__":
    main()
