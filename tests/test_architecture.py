"""The house's rules: the domain imports no Qt, the GUI's layers have no cycle (import-linter
contracts in pyproject.toml), and no module is over 500 lines."""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import ROOT


MAX_LINES = 500


def lint_imports(cwd: Path, **env: str) -> subprocess.CompletedProcess:
    lint = shutil.which("lint-imports") or str(Path(sys.executable).parent / "lint-imports")
    return subprocess.run([lint, "--config", str(cwd / "pyproject.toml"), "--no-cache"], capture_output=True,
                          text=True, cwd=cwd, env={**os.environ, **env})


def test_import_contracts_are_kept():
    """The domain imports no Qt; the GUI's layers (shell, features, views, base) import only downwards."""
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "The domain imports no Qt KEPT" in result.stdout
    assert "GUI layers: shell above features above views above base KEPT" in result.stdout


def test_a_feature_that_imports_the_window_breaks_the_contract(tmp_path):
    """The import cycle of issue 17 (a feature taking the whole MainWindow) cannot come back unnoticed."""
    shutil.copytree(ROOT / "kompassapp", tmp_path / "kompassapp", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    team = tmp_path / "kompassapp" / "gui" / "team" / "team.py"
    team.write_text(team.read_text(encoding="utf-8") + "\nfrom kompassapp.gui.shell.mainwindow import MainWindow  # noqa\n",
                    encoding="utf-8")
    result = lint_imports(tmp_path, PYTHONPATH=str(tmp_path))
    assert result.returncode != 0
    assert "kompassapp.gui.team is not allowed to import kompassapp.gui.shell" in result.stdout
    assert "kompassapp.gui.team.team -> kompassapp.gui.shell.mainwindow" in result.stdout


def test_no_module_is_over_500_lines():
    """Generated forms (gui/forms, from ui/*.ui) excepted."""
    package = ROOT / "kompassapp"
    forms = package / "gui" / "forms"
    long = {}
    for path in sorted(package.rglob("*.py")):
        if path.is_relative_to(forms):
            continue
        n = len(path.read_text(encoding="utf-8").splitlines())
        if n > MAX_LINES:
            long[path.relative_to(ROOT).as_posix()] = n
    assert not long, "modules over 500 lines: " + ", ".join(f"{name} ({n})" for name, n in long.items())


def test_every_domain_module_is_under_the_contract():
    """A new Qt-free module must be added to the contract's source_modules (or be a GUI module)."""
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    sources = set(config["tool"]["importlinter"]["contracts"][0]["source_modules"])
    package = ROOT / "kompassapp"
    top = {p.stem if p.is_file() else p.name for p in package.iterdir()
           if (p.suffix == ".py" and p.stem != "__init__") or (p.is_dir() and (p / "__init__.py").exists())}
    exempt = {"gui", "launch", "__main__"}  # the Qt layer and the entry point that starts it
    assert {f"kompassapp.{m}" for m in top - exempt} <= sources


def test_version_is_the_projects():
    import tomllib

    import kompassapp

    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert kompassapp.__version__ == project["version"]


def test_rich_text_is_escaped_in_one_place():
    """One HTML-escape helper (gui/base/plaintext.py), not a copy per module (there were six)."""
    pattern = re.compile(r'replace\("&", "&amp;"\)|html\.escape\(|def _?esc\(')
    copies = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "kompassapp" / "gui").rglob("*.py")
                    if pattern.search(p.read_text(encoding="utf-8")))
    assert copies == ["kompassapp/gui/base/plaintext.py"]
