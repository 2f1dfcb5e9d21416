"""The domain imports no Qt: the import-linter contract in pyproject.toml."""

import shutil
import subprocess
import sys
from pathlib import Path

from conftest import ROOT


def test_domain_modules_do_not_import_qt():
    lint = shutil.which("lint-imports") or str(Path(sys.executable).parent / "lint-imports")
    result = subprocess.run([lint, str(ROOT / "pyproject.toml")], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "KEPT" in result.stdout


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
