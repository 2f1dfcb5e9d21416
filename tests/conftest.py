import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any QApplication exists
# Never the developer's own settings (their language would change the CLI's output); GUI tests set their own.
_SCRATCH = tempfile.mkdtemp(prefix="kompassapp-tests-")
os.environ["KOMPASSAPP_SETTINGS"] = os.path.join(_SCRATCH, "kompassapp.ini")
# Nor their data folder: backups, before-upgrade copies and the error log go to a scratch folder.
os.environ["KOMPASSAPP_DATA"] = os.path.join(_SCRATCH, "data")
os.environ.pop("KOMPASSAPP_DATA_DIR", None)

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


@pytest.fixture
def revision_2_text() -> str:
    """YAML of revision 2 of the small bank: 1.1.2 reworded, 2.1.1 re-pointed, 2.1.2 removed, 2.1.3 added."""
    import yaml

    data = yaml.safe_load(SMALL_BANK.read_text(encoding="utf-8"))
    data["revision"] = 2
    area1, area2 = data["areas"]
    area1["subareas"][0]["questions"][1]["text"] = "Delas en lättläst årsredovisning ut till alla hushåll?"
    questions = area2["subareas"][0]["questions"]
    questions[0]["points"] = 30
    del questions[1]
    questions.append({"id": "2.1.3", "text": "Redovisas klagomålen årligen för nämnden?", "points": 20, "scale": "jdn"})
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
