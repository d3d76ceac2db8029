"""The shop PC's Tandem: the Linux bundle built from this checkout passes its own
self-test, greets a new user in French under a French system, and holds every file the
Windows installer script takes from the same spec's build.

On Windows the build is packaging/windows/build.ps1, run by the workflow's installer job."""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "tandem"
ISS = ROOT / "packaging" / "windows" / "tandem.iss"
#: The bundle's targets, on disk and as the .tar.gz (was 325 MB and 130 MB with scipy,
#: numpy's BLAS, GTK, 97 Qt translations and Python's debugging symbols).
DISK_MB = 200
ARCHIVE_MB = 80

pytestmark = pytest.mark.skipif(
    sys.platform == "win32",
    reason="builds with packaging/build.sh (bash); Windows builds with build.ps1 in the workflow",
)


def _run(
    *arguments: str, env: dict[str, str] | None = None, timeout: int = 120
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(BUNDLE / "tandem"), *arguments],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
    )


def _environment(**extra: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("LC_", "LANG"))}
    env.update(QT_QPA_PLATFORM="offscreen", **extra)
    return env


@pytest.fixture(scope="module")
def bundle() -> Path:
    build = subprocess.run(
        ["bash", str(ROOT / "packaging" / "build.sh")],
        capture_output=True,
        text=True,
        timeout=1200,
        env={**os.environ, "TANDEM_BUILD_PYTHON": sys.executable},
    )
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    assert (BUNDLE / "tandem").exists()
    return BUNDLE


@pytest.mark.slow
def test_the_frozen_build_passes_its_self_test(bundle: Path, tmp_path: Path) -> None:
    result = _run("--self-test", "--data-dir", str(tmp_path), env=_environment())
    assert result.returncode == 0, result.stdout + result.stderr
    assert "all checks passed" in result.stdout
    assert f"resources: {bundle}" in result.stdout
    # the frozen build's own solver, checked against trying every set of pairs
    assert "the best pairs found for 1001 teams, checked by trying every set" in result.stdout
    archives = sorted((ROOT / "dist").glob("tandem-*-linux-*.tar.gz"))
    assert archives, "the .tar.gz was not made"
    size = _megabytes(bundle)
    archive = archives[-1].stat().st_size / 1e6
    assert size <= DISK_MB, f"the bundle takes {size:.0f} MB on disk"
    assert archive <= ARCHIVE_MB, f"{archives[-1].name} takes {archive:.0f} MB"
    timings = []
    for _ in range(3):
        started = time.perf_counter()
        ready = _run("--demo", "--quit-when-ready", "--data-dir", str(tmp_path), env=_environment())
        timings.append(time.perf_counter() - started)
        assert ready.returncode == 0 and "ready: Tandem - Chocolaterie Marie" in ready.stdout, (
            ready.stderr
        )
    print(
        f"\nfrozen bundle: {size:.0f} MB in {sum(1 for _ in bundle.rglob('*'))} files; "
        f"{archives[-1].name}: {archive:.0f} MB; "
        f"start to the demo's window, median of 3: {statistics.median(timings):.2f} s"
    )


def _megabytes(folder: Path) -> float:
    return (
        sum(
            path.stat().st_size
            for path in folder.rglob("*")
            if path.is_file() and not path.is_symlink()
        )
        / 1e6
    )


@pytest.mark.slow
def test_the_bundle_holds_nothing_tandem_never_uses(bundle: Path) -> None:
    """No numerical library (the team proposal has its own exact solver), no GTK (its theme
    plugin is left out, and the libraries that came for it), Qt's words in French and
    English only, no debugging symbols in Python's library."""
    inside = bundle / "_internal"
    names = {path.name for path in inside.iterdir()}
    assert not {name for name in names if name.startswith(("numpy", "scipy"))}
    assert not {
        name
        for name in names
        if name.startswith(("libgtk", "libgdk", "libcairo", "libpango", "libatk"))
    }
    qt_words = {path.name for path in inside.rglob("PySide6/Qt/translations/*.qm")}
    assert qt_words == {"qtbase_en.qm", "qtbase_fr.qm"}
    python = next(inside.glob("libpython3*.so*"))
    sections = subprocess.run(
        ["readelf", "--section-headers", "--wide", str(python)], capture_output=True, text=True
    )
    assert sections.returncode == 0 and ".debug_info" not in sections.stdout


@pytest.mark.slow
def test_a_new_user_is_greeted_in_french_under_a_french_system(
    bundle: Path, tmp_path: Path
) -> None:
    result = _run(
        "--quit-when-ready",
        "--data-dir",
        str(tmp_path / "empty"),
        env=_environment(LANG="fr_FR.UTF-8"),
    )
    assert result.returncode == 0, result.stderr
    assert "ready: Tandem - premier démarrage" in result.stdout
    english = _run(
        "--quit-when-ready",
        "--data-dir",
        str(tmp_path / "other"),
        env=_environment(LANG="en_GB.UTF-8"),
    )
    assert "ready: Tandem - first start" in english.stdout


@pytest.mark.slow
def test_every_file_the_windows_installer_takes_is_made_by_the_spec(bundle: Path) -> None:
    """tandem.iss takes dist\\tandem\\* and names tandem.exe, tandem-console.exe and
    _internal in it: the same spec's build makes them (without .exe off Windows)."""
    lines = ISS.read_text(encoding="utf-8-sig").splitlines()
    script = "\n".join(line for line in lines if not line.lstrip().startswith(";"))
    here = ISS.parent
    sources = re.findall(r'^Source: "([^"]+)"', script, re.M)
    assert sources
    for source in sources:
        path = here / source.replace("\\", "/")
        if path.name == "*":
            assert path.parent.resolve() == bundle.resolve()
            assert any(path.parent.iterdir())
        else:
            assert path.exists(), source
    named = set(re.findall(r"\{app\}\\([^\"';\s)]+)", script))
    # the folder an upgrade sets the installed parts aside in is the installer's own
    named.discard("_internal.previous")
    assert {"tandem.exe", "tandem-console.exe", "_internal"} <= named
    for name in named:
        built = bundle / (name.removesuffix(".exe") if sys.platform != "win32" else name)
        assert built.exists(), f"{name} is named by the installer but not made by the spec"
    icon = re.search(r"^SetupIconFile=(.+)$", script, re.M)
    assert icon and (here / icon.group(1).replace("\\", "/")).is_file()


@pytest.mark.slow
def test_the_frozen_floor_freezes_a_program_that_starts(bundle: Path, tmp_path: Path) -> None:
    """The benchmark's frozen yardstick (``--frozen-floor``) is made the way the bundle is
    (PyInstaller, installed by the build) and starts on its own."""
    from tests import benchmark
    from tests.frozen_floor import freeze

    program = freeze("bare", benchmark.BARE, tmp_path)
    assert ".py" not in program.name and program.parent.parent == tmp_path / "dist"
    started = subprocess.run(
        [str(program)], capture_output=True, text=True, timeout=120, env=_environment()
    )
    assert started.returncode == 0, started.stderr
    assert "ready: bare" in started.stdout
    assert not any((program.parent / "_internal").glob("psycopg*"))
