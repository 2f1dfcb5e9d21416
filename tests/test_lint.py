"""Lint and type checks, run by the test command: ruff on the whole tree, mypy (strict) on the domain.

Both read their configuration from pyproject.toml ([tool.ruff], [tool.mypy]); mypy keeps its cache in
.mypy_cache, so a warm run takes a few seconds."""

import subprocess
import sys

from conftest import ROOT


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], capture_output=True, text=True, cwd=ROOT, timeout=300)


def test_ruff_finds_nothing():
    result = _run("ruff", "check", "--no-fix", "--output-format", "concise", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_finds_nothing():
    result = _run("mypy")  # files, strictness and the per-module exceptions are in pyproject.toml
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success" in result.stdout
