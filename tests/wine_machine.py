"""Windows on this Linux machine, as far as Wine takes it: a Wine prefix reporting Windows 10,
Inno Setup's real compiler, and a stand-in for Tandem's two programs (built with MinGW from
``data/wine_standin.c``), so that ``packaging/windows/check_install.py`` checks the real
installer here.

Debian's ``wine`` (with ``wine32``: Inno Setup's compiler and setup are 32-bit programs) and
``gcc-mingw-w64-x86-64`` are what ``.ci/run`` installs for it; Inno Setup comes from the npm
registry's ``innosetup`` package, its archive checked against the integrity npm publishes."""

from __future__ import annotations

import base64
import getpass
import hashlib
import io
import os
import shutil
import subprocess
import tarfile
import urllib.request
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
INNO_VERSION = "6.4.1"
INNO_ARCHIVE = f"https://registry.npmjs.org/innosetup/-/innosetup-{INNO_VERSION}.tgz"
INNO_INTEGRITY = "sha512-Bh/dNlyyFsFKBGoTf19n1msPnm4Njfb0CWVirw2CV1MSJXYy0ajRI+xjo/Yr9DtZFLLafhnwm1ZsxTu309F8lQ=="
#: What running Windows programs here needs: Wine, and MinGW for the stand-in.
TOOLS = ("wine", "wineboot", "wineserver", "x86_64-w64-mingw32-gcc")


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def inno_setup(cache: Path) -> Path:
    """Inno Setup's compiler (ISCC.exe), fetched once into ``cache``."""
    folder = cache / f"innosetup-{INNO_VERSION}"
    compiler = folder / "bin" / "ISCC.exe"
    if compiler.is_file():
        return compiler
    with urllib.request.urlopen(INNO_ARCHIVE, timeout=120) as answer:
        archive = answer.read()
    algorithm, _, expected = INNO_INTEGRITY.partition("-")
    found = base64.b64encode(hashlib.new(algorithm, archive).digest()).decode()
    if found != expected:
        raise RuntimeError(f"{INNO_ARCHIVE} is not the archive npm published ({found})")
    unpacked = cache / f"innosetup-{INNO_VERSION}.partial"
    shutil.rmtree(unpacked, ignore_errors=True)
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(unpacked, filter="data")
    shutil.rmtree(folder, ignore_errors=True)
    (unpacked / "package").rename(folder)
    shutil.rmtree(unpacked)
    return compiler


def standin(folder: Path) -> Path:
    """The stand-in program, built for 64-bit Windows."""
    program = folder / "standin.exe"
    subprocess.run(
        [
            "x86_64-w64-mingw32-gcc",
            "-O2",
            "-s",
            "-Wall",
            "-Werror",
            "-o",
            str(program),
            str(HERE / "data" / "wine_standin.c"),
        ],
        check=True,
        capture_output=True,
    )
    return program


class Wine:
    """A Wine prefix of its own, set up as a shop PC: Windows 10 (the installer refuses
    older), no screen needed (Wine's null display driver), English messages."""

    def __init__(self, prefix: Path, **environment: str) -> None:
        self.prefix = prefix
        self.environment = {
            **os.environ,
            "WINEPREFIX": str(prefix),
            "WINEDEBUG": "-all",
            # no Mono or Gecko to install: nothing here uses .NET or HTML
            "WINEDLLOVERRIDES": "mscoree,mshtml=",
            "LC_ALL": "C.UTF-8",
            **environment,
        }
        user = prefix / "drive_c" / "users" / getpass.getuser()
        self.local_appdata = user / "AppData" / "Local"
        self.appdata = user / "AppData" / "Roaming"

    def prepare(self) -> None:
        self._wine("wineboot", "--init")
        self._wine("wine", "winecfg", "/v", "win10")
        self._wine(
            "wine",
            "reg",
            "add",
            r"HKCU\Software\Wine\Drivers",
            "/v",
            "Graphics",
            "/d",
            "null",
            "/f",
        )

    def _wine(self, *command: str) -> None:
        subprocess.run(command, env=self.environment, check=True, capture_output=True, timeout=300)

    def run(
        self, command: Sequence[str | Path], timeout: int = 900, **environment: str
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["wine", *(str(part) for part in command)],
            capture_output=True,
            text=True,
            errors="replace",
            timeout=timeout,
            env={**self.environment, **environment},
        )

    def start(self, command: Sequence[str | Path], **environment: str) -> subprocess.Popen[bytes]:
        return subprocess.Popen(
            ["wine", *(str(part) for part in command)],
            env={**self.environment, **environment},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def native(self, path: Path) -> str:
        """``path`` as a Windows program sees it: on drive Z:, Wine's view of the whole disk."""
        return "Z:" + str(path.resolve()).replace("/", "\\")

    def uninstall_entry(self, key_name: str) -> dict[str, str] | None:
        key = rf"HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\{key_name}_is1"
        done = self.run(["reg", "query", key], timeout=120)
        if done.returncode != 0:
            return None
        entry = {}
        for line in done.stdout.splitlines():
            parts = line.strip().split(None, 2)
            if len(parts) == 3 and parts[1].startswith("REG_"):
                entry[parts[0]] = parts[2]
        return entry

    def stop(self) -> None:
        subprocess.run(["wineserver", "--kill"], env=self.environment, check=False, timeout=60)
