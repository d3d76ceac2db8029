"""What reaches the shop PC, checked where it is built: the hosted workflow that builds and
tries the Windows installer (linted, since it runs only on GitHub), the installer script's
promises, the multi-size icon and the executables' version information.

What only Windows can check (the installer compiled and run, the suite on Windows) is the
workflow's Windows jobs: .github/workflows/build.yml.
"""

from __future__ import annotations

import ast
import re
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImageReader

ROOT = Path(__file__).resolve().parent.parent
WORKFLOW = ROOT / ".github" / "workflows" / "build.yml"
ISS = ROOT / "packaging" / "windows" / "tandem.iss"
ICO = ROOT / "resources" / "icons" / "tandem.ico"
sys.path.insert(0, str(ROOT / "packaging" / "windows"))
sys.path.insert(0, str(ROOT / "packaging"))

from bundle_parts import wanted  # noqa: E402 - packaging, put on the path above
from version_info import version_file  # noqa: E402


def _tool(name: str) -> str:
    """A linter installed with the test extras, beside this Python."""
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    assert found, f"{name} is installed with the test extras: pip install -e '.[test]'"
    return found


def _lint(*command: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        list(command), cwd=cwd, capture_output=True, text=True, encoding="utf-8", timeout=120
    )


def test_the_workflow_passes_actionlint() -> None:
    done = _lint(_tool("actionlint"), "-no-color", str(WORKFLOW.relative_to(ROOT)))
    assert done.returncode == 0, done.stdout + done.stderr


def test_actionlint_finds_what_is_wrong_in_a_workflow(tmp_path: Path) -> None:
    """The lint above is live: a mistyped matrix value and an unquoted shell variable (the
    latter when shellcheck is installed, as on CI) are reported in a copy of the workflow."""
    broken = tmp_path / ".github" / "workflows" / "build.yml"
    broken.parent.mkdir(parents=True)
    text = WORKFLOW.read_text(encoding="utf-8")
    text = text.replace("${{ matrix.python }}", "${{ matrix.pyhton }}", 1)
    broken.write_text(text.replace('ls dist/tandem-"${TAG#v}"', "ls dist/tandem-${TAG#v}"), "utf-8")
    done = _lint(_tool("actionlint"), "-no-color", ".github/workflows/build.yml", cwd=tmp_path)
    assert done.returncode != 0
    assert 'property "pyhton" is not defined' in done.stdout
    if shutil.which("shellcheck"):
        assert "SC2086" in done.stdout, done.stdout


def test_the_workflow_passes_zizmor_security_audit() -> None:
    """Actions pinned to a commit, no credentials left in the checkout, write permission only
    for the release job, no template injection in the scripts."""
    done = _lint(_tool("zizmor"), "--offline", "--no-progress", str(WORKFLOW.relative_to(ROOT)))
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_shell_scripts_pass_shellcheck() -> None:
    if shutil.which("shellcheck") is None:
        pytest.skip("shellcheck is not installed (CI installs it: see .ci/run)")
    done = _lint("shellcheck", ".ci/run", ".ci/clock-sweep", "packaging/build.sh")
    assert done.returncode == 0, done.stdout


def _job(name: str) -> str:
    """The text of one job of the workflow, up to the next job."""
    text = WORKFLOW.read_text(encoding="utf-8")
    found = re.search(rf"^  {name}:\n(.*?)(?=^  \S|\Z)", text, re.M | re.S)
    assert found, f"no job {name} in {WORKFLOW.name}"
    return found.group(1)


def test_the_workflow_builds_tests_and_tries_tandem_as_this_project_does() -> None:
    tests = _job("windows-tests")
    assert "runs-on: windows-latest" in tests
    assert 'python: ["3.11", "3.12"]' in tests
    assert 'pip install -e ".[test]"' in tests and "python -m pytest" in tests
    installer = _job("windows-installer")
    assert "choco install innosetup" in installer
    assert r"packaging\windows\build.ps1" in installer
    assert r"packaging\windows\check_install.py" in installer
    assert "TANDEM_SIGNING_CERTIFICATE: ${{ secrets." in installer
    # the Linux jobs are what this project's CI and build script run, not copies of them
    assert "HOME=/root .ci/run" in _job("linux-tests")
    bundle = _job("linux-bundle")
    assert "run: packaging/build.sh" in bundle and "--self-test" in bundle
    assert "runs-on: ubuntu-22.04" in bundle  # the C library of the oldest system meant for
    release = _job("release")
    assert "startsWith(github.ref, 'refs/tags/v')" in release
    assert "windows-installer" in release and "linux-bundle" in release


def _iss_lines(section: str) -> list[str]:
    text = ISS.read_text(encoding="utf-8-sig")
    found = re.search(rf"^\[{section}\]\n(.*?)(?=^\[|\Z)", text, re.M | re.S)
    assert found, f"no [{section}] in {ISS.name}"
    # comments and the preprocessor's lines (#ifdef Signed) left out
    return [
        line for line in found.group(1).splitlines() if line and not line.startswith((";", "#"))
    ]


def test_the_installer_asks_no_administrator_and_runs_where_qt_runs() -> None:
    setup = dict(line.split("=", 1) for line in _iss_lines("Setup"))
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["DefaultDirName"] == r"{localappdata}\Programs\Tandem"
    assert setup["MinVersion"] == "10.0.17763"  # Windows 10 1809, Qt 6.9's least
    assert setup["ArchitecturesAllowed"] == "x64compatible"
    assert {"VersionInfoVersion", "VersionInfoProductName", "VersionInfoDescription"} <= set(setup)
    languages = " ".join(_iss_lines("Languages"))
    assert "French.isl" in languages and "Default.isl" in languages
    french = [line for line in _iss_lines("CustomMessages") if line.startswith("french.")]
    english = [line for line in _iss_lines("CustomMessages") if line.startswith("english.")]
    assert len(french) == len(english) >= 4


def test_the_installer_never_removes_the_owners_data() -> None:
    """The data is in %LOCALAPPDATA%\\Tandem; neither an upgrade nor an uninstall deletes
    anything but the program, and never a whole folder that may hold something else. (An
    upgrade deletes nothing ahead: [Code] sets the installed parts aside, and puts them back
    if the install stops - tests/test_windows_installer.py.)"""
    text = ISS.read_text(encoding="utf-8-sig")
    assert "[InstallDelete]" not in text
    for section in ("UninstallDelete",):
        for line in _iss_lines(section):
            name = re.search(r'Name: "([^"]+)"', line)
            assert name, line
            assert name.group(1).startswith(r"{app}"), line
            assert r"{localappdata}\Tandem" not in line, line
            if name.group(1) == r"{app}":
                assert "Type: dirifempty" in line, "the program folder only when it is empty"


def test_setup_and_uninstall_know_a_running_tandem_by_its_own_mark() -> None:
    """The installer's AppMutex is the mutex Tandem holds while it runs: renamed on one side
    only, an upgrade would stop halfway on a file in use instead of asking to close Tandem."""
    from app.running_mark import MUTEX

    setup = dict(line.split("=", 1) for line in _iss_lines("Setup"))
    assert setup["AppMutex"] == MUTEX


@pytest.mark.skipif(sys.platform != "win32", reason="a Windows mutex")
def test_a_running_tandem_holds_its_mark_where_installers_see_it() -> None:
    import ctypes

    from app.running_mark import MUTEX, hold_running_mark

    kernel32 = ctypes.WinDLL("kernel32")  # type: ignore[attr-defined,unused-ignore]
    assert hold_running_mark()
    handle = kernel32.OpenMutexW(0x00100000, False, MUTEX)  # SYNCHRONIZE, by name
    assert handle, "another process (the installer) finds the mutex by its name"
    kernel32.CloseHandle(handle)


def test_the_running_mark_is_windows_only() -> None:
    from app.running_mark import hold_running_mark

    assert hold_running_mark() is (sys.platform == "win32")


def test_with_a_certificate_the_uninstaller_is_signed_too() -> None:
    """Signed by Inno Setup itself before it is packed (signing the setup afterwards left
    unins000.exe from an unknown publisher); build.ps1 passes the tool when it signs."""
    text = ISS.read_text(encoding="utf-8-sig")
    signed = re.search(r"^#ifdef Signed\n(.*?)^#endif", text, re.M | re.S)
    assert signed, "the signing lines are only for a signed build"
    assert signed.group(1).split() == ["SignTool=tandemsign", "SignedUninstaller=yes"]
    build = (ROOT / "packaging" / "windows" / "build.ps1").read_text(encoding="utf-8")
    assert '"/DSigned"' in build and "/Standemsign=" in build
    assert "Inno Setup 7" in build and "Inno Setup 6" in build


def test_the_uninstall_message_does_not_stop_a_silent_uninstall() -> None:
    code = "\n".join(_iss_lines("Code"))
    assert "SuppressibleMsgBox(" in code
    assert not re.search(r"(?<!Suppressible)MsgBox\(", code)


def test_the_installer_script_keeps_its_french_accents() -> None:
    raw = ISS.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 with a BOM, or Inno Setup reads it as ANSI"
    assert "Créer un raccourci sur le Bureau" in raw.decode("utf-8-sig")


def test_the_icon_holds_every_size_windows_shows() -> None:
    data = ICO.read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = []
    for index in range(count):
        width, height, *_rest, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index
        )
        sizes.append(width or 256)
        assert (width or 256) == (height or 256)
        assert offset + length <= len(data)
    assert sorted(sizes) == [16, 24, 32, 48, 64, 256]
    reader = QImageReader(str(ICO))
    assert reader.imageCount() == count
    for index in range(count):
        assert reader.jumpToImage(index)
        image = reader.read()
        assert not image.isNull(), reader.errorString()
        middle = image.pixelColor(image.width() // 2, image.height() // 4 * 3)
        assert middle.alpha() == 255, f"the {image.width()} px image is drawn, not blank"


def _calls(tree: ast.AST, name: str) -> list[ast.Call]:
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == name
    ]


def test_the_executables_carry_their_version_in_english_and_french() -> None:
    tree = ast.parse(version_file("1.2.0rc1", "tandem.exe"), mode="eval")
    tables = {}
    for table in _calls(tree, "StringTable"):
        language, entries = table.args
        assert isinstance(entries, ast.List)
        pairs = [[ast.literal_eval(arg) for arg in entry.args] for entry in entries.elts]  # type: ignore[attr-defined]
        tables[ast.literal_eval(language)] = dict(pairs)
    assert set(tables) == {"040904B0", "040C04B0"}  # English and French, in Unicode
    for strings in tables.values():
        assert strings["FileVersion"] == strings["ProductVersion"] == "1.2.0rc1"
        assert strings["OriginalFilename"] == "tandem.exe"
        assert strings["ProductName"] == "Tandem"
    assert tables["040904B0"]["FileDescription"] == "Tandem - reverse mentoring in a small business"
    assert "mentorat inversé" in tables["040C04B0"]["FileDescription"]
    (fixed,) = _calls(tree, "FixedFileInfo")
    numbers = {keyword.arg: ast.literal_eval(keyword.value) for keyword in fixed.keywords}
    assert numbers == {"filevers": (1, 2, 0, 0), "prodvers": (1, 2, 0, 0)}


@pytest.mark.parametrize(
    ("place", "kept"),
    [
        # Qt's own words: French and English only, where each system's wheel keeps them
        ("PySide6/Qt/translations/qtbase_fr.qm", True),
        ("PySide6/translations/qtbase_en.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/translations/qt_help_fr.qm", False),
        # a window on X11, Wayland and Windows, and offscreen; nothing for bare displays
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6\\plugins\\platforms\\qwindows.dll", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/platforms/libqlinuxfb.so", False),
        ("PySide6/Qt/plugins/egldeviceintegrations/libqeglfs-kms-integration.so", False),
        # the GTK theme (and GTK with it) left out; the portal's file dialogs kept
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", True),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6\\plugins\\imageformats\\qico.dll", True),
        ("PySide6/Qt/plugins/imageformats/libqwebp.so", False),
        ("PySide6\\plugins\\imageformats\\qjpeg.dll", False),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
        ("PySide6/Qt/plugins/networkinformation/libqnetworkmanager.so", False),
        # printing, typing accents, and what Tandem's own code needs are all kept
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", True),
        ("PySide6\\plugins\\styles\\qmodernwindowsstyle.dll", True),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
        ("resources/translations/tandem_fr.qm", True),
        ("psycopg_binary.libs/libpq-e9b5c9ac.so.5.18", True),
        # Windows' software OpenGL, where the wheel puts it
        ("PySide6\\opengl32sw.dll", False),
    ],
)
def test_the_bundle_keeps_only_the_parts_of_qt_tandem_uses(place: str, kept: bool) -> None:
    assert wanted(place) is kept
