"""The house rules that a tool can check: lint, format, types, and no Qt in the core."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *command],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
    )


def test_ruff_finds_nothing() -> None:
    result = _run("ruff", "check", "--no-cache", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_code_is_formatted() -> None:
    result = _run("ruff", "format", "--check", "--no-cache", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_refuses_qt_in_the_core(tmp_path: Path) -> None:
    probe = ROOT / "app" / "_qt_probe.py"
    probe.write_text("from PySide6.QtCore import QObject\n\nQObject()\n", encoding="utf-8")
    try:
        result = _run("ruff", "check", "--no-cache", str(probe))
    finally:
        probe.unlink()
    assert result.returncode != 0
    assert "TID251" in result.stdout


def _lint_imports(folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", "from importlinter.cli import lint_imports_command as c; c()"],
        cwd=folder,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        env={**os.environ, "PYTHONPATH": str(folder)},
    )


def test_the_layering_contracts_hold() -> None:
    """pyproject.toml's contracts: the core imports no screen; no import circle among the
    steps, the sessions and the documents; the sessions in one direction, one public face."""
    result = _lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "4 kept, 0 broken" in result.stdout


@pytest.mark.parametrize(
    ("module", "line", "broken"),
    [
        # a circle hidden inside a function is a circle all the same
        ("app/sessions/slots.py", "def _back():\n    from app.sessions import journal\n", 2),
        ("ui/main.py", "from app.sessions.journal import log_session\n", 1),
        ("app/steps/pairs.py", "import ui.forms\n", 1),
    ],
)
def test_the_layering_contracts_catch_what_breaks_them(
    tmp_path: Path, module: str, line: str, broken: int
) -> None:
    for part in ("app", "ui"):
        shutil.copytree(ROOT / part, tmp_path / part, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    target = tmp_path / module
    target.write_text(target.read_text(encoding="utf-8") + "\n" + line, encoding="utf-8")
    result = _lint_imports(tmp_path)
    assert result.returncode != 0
    assert f"{4 - broken} kept, {broken} broken" in result.stdout, result.stdout


@pytest.mark.slow
def test_the_core_and_the_screens_are_type_checked() -> None:
    """mypy checks app/ and ui/ alike (``files`` in pyproject.toml)."""
    result = _run("mypy", "--no-incremental")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ci_runs_exactly_the_readmes_test_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick_start = readme.split("## Quick start", 1)[1].split("```")[1].strip().splitlines()
    assert len(quick_start) == 2, "the Quick start is two command lines: run, and test"
    ci_commands = [
        line
        for line in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
        if "pytest" in line
    ]
    assert ci_commands == [quick_start[1]]


#: The calls in ui/ that go through ``attempt`` rather than ``change``: they write files
#: outside the data (a copy, an export) or only check one, so no screen has to refresh.
NOT_CHANGES = {
    "restoring.save_copy",
    "write_personal_json",
    "_restorable",
    "team_import.read_rows",
    "team_import.plan_import",
    "team_template.write_template",
}


def _unannounced(source: str, where: str) -> list[str]:
    """The places in a ui/ module that announce a change by hand, or call the core through
    ``attempt`` for something that changes the data."""
    wrong = []
    for call in (node for node in ast.walk(ast.parse(source)) if isinstance(node, ast.Call)):
        name = ast.unparse(call.func)
        if name.endswith((".emit", ".saved")) and any(
            word in name for word in ("announced", "changed", "saved", "bus")
        ):
            wrong.append(f"{where}:{call.lineno} {name}() announces by hand")
        if name == "attempt" and len(call.args) > 1:
            action = call.args[1]
            inner = action.body if isinstance(action, ast.Lambda) else action
            called = ast.unparse(inner.func) if isinstance(inner, ast.Call) else "?"
            if called not in NOT_CHANGES:
                wrong.append(f"{where}:{call.lineno} attempt({called}) is not change()")
    return wrong


def test_only_the_operations_layer_announces_changes() -> None:
    """A screen changes the data through ``ui.operations.change``, which announces it; no
    screen announces by hand, and none calls the core past it."""
    wrong = [
        problem
        for path in sorted((ROOT / "ui").rglob("*.py"))
        if path.name != "operations.py"
        for problem in _unannounced(path.read_text(encoding="utf-8"), path.name)
    ]
    assert wrong == []


def test_the_rule_above_finds_a_page_that_announces_by_hand() -> None:
    page = (
        "def _add(self):\n"
        "    self.changes.announced.emit(Scope.PEOPLE)\n"
        "    attempt(self, lambda: needs.add_person('Zoé'))\n"
        "    self.saved()\n"
        "    attempt(self, lambda: restoring.save_copy(path))\n"
    )
    assert _unannounced(page, "page.py") == [
        "page.py:2 self.changes.announced.emit() announces by hand",
        "page.py:3 attempt(needs.add_person) is not change()",
        "page.py:4 self.saved() announces by hand",
    ]
