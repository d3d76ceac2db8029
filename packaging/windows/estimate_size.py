"""The Windows installer's size, estimated off Windows: the files of the Windows wheels that
tandem.spec's build keeps (packaging/bundle_parts.py), compressed as Inno Setup does (LZMA2
at its highest setting, one solid block), plus Python's own part taken from the Linux
bundle (Windows' python311.dll and modules are of the same order).

    python packaging/windows/estimate_size.py WHEELS_FOLDER [LINUX_BUNDLE]

WHEELS_FOLDER holds the win_amd64 wheels of PySide6-Essentials, shiboken6 and
psycopg-binary (``pip download --only-binary=:all: --platform win_amd64 --python-version
3.11 --no-deps ...``); LINUX_BUNDLE is dist/tandem by default. The real size comes from
build.ps1 on Windows; this is the figure to watch between two such builds."""

from __future__ import annotations

import lzma
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bundle_parts import wanted  # packaging/, put on the path above

#: The Qt modules Tandem imports (ui/), their libraries, and what the Windows wheel puts
#: beside them that every Qt program needs (the C++ runtime, the bindings' own library).
_QT = ("Core", "Gui", "Widgets", "Network", "PrintSupport", "Svg", "DBus")
_KEPT_PREFIXES = (
    *(f"PySide6/Qt6{name}.dll" for name in _QT),
    *(f"PySide6/Qt{name}.pyd" for name in _QT[:5]),
    "PySide6/pyside6.abi3.dll",
    "PySide6/msvcp140",
    "PySide6/vcruntime140",
    "PySide6/concrt140",
    "PySide6/plugins/",
    "PySide6/translations/qtbase_",
    "shiboken6/",
    "psycopg_binary",
)
#: Plugin folders the PyInstaller hooks do not collect for these modules.
_NOT_COLLECTED = ("sqldrivers", "designer", "qmltooling", "multimedia", "position", "sensors")


def _kept(name: str) -> bool:
    if not name.startswith(_KEPT_PREFIXES) or name.endswith((".pyi", ".lib", ".h")):
        return False
    if any(f"/plugins/{folder}/" in name for folder in _NOT_COLLECTED):
        return False
    return wanted(name)


def _python_part(bundle: Path) -> list[Path]:
    inside = bundle / "_internal"
    return [
        *inside.glob("libpython3*"),
        *(path for path in (inside / "python3.11").rglob("*") if path.is_file()),
        inside / "base_library.zip",
        bundle / "tandem",
        bundle / "tandem-console",
    ]


def main() -> None:
    wheels = Path(sys.argv[1])
    bundle = Path(sys.argv[2]) if len(sys.argv) > 2 else Path("dist/tandem")
    packer = lzma.LZMACompressor(
        format=lzma.FORMAT_XZ,
        filters=[{"id": lzma.FILTER_LZMA2, "preset": 9 | lzma.PRESET_EXTREME}],
    )
    raw = packed = 0
    for wheel in sorted(wheels.glob("*win_amd64.whl")):
        with zipfile.ZipFile(wheel) as archive:
            for entry in archive.infolist():
                if _kept(entry.filename):
                    data = archive.read(entry)
                    raw += len(data)
                    packed += len(packer.compress(data))
    python = [path for path in _python_part(bundle) if path.exists()]
    for path in python:
        data = path.read_bytes()
        raw += len(data)
        packed += len(packer.compress(data))
    packed += len(packer.flush())
    print(f"installed: {raw / 1e6:.0f} MB; installer, estimated: {packed / 1e6:.0f} MB")


if __name__ == "__main__":
    main()
