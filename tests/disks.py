"""Real faulty disks for the fault tests: a small disk that fills up, a folder that is
read-only, a USB key that is pulled out. Each is made for real (a tmpfs mount, a read-only
bind mount, a FUSE file system that stops answering), never by patching Tandem's code.

Mounting needs root, as on CI; elsewhere the tests that need it are skipped with a reason.
"""

from __future__ import annotations

import contextlib
import errno
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _mount(*arguments: str) -> None:
    if os.name != "posix" or os.geteuid() != 0:
        pytest.skip("a real faulty disk needs root to mount it (CI runs as root)")
    done = subprocess.run(["mount", *arguments], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"this machine cannot mount a test disk: {done.stderr.strip()}")


def _unmount(folder: Path) -> None:
    for _ in range(50):
        if subprocess.run(["umount", str(folder)], capture_output=True).returncode == 0:
            return
        time.sleep(0.1)  # a file still open by a closing connection
    subprocess.run(["umount", "-l", str(folder)], capture_output=True)


@contextlib.contextmanager
def small_disk(folder: Path, size_kb: int = 4096) -> Iterator[Path]:
    """A disk of ``size_kb`` mounted at ``folder`` (created), unmounted afterwards."""
    folder.mkdir(parents=True, exist_ok=True)
    _mount("-t", "tmpfs", "-o", f"size={size_kb}k,mode=0700", "tandem-test", str(folder))
    try:
        yield folder
    finally:
        _unmount(folder)


def fill(folder: Path) -> Path:
    """Fill the disk holding ``folder`` to the last byte; returns the filler file."""
    filler = folder / "filler.bin"
    handle = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        for chunk in (1 << 20, 1 << 16, 1 << 12, 1 << 9, 1):
            while True:
                try:
                    os.write(handle, b"\0" * chunk)
                except OSError as error:
                    if error.errno != errno.ENOSPC:
                        raise
                    break
    finally:
        os.close(handle)
    return filler


def room_left(folder: Path) -> int:
    stats = os.statvfs(folder)
    return stats.f_bavail * stats.f_frsize


@contextlib.contextmanager
def read_only(folder: Path) -> Iterator[Path]:
    """``folder`` made read-only for everybody, root included (a read-only bind mount)."""
    folder.mkdir(parents=True, exist_ok=True)
    _mount("--bind", str(folder), str(folder))
    try:
        done = subprocess.run(
            ["mount", "-o", "remount,bind,ro", str(folder)], capture_output=True, text=True
        )
        if done.returncode != 0:
            pytest.skip(f"this machine cannot make a folder read-only: {done.stderr.strip()}")
        yield folder
    finally:
        _unmount(folder)


class UsbKey:
    """A folder served as a removable disk (FUSE): ``pull()`` makes every access to it fail
    as a removed key does, and even the files opened before stay dead after ``plug_in()``,
    as on a real PC. What was written before the pull is kept in ``backing``."""

    def __init__(self, base: Path) -> None:
        self.backing = base / "key-content"
        self.mount_point = base / "key"
        self._pulled = base / "key-pulled"
        self._log = base / "key.log"
        self._process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> UsbKey:
        if os.name != "posix" or os.geteuid() != 0 or not Path("/dev/fuse").exists():
            pytest.skip("a test USB key needs root and FUSE (CI has both)")
        try:
            import mfusepy  # noqa: F401
        except (ImportError, OSError) as error:
            pytest.skip(f"no FUSE library here: {error}")
        self.backing.mkdir(parents=True, exist_ok=True)
        self.mount_point.mkdir(parents=True, exist_ok=True)
        self._process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.usb_key",
                str(self.backing),
                str(self.mount_point),
                str(self._pulled),
            ],
            cwd=ROOT,
            stderr=self._log.open("wb"),  # a file: a pipe nobody reads would fill and block it
        )
        for _ in range(100):
            if os.path.ismount(self.mount_point):
                return self
            if self._process.poll() is not None:
                error = self._log.read_text(errors="replace")
                pytest.skip(f"the test USB key could not be mounted: {error.strip()[-300:]}")
            time.sleep(0.05)
        self.__exit__()
        pytest.skip("the test USB key was not mounted within 5 seconds")

    def pull(self) -> None:
        self._pulled.touch()
        # what the PC kept in memory of the key is gone too, as after a while on a real PC
        with contextlib.suppress(OSError):
            Path("/proc/sys/vm/drop_caches").write_text("3\n")

    def plug_in(self) -> None:
        self._pulled.unlink(missing_ok=True)

    def __exit__(self, *_: object) -> None:
        self.plug_in()
        _unmount(self.mount_point)
        if self._process is not None:
            self._process.terminate()
            with contextlib.suppress(subprocess.TimeoutExpired):
                self._process.wait(5)
            if self._process.poll() is None:
                self._process.kill()
