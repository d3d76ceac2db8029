"""Start-up without a screen: the options, the data folder, the log file, the layers."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from app.errors import StorageProblem
from app.launch import configure_logging, parse_options
from app.paths import DATA_DIR_VARIABLE, default_data_dir, ensure_data_dir


def test_the_data_folder_comes_from_the_option_then_the_environment_then_the_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(DATA_DIR_VARIABLE, raising=False)
    assert parse_options([]).data_dir == default_data_dir().resolve()
    monkeypatch.setenv(DATA_DIR_VARIABLE, str(tmp_path / "from-env"))
    assert parse_options([]).data_dir == tmp_path / "from-env"
    assert parse_options(["--data-dir", str(tmp_path / "key")]).data_dir == tmp_path / "key"


def test_the_demo_option(tmp_path: Path) -> None:
    assert parse_options([]).demo is None
    assert parse_options(["--demo"]).demo == "chocolaterie"
    assert parse_options(["--demo", "restaurant"]).demo == "restaurant"
    assert parse_options(["-style", "fusion", "--demo"]).demo == "chocolaterie"


def test_a_data_folder_that_is_a_file_gets_a_sentence(tmp_path: Path) -> None:
    blocker = tmp_path / "Tandem"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(StorageProblem, match=r"is a file, not a folder|cannot create"):
        ensure_data_dir(blocker)
    assert ensure_data_dir(tmp_path / "usb" / "Tandem").is_dir()


def test_bugs_are_logged_in_the_data_folder(tmp_path: Path) -> None:
    import logging

    path = configure_logging(tmp_path).path
    assert path is not None
    try:
        logging.getLogger("tandem").error("a test entry")
        for handler in logging.getLogger().handlers:
            handler.flush()
        assert path == tmp_path / "logs" / "tandem.log"
        assert "a test entry" in path.read_text(encoding="utf-8")
    finally:
        root = logging.getLogger()
        for handler in list(root.handlers):
            if getattr(handler, "baseFilename", None) == str(path):
                root.removeHandler(handler)
                handler.close()


def test_the_core_runs_without_qt() -> None:
    """Importing every module of app/ loads no Qt at all."""
    code = (
        "import pkgutil, importlib, sys, app\n"
        "for m in pkgutil.walk_packages(app.__path__, 'app.'): importlib.import_module(m.name)\n"
        "print(sorted(n for n in sys.modules if n.startswith(('PySide6', 'shiboken6'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).parent.parent,
    )
    assert result.stdout.strip() == "[]"


def test_the_version_option_says_the_version_of_pyproject(
    capsys: pytest.CaptureFixture[str],
) -> None:
    written = tomllib.loads(
        (Path(__file__).parent.parent / "pyproject.toml").read_text(encoding="utf-8")
    )
    with pytest.raises(SystemExit) as done:
        parse_options(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out == f"Tandem {written['project']['version']}\n"


def test_the_self_test_speaks_through_a_console_without_every_character(tmp_path: Path) -> None:
    """On Windows a console's output sent to a file or a pipe uses the PC's code page, which
    lacks many characters: what the self-test prints (here a folder's name) never stops it."""
    folder = tmp_path / "Données → Tandem"
    done = subprocess.run(
        [sys.executable, "-m", "ui.main", "--self-test", "--data-dir", str(folder)],
        capture_output=True,
        cwd=Path(__file__).parent.parent,
        env={**os.environ, "PYTHONIOENCODING": "ascii", "QT_QPA_PLATFORM": "offscreen"},
        timeout=300,
    )
    said = done.stdout.decode("ascii")
    assert done.returncode == 0, said + done.stderr.decode("ascii", "replace")
    assert "Donn\\xe9es \\u2192 Tandem" in said
    assert said.rstrip().endswith("all checks passed")


def test_the_server_comes_from_the_option_then_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from app.launch import SERVER_VARIABLE

    monkeypatch.delenv(SERVER_VARIABLE, raising=False)
    assert parse_options([]).server is None
    monkeypatch.setenv(SERVER_VARIABLE, "postgresql://marie@nas/tandem")
    assert parse_options([]).server == "postgresql://marie@nas/tandem"
    given = parse_options(["--server", "postgresql://karim@nas/reseau"])
    assert given.server == "postgresql://karim@nas/reseau"
