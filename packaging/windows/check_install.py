"""What the owner's PC will live through, checked on a Windows machine (the CI's Windows job):
install Tandem's setup silently for the current user, start the installed Tandem's
self-test, install it again over itself as an upgrade does, then uninstall it - and at
each stage, the owner's data is still there, byte for byte.

    build\\venv\\Scripts\\python packaging\\windows\\check_install.py dist\\Tandem-0.1.0-setup.exe

Run it from the checkout, with Tandem installed in the Python that runs it (build.ps1's
environment): it writes a real data file with Tandem's own code before installing. One
line per check; exit code 0 when every check passed.
"""

from __future__ import annotations

import ctypes
import hashlib
import locale
import os
import re
import subprocess
import sys
import time
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ISS = ROOT / "packaging" / "windows" / "tandem.iss"
SILENT = ["/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART"]


class Failed(Exception):
    """A check that did not pass."""


def check(condition: bool, what: str) -> None:
    if not condition:
        raise Failed(what)
    print(f"ok    {what}", flush=True)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def owners_data() -> Path:
    """The data file as after a first day's work, in the folder the installed Tandem uses."""
    from app.paths import data_file, default_data_dir, ensure_data_dir
    from app.steps.needs import add_person
    from app.storage.database import close_database, open_database

    path = data_file(ensure_data_dir(default_data_dir()))
    if not path.exists():
        open_database(path)
        add_person("Marie")
        close_database()
    return path


def app_id() -> str:
    """The installer's AppId, as Windows lists it under the user's installed programs."""
    found = re.search(r"^AppId=\{(\{[0-9A-F-]+\})", ISS.read_text(encoding="utf-8-sig"), re.M)
    if found is None:
        raise Failed(f"no AppId in {ISS}")
    return found.group(1)


def registered(key_name: str) -> dict[str, str] | None:
    """The user's (not the machine's) uninstall entry for Tandem, if any."""
    import winreg

    path = rf"Software\Microsoft\Windows\CurrentVersion\Uninstall\{key_name}_is1"
    try:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, path) as key:
            values = (winreg.EnumValue(key, index) for index in range(winreg.QueryInfoKey(key)[1]))
            return {name: str(value) for name, value, _kind in values}
    except FileNotFoundError:
        return None


def file_version(path: Path, field: str) -> str:
    """A string of ``path``'s version resource (English table), read by Windows itself."""
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


def run(command: list[str | Path], what: str) -> str:
    done = subprocess.run(
        [str(part) for part in command],
        capture_output=True,
        text=True,
        encoding=locale.getpreferredencoding(False),  # the console programs' code page
        errors="replace",
        timeout=900,
    )
    print(done.stdout + done.stderr, flush=True)
    check(done.returncode == 0, f"{what} (exit code {done.returncode})")
    return done.stdout


def install(setup: Path, log: Path) -> None:
    run([setup, *SILENT, f"/LOG={log}"], f"{setup.name} installed silently")


def self_test(program: Path) -> None:
    said = run([program / "tandem-console.exe", "--self-test"], "the installed self-test")
    check("data file: tandem.sqlite is sound" in said, "the self-test found the owner's data sound")


def main(setup: Path) -> int:
    expected = version("tandem")
    data = owners_data()
    before = digest(data)
    program = Path(os.environ["LOCALAPPDATA"]) / "Programs" / "Tandem"
    shortcut = Path(os.environ["APPDATA"]) / "Microsoft/Windows/Start Menu/Programs/Tandem.lnk"
    logs = ROOT / "build" / "install-logs"
    logs.mkdir(parents=True, exist_ok=True)

    install(setup, logs / "install.log")
    check((program / "tandem.exe").is_file(), f"tandem.exe is in {program} (no administrator)")
    check(shortcut.is_file(), "the Start menu has Tandem")
    entry = registered(app_id())
    check(
        entry is not None and entry.get("DisplayVersion") == expected,
        f"Tandem {expected} is listed in the user's installed programs",
    )
    check(
        file_version(program / "tandem.exe", "ProductVersion") == expected,
        f"tandem.exe carries its version ({expected})",
    )
    check(
        file_version(program / "tandem.exe", "FileDescription").startswith("Tandem"),
        "tandem.exe carries its description",
    )
    self_test(program)
    check(digest(data) == before, "the owner's data is unchanged by the installation")

    install(setup, logs / "upgrade.log")
    self_test(program)
    check(digest(data) == before, "the owner's data is unchanged by the upgrade")

    run([program / "unins000.exe", *SILENT, f"/LOG={logs / 'uninstall.log'}"], "uninstalled")
    deadline = time.monotonic() + 120  # the uninstaller finishes from a copy of itself
    while (program / "tandem.exe").exists() and time.monotonic() < deadline:
        time.sleep(1)
    check(not (program / "tandem.exe").exists(), "the program is gone")
    check(not shortcut.exists(), "the Start menu entry is gone")
    check(registered(app_id()) is None, "Tandem is no longer listed in the installed programs")
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
