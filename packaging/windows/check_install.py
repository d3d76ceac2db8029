"""What the owner's PC will live through with Tandem's installer: a silent install for the
current user (never administrative), the installed program checking itself, an upgrade
refused while Tandem is open then done once it is closed, and an uninstall waited for to
its end - the owner's data byte for byte the same at every stage.

The checks are written once for any ``Machine``: Windows itself here (the workflow's
installer job, with the real frozen Tandem), and Wine on Linux in
``tests/test_windows_installer.py`` (with a stand-in program, on every CI run).

    build\\venv\\Scripts\\python packaging\\windows\\check_install.py dist\\Tandem-0.1.0-setup.exe

Run it from the checkout, with Tandem installed in the Python that runs it (build.ps1's
environment): it writes a real data file with Tandem's own code before installing. One
line per check; exit code 0 when every check passed.
"""

from __future__ import annotations

import hashlib
import locale
import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Protocol

ROOT = Path(__file__).resolve().parents[2]
ISS = ROOT / "packaging" / "windows" / "tandem.iss"
SILENT = ["/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART"]
#: What Inno Setup's log says of a per-user install (PrivilegesRequired=lowest).
NOT_ADMINISTRATIVE = "Administrative install mode: No"
#: The installer's own line once the installed Tandem checked itself ([Code] in tandem.iss).
SELF_TEST_PASSED = "Tandem's self-test ended with exit code 0"
#: The exit code of a silent install whose self-test failed (GetCustomSetupExitCode).
SELF_TEST_FAILED_CODE = 10
#: What Setup and Uninstall say (in English) when they find Tandem open (AppMutex).
STILL_RUNNING = "has detected that Tandem is currently running"


class Failed(Exception):
    """A check that did not pass."""


def check(condition: bool, what: str) -> None:
    if not condition:
        raise Failed(what)
    print(f"ok    {what}", flush=True)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def app_id() -> str:
    """The installer's AppId, as Windows lists it under the user's installed programs."""
    found = re.search(r"^AppId=\{(\{[0-9A-F-]+\})", ISS.read_text(encoding="utf-8-sig"), re.M)
    if found is None:
        raise Failed(f"no AppId in {ISS}")
    return found.group(1)


def app_mutex() -> str:
    """The mutex a running Tandem holds, by which Setup and Uninstall know it is open."""
    found = re.search(r"^AppMutex=(\S+)$", ISS.read_text(encoding="utf-8-sig"), re.M)
    if found is None:
        raise Failed(f"no AppMutex in {ISS}")
    return found.group(1)


def owners_data(folder: Path) -> Path:
    """The data file as after a first day's work, in ``folder`` (the installed Tandem's)."""
    from app.paths import data_file, ensure_data_dir
    from app.steps.needs import add_person
    from app.storage.database import close_database, open_database

    path = data_file(ensure_data_dir(folder))
    if not path.exists():
        open_database(path)
        add_person("Marie")
        close_database()
    return path


class Machine(Protocol):
    """Where the installer runs: the folders it writes to, as this Python reads them, and
    how a Windows program is run there."""

    local_appdata: Path
    appdata: Path

    def run(
        self, command: Sequence[str | Path], timeout: int = 900
    ) -> subprocess.CompletedProcess[str]:
        """A Windows program run to its end, its output and exit code kept."""
        ...

    def native(self, path: Path) -> str:
        """``path`` as a Windows program names it."""
        ...

    def uninstall_entry(self, key_name: str) -> dict[str, str] | None:
        """The user's (not the machine's) uninstall entry of that name, if any."""
        ...


class InstallerCheck:
    """The stages an installer goes through on one machine, each checked."""

    def __init__(self, machine: Machine, logs: Path) -> None:
        self.machine = machine
        self.logs = logs
        logs.mkdir(parents=True, exist_ok=True)
        self.program = machine.local_appdata / "Programs" / "Tandem"
        self.shortcut = machine.appdata / "Microsoft/Windows/Start Menu/Programs/Tandem.lnk"

    def _log(self, name: str) -> Path:
        log = self.logs / f"{name}.log"
        log.unlink(missing_ok=True)
        return log

    def setup(self, setup: Path, name: str) -> tuple[int, str]:
        """``setup`` run silently: its exit code, and its log."""
        log = self._log(name)
        done = self.machine.run([setup, *SILENT, f"/LOG={self.machine.native(log)}"])
        said = _read_log(log)
        check(
            "Runtime error" not in said, f"the installer's own code ran without an error ({name})"
        )
        return done.returncode, said

    def install(self, setup: Path, name: str, version: str) -> None:
        """Installed (or upgraded) silently for this user, listed with ``version``, checked."""
        code, log = self.setup(setup, name)
        check(code == 0, f"{setup.name} installed silently ({name}, exit code {code})")
        check(NOT_ADMINISTRATIVE in log, "installed for this user, not as an administrator")
        check(SELF_TEST_PASSED in log, "the installed Tandem checked itself, and passed")
        check((self.program / "tandem.exe").is_file(), f"tandem.exe is in {self.program}")
        check((self.program / "tandem-console.exe").is_file(), "tandem-console.exe beside it")
        check(self.shortcut.is_file(), "the Start menu has Tandem")
        entry = self.machine.uninstall_entry(app_id())
        check(
            entry is not None and entry.get("DisplayVersion") == version,
            f"Tandem {version} is listed in the user's installed programs",
        )

    def refused_while_running(self, setup: Path, running_version: str) -> None:
        """With Tandem open, the setup stops before touching a file, and says why."""
        code, log = self.setup(setup, "while-running")
        check(code != 0, f"the setup stops while Tandem is open (exit code {code})")
        check(STILL_RUNNING in log, "and asks the owner to close Tandem first")
        entry = self.machine.uninstall_entry(app_id())
        check(
            entry is not None and entry.get("DisplayVersion") == running_version,
            f"Tandem {running_version} stays installed as it was",
        )

    def _uninstaller(self, name: str) -> tuple[int, str]:
        """The uninstaller run silently: the exit code of its first part (which hands over
        to a copy of itself and returns at once), and its log once written to its end."""
        log = self._log(name)
        uninstaller = self.program / "unins000.exe"
        done = self.machine.run([uninstaller, *SILENT, f"/LOG={self.machine.native(log)}"])
        return done.returncode, _finished_log(log)

    def uninstall_refused_while_running(self) -> None:
        _code, said = self._uninstaller("uninstall-while-running")
        check(STILL_RUNNING in said, "the uninstaller, too, asks to close Tandem first")
        check((self.program / "tandem.exe").is_file(), "and leaves the program in place")

    def uninstall(self) -> None:
        """Uninstalled silently, waited for to the end of its log and of its folder."""
        code, said = self._uninstaller("uninstall")
        check(code == 0, f"the uninstaller started (exit code {code})")
        check("Removed all? Yes" in said, "the uninstaller removed every file it installed")
        deadline = time.monotonic() + 60
        while self.program.exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        check(not self.program.exists(), "the program's folder is gone")
        check(not self.shortcut.exists(), "the Start menu entry is gone")
        check(
            self.machine.uninstall_entry(app_id()) is None,
            "Tandem is no longer listed in the installed programs",
        )


def _read_log(log: Path) -> str:
    return log.read_text(encoding="utf-8-sig", errors="replace") if log.exists() else ""


def _finished_log(log: Path, seconds: float = 120) -> str:
    """The log of an Inno Setup program once it says it is closed."""
    deadline = time.monotonic() + seconds
    while "Log closed." not in _read_log(log) and time.monotonic() < deadline:
        time.sleep(0.2)
    said = _read_log(log)
    check("Log closed." in said, f"{log.name} was written to its end")
    return said


class Windows:
    """This Windows PC, for the workflow's installer job."""

    def __init__(self) -> None:
        self.local_appdata = Path(os.environ["LOCALAPPDATA"])
        self.appdata = Path(os.environ["APPDATA"])

    def run(
        self, command: Sequence[str | Path], timeout: int = 900
    ) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            [str(part) for part in command],
            capture_output=True,
            text=True,
            encoding=locale.getpreferredencoding(False),  # the console programs' code page
            errors="replace",
            timeout=timeout,
        )
        print(done.stdout + done.stderr, flush=True)
        return done

    def native(self, path: Path) -> str:
        return str(path)

    def uninstall_entry(self, key_name: str) -> dict[str, str] | None:
        import winreg

        path = rf"Software\Microsoft\Windows\CurrentVersion\Uninstall\{key_name}_is1"
        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, path) as key:  # type: ignore[attr-defined]
                count = winreg.QueryInfoKey(key)[1]  # type: ignore[attr-defined]
                values = (winreg.EnumValue(key, index) for index in range(count))  # type: ignore[attr-defined]
                return {name: str(value) for name, value, _kind in values}
        except FileNotFoundError:
            return None


def mutex_held(name: str) -> bool:
    """Some program on this PC holds the mutex ``name`` (a running Tandem holds its own)."""
    import ctypes

    kernel32 = ctypes.WinDLL("kernel32")  # type: ignore[attr-defined]
    synchronize = 0x00100000
    handle = kernel32.OpenMutexW(synchronize, False, name)
    if handle:
        kernel32.CloseHandle(handle)
    return bool(handle)


@contextmanager
def tandem_open(program: Path, folder: Path) -> Iterator[None]:
    """The installed Tandem open on a demo in ``folder`` (the owner's data left alone), for
    the time of the block; stopped after it."""
    process = subprocess.Popen([str(program / "tandem.exe"), "--data-dir", str(folder), "--demo"])
    try:
        deadline = time.monotonic() + 120
        while not mutex_held(app_mutex()) and time.monotonic() < deadline:
            check(process.poll() is None, "the installed Tandem stays open")
            time.sleep(0.5)
        check(mutex_held(app_mutex()), "the installed Tandem is open, and says so to installers")
        yield
    finally:
        process.terminate()
        process.wait(timeout=60)


def file_version(path: Path, field: str) -> str:
    """A string of ``path``'s version resource (English table), read by Windows itself."""
    import ctypes

    api = ctypes.windll.version  # type: ignore[attr-defined]
    size = api.GetFileVersionInfoSizeW(str(path), None)
    if not size:
        return ""
    block = ctypes.create_string_buffer(size)
    api.GetFileVersionInfoW(str(path), 0, size, block)
    value, length = ctypes.c_wchar_p(), ctypes.c_uint()
    query = rf"\StringFileInfo\040904B0\{field}"
    if not api.VerQueryValueW(block, query, ctypes.byref(value), ctypes.byref(length)):
        return ""
    return value.value or ""


def self_test(program: Path, **environment: str) -> None:
    """The installed Tandem's own self-test, run here, on the owner's data."""
    done = subprocess.run(
        [str(program / "tandem-console.exe"), "--self-test"],
        capture_output=True,
        text=True,
        encoding=locale.getpreferredencoding(False),
        errors="replace",
        timeout=900,
        env={**os.environ, **environment},
    )
    print(done.stdout + done.stderr, flush=True)
    platform = environment.get("QT_QPA_PLATFORM", "offscreen")
    check(
        done.returncode == 0, f"the installed self-test ({platform}, exit code {done.returncode})"
    )
    check("data file: tandem.sqlite is sound" in done.stdout, "it found the owner's data sound")


def main(setup: Path) -> int:
    from importlib.metadata import version

    expected = version("tandem")
    machine = Windows()
    data = owners_data(machine.local_appdata / "Tandem")
    before = digest(data)
    check_ = InstallerCheck(machine, ROOT / "build" / "install-logs")
    program = check_.program

    check_.install(setup, "install", expected)
    check(
        file_version(program / "tandem.exe", "ProductVersion") == expected,
        f"tandem.exe carries its version ({expected})",
    )
    check(
        file_version(program / "tandem.exe", "FileDescription").startswith("Tandem"),
        "tandem.exe carries its description",
    )
    self_test(program)
    # with Windows' own platform plugin, style and fonts, as the owner's start has them
    self_test(program, QT_QPA_PLATFORM="windows")
    check(digest(data) == before, "the owner's data is unchanged by the installation")

    # Tandem open: the upgrade and the uninstall wait for it to be closed
    with tandem_open(program, machine.local_appdata / "Temp" / "tandem-open-during-upgrade"):
        check_.refused_while_running(setup, expected)
        check_.uninstall_refused_while_running()
    check_.install(setup, "upgrade", expected)
    check(digest(data) == before, "the owner's data is unchanged by the upgrade")

    check_.uninstall()
    check(data.is_file() and digest(data) == before, f"the owner's data is still in {data.parent}")
    return 0


if __name__ == "__main__":
    sys.stdout.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]
    if sys.platform != "win32" or len(sys.argv) != 2:
        sys.exit("on Windows: check_install.py dist\\Tandem-x.y.z-setup.exe")
    try:
        sys.exit(main(Path(sys.argv[1]).resolve()))
    except Failed as failure:
        print(f"FAIL  {failure}", flush=True)
        sys.exit(1)
