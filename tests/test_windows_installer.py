"""Tandem's real Windows installer, compiled and lived through under Wine on every CI run:
installed silently for the user, checked, refused while Tandem is open, upgraded once it is
closed, told when the installed Tandem fails its own check, and uninstalled to the end - the
owner's data byte for byte the same throughout (packaging/windows/check_install.py, the
same checks as the workflow's Windows job).

The installer's script is the checkout's own, unmodified; what it installs is a stand-in
for Tandem's programs (tests/data/wine_standin.c), as no Windows build of Tandem can be made
here: the frozen Tandem itself is built and installed on Windows by the workflow."""

from __future__ import annotations

import os
import shutil
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.running_mark import MUTEX
from tests import wine_machine as wine

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "packaging" / "windows"))
import check_install
from check_install import InstallerCheck, check, digest, owners_data

ROOT = Path(__file__).resolve().parent.parent

pytestmark = [
    pytest.mark.slow,
    pytest.mark.undated,
    pytest.mark.skipif(sys.platform == "win32", reason="Windows runs check_install.py itself"),
]


@pytest.fixture(scope="module")
def tools(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[wine.Wine, Path, Path]]:
    """A prepared Wine prefix, Inno Setup's compiler and the stand-in program."""
    missing = wine.missing_tools()
    if missing:
        message = f"Wine and MinGW are needed (.ci/run installs them); missing: {missing}"
        if os.environ.get("TANDEM_REQUIRE_WINE"):
            pytest.fail(message)
        pytest.skip(message)
    work = tmp_path_factory.mktemp("wine")
    machine = wine.Wine(work / "prefix")
    machine.prepare()
    compiler = wine.inno_setup(Path.home() / ".cache" / "tandem")
    program = wine.standin(work)
    yield machine, compiler, program
    machine.stop()


def _installer(tools: tuple[wine.Wine, Path, Path], tree: Path, version: str) -> Path:
    """The checkout's tandem.iss compiled by Inno Setup, in a copy of the checkout's layout
    whose dist/tandem holds the stand-in under both of Tandem's names."""
    machine, compiler, program = tools
    script = tree / "packaging" / "windows" / "tandem.iss"
    if not script.exists():
        script.parent.mkdir(parents=True)
        shutil.copy(check_install.ISS, script)
        (tree / "resources" / "icons").mkdir(parents=True)
        shutil.copy(ROOT / "resources" / "icons" / "tandem.ico", tree / "resources" / "icons")
        bundle = tree / "dist" / "tandem"
        (bundle / "_internal").mkdir(parents=True)
        (bundle / "_internal" / "base_library.zip").write_bytes(b"stand-in")
        for name in ("tandem.exe", "tandem-console.exe"):
            shutil.copy(program, bundle / name)
    # the parts of this version, as a build's _internal holds them
    (tree / "dist" / "tandem" / "_internal" / "version.txt").write_text(version, encoding="utf-8")
    compiled = machine.run([compiler, f"/DAppVersion={version}", machine.native(script)])
    assert compiled.returncode == 0, compiled.stdout[-3000:] + compiled.stderr[-2000:]
    assert "Warning" not in compiled.stdout, compiled.stdout
    setup = tree / "dist" / f"Tandem-{version}-setup.exe"
    assert setup.is_file()
    return setup


def _record(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines() if path.exists() else []


def test_the_installer_lives_through_install_upgrade_and_uninstall_keeping_the_data(
    tools: tuple[wine.Wine, Path, Path], tmp_path: Path
) -> None:
    record = tmp_path / "starts.txt"
    stop = tmp_path / "close-tandem"
    machine = wine.Wine(tools[0].prefix, TANDEM_STANDIN_RECORD=tools[0].native(record))
    first = _installer(tools, tmp_path / "tree", "0.1.0")
    second = _installer(tools, tmp_path / "tree", "0.1.1")
    data = owners_data(machine.local_appdata / "Tandem")
    before = digest(data)
    installer = InstallerCheck(machine, tmp_path / "logs")

    installer.install(first, "install", "0.1.0")
    check(
        [line.rpartition("\\")[2] for line in _record(record)]
        == ["tandem-console.exe --self-test"],
        "the installer ran the installed program's self-test, once",
    )
    check(digest(data) == before, "the owner's data is unchanged by the installation")

    # Tandem open, holding the mark the real one holds (app/running_mark.py)
    opened = machine.start(
        [installer.program / "tandem.exe", "--wait-for", machine.native(stop)],
        TANDEM_STANDIN_MUTEX=MUTEX,
    )
    try:
        deadline = time.monotonic() + 60
        while len(_record(record)) < 2 and time.monotonic() < deadline:
            time.sleep(0.1)
        check("--wait-for" in _record(record)[-1], "Tandem is open")
        installer.refused_while_running(second, "0.1.0")
        installer.uninstall_refused_while_running()
    finally:
        stop.touch()
        opened.wait(timeout=60)

    installer.install(second, "upgrade", "0.1.1")
    check(digest(data) == before, "the owner's data is unchanged by the upgrade")
    installer.uninstall()
    check(data.is_file() and digest(data) == before, "the owner's data is still there, the same")


def test_a_failed_self_test_fails_the_silent_install_and_is_logged(
    tools: tuple[wine.Wine, Path, Path], tmp_path: Path
) -> None:
    setup = _installer(tools, tmp_path / "tree", "0.1.0")
    machine = wine.Wine(tools[0].prefix, TANDEM_STANDIN_EXIT="3")
    installer = InstallerCheck(machine, tmp_path / "logs")
    code, log = installer.setup(setup, "failing-self-test")
    assert code == check_install.SELF_TEST_FAILED_CODE
    assert "Tandem's self-test ended with exit code 3" in log
    assert (installer.program / "tandem.exe").is_file()  # installed: the owner can open it
    InstallerCheck(wine.Wine(tools[0].prefix), tmp_path / "logs").uninstall()


def _parts_version(installer: InstallerCheck) -> str:
    return (installer.program / "_internal" / "version.txt").read_text(encoding="utf-8")


def test_an_upgrade_stopped_halfway_puts_the_installed_version_back(
    tools: tuple[wine.Wine, Path, Path], tmp_path: Path
) -> None:
    """A Tandem still starting holds its files before it holds its mark: the upgrade meets
    a file in use and stops. The installed version's parts were set aside, not deleted
    (the old script deleted them first, and a stopped upgrade left a Tandem that could not
    start, listed as installed): they are put back, and Tandem starts as before."""
    record, stop = tmp_path / "starts.txt", tmp_path / "close-tandem"
    machine = wine.Wine(tools[0].prefix, TANDEM_STANDIN_RECORD=tools[0].native(record))
    first = _installer(tools, tmp_path / "tree", "0.1.0")
    second = _installer(tools, tmp_path / "tree", "0.1.1")
    installer = InstallerCheck(machine, tmp_path / "logs")
    installer.install(first, "install", "0.1.0")
    starting = machine.start([installer.program / "tandem.exe", "--wait-for", machine.native(stop)])
    try:
        deadline = time.monotonic() + 60
        while len(_record(record)) < 2 and time.monotonic() < deadline:
            time.sleep(0.1)
        code, log = installer.setup(second, "file-in-use")
    finally:
        stop.touch()
        starting.wait(timeout=60)
    assert code != 0
    assert "the installed parts were put back" in log
    assert _parts_version(installer) == "0.1.0"
    assert not (installer.program / "_internal.previous").exists()
    assert machine.uninstall_entry(check_install.app_id())["DisplayVersion"] == "0.1.0"  # type: ignore[index]
    installer.install(second, "upgrade", "0.1.1")
    assert _parts_version(installer) == "0.1.1"
    assert not (installer.program / "_internal.previous").exists()
    installer.uninstall()


def test_an_older_setup_over_a_newer_tandem_asks_and_a_silent_one_refuses(
    tools: tuple[wine.Wine, Path, Path], tmp_path: Path
) -> None:
    machine = wine.Wine(tools[0].prefix)
    older = _installer(tools, tmp_path / "tree", "0.1.0")
    newer = _installer(tools, tmp_path / "tree", "0.2.0")
    installer = InstallerCheck(machine, tmp_path / "logs")
    installer.install(newer, "install", "0.2.0")
    code, log = installer.setup(older, "downgrade")
    assert code != 0
    assert "Tandem 0.2.0 is installed, newer than this setup's 0.1.0" in log
    assert _parts_version(installer) == "0.2.0"
    assert machine.uninstall_entry(check_install.app_id())["DisplayVersion"] == "0.2.0"  # type: ignore[index]
    installer.uninstall()
