import os
import subprocess
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any QApplication exists

ROOT = Path(__file__).resolve().parent.parent
BANK_2003 = ROOT / "question_bank" / "kommunkompassen-2003.sv.yaml"
BANK_2020 = ROOT / "question_bank" / "kommunkompassen-2020.sv.yaml"
SMALL_BANK = ROOT / "tests" / "banks" / "small.yaml"


def run_cli(*args: str, check: bool = False) -> subprocess.CompletedProcess:
    """Run the real `kompassapp` entry point in a subprocess."""
    result = subprocess.run([sys.executable, "-m", "kompassapp", *map(str, args)],
                            capture_output=True, text=True, cwd=ROOT, timeout=120)
    if check and result.returncode != 0:
        raise AssertionError(f"kompassapp {' '.join(map(str, args))} failed:\n{result.stderr}")
    return result


def assert_no_traceback(result: subprocess.CompletedProcess) -> None:
    assert "Traceback" not in result.stderr + result.stdout


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory) -> Path:
    """The demo evaluation, built once; tests that change it must copy it first."""
    path = tmp_path_factory.mktemp("demo") / "demo.kompass"
    from kompassapp.demo import build_demo

    return build_demo(path)
