"""A mark, while Tandem runs on Windows, that its installer and uninstaller look for: a named
mutex (``AppMutex`` in packaging/windows/tandem.iss). Finding it, they ask the owner to close
Tandem first, instead of stopping halfway on a file in use - where Windows' Restart Manager
cannot close Tandem for them (a window not answering; Wine, where it does nothing).

Windows frees the mutex when the process ends, however it ends."""

from __future__ import annotations

import sys

#: The mutex's name; the installer's script names the same (tests/test_packaging.py).
MUTEX = "TandemRunning"

_held: list[int] = []


def hold_running_mark() -> bool:
    """Hold the mark for the rest of this process; True when held (on Windows only)."""
    if sys.platform != "win32" or _held:
        return bool(_held)
    import ctypes

    kernel32 = ctypes.WinDLL("kernel32")  # type: ignore[attr-defined,unused-ignore]
    kernel32.CreateMutexW.restype = ctypes.c_void_p
    handle = kernel32.CreateMutexW(None, False, MUTEX)
    if handle:
        _held.append(handle)
    return bool(handle)
