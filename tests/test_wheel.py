"""A plain wheel works: built from the sources, installed into a fresh venv outside the checkout,
its `kompassapp` finds the shipped banks, reference profiles, fonts and translations (issue 10 item 12).

The new venv gets no packages from an index: the wheel is installed with --no-deps and the test
venv's site-packages is added by a .pth file, so PySide6 & co. are reused. That directory's own
.pth files are not processed, so the checkout's editable install stays out of the new venv.
"""

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from conftest import ROOT

SOURCES = ("pyproject.toml", "setup.py", "README.md", "kompassapp", "question_bank", "resources")


def _run(*args, **kwargs) -> subprocess.CompletedProcess:
    result = subprocess.run([str(a) for a in args], capture_output=True, text=True, timeout=300, **kwargs)
    assert result.returncode == 0, f"{' '.join(map(str, args))}:\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    # Built from a copy: an in-tree build would leave build/ in the checkout, and a stale build/lib
    # could carry files the sources no longer have.
    src = tmp_path_factory.mktemp("src")
    for name in SOURCES:
        (shutil.copytree if (ROOT / name).is_dir() else shutil.copy2)(
            ROOT / name, src / name, **({"ignore": shutil.ignore_patterns("__pycache__")} if (ROOT / name).is_dir() else {}))
    out = tmp_path_factory.mktemp("wheelhouse")
    _run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "--wheel-dir", out, src)
    (found,) = out.glob("kompassapp-*.whl")
    return found


@pytest.fixture(scope="module")
def venv(wheel, tmp_path_factory) -> Path:
    env_dir = tmp_path_factory.mktemp("venv") / "venv"
    _run(sys.executable, "-m", "venv", env_dir)
    python = env_dir / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    site = Path(_run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])").stdout.strip())
    ours = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (site / "zz_test_venv.pth").write_text("\n".join(sorted(ours)) + "\n", encoding="utf-8")
    _run(python, "-m", "pip", "install", "--no-deps", "--no-index", "--quiet", wheel)
    return env_dir


def test_the_wheel_carries_the_banks_and_resources(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for path in [*(ROOT / "question_bank").glob("*.yaml"), *(ROOT / "question_bank" / "references").glob("*.yaml"),
                 *(ROOT / "resources" / "fonts").glob("*"), ROOT / "resources" / "translations" / "kompassapp_en.qm",
                 ROOT / "resources" / "icons" / "kompassapp.png", ROOT / "question_bank" / "schema" / "bank.schema.json"]:
        assert f"kompassapp/_data/{path.relative_to(ROOT).as_posix()}" in names, path
    assert "kompassapp/data/demo_botkyrka.yaml" in names and "kompassapp/schemas/evaluation.schema.json" in names


def test_every_module_is_in_the_wheel(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    modules = {p.relative_to(ROOT).as_posix() for p in (ROOT / "kompassapp").rglob("*.py") if "__pycache__" not in p.parts}
    assert modules <= names, modules - names


def test_the_installed_wheel_works_outside_the_checkout(venv, tmp_path):
    work = tmp_path / "elsewhere"
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env.update(KOMPASSAPP_SETTINGS=str(work / "settings.ini"), KOMPASSAPP_DATA=str(work / "data"),
               QT_QPA_PLATFORM="offscreen")
    app = venv / ("Scripts/kompassapp.exe" if os.name == "nt" else "bin/kompassapp")
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")

    def kompassapp(*args):
        return _run(app, *args, cwd=work, env=env).stdout

    where = _run(python, "-c", "import kompassapp, kompassapp.paths as p; print(kompassapp.__file__); "
                 "print(p.bank_dir()); print(p.resources_dir())", cwd=work, env=env).stdout.split()
    package = Path(where[0]).parent
    assert package.is_relative_to(venv) and not package.is_relative_to(ROOT)
    assert Path(where[1]) == package / "_data" / "question_bank" and Path(where[2]) == package / "_data" / "resources"

    kompassapp("demo", "-o", "demo.kompass")
    assert "639 / 800" in kompassapp("summary", "demo.kompass")
    kompassapp("export", "demo.kompass", "--xlsx", "demo.xlsx", "--pdf", "demo.pdf", "--compare", "botkyrka-2003")
    assert (work / "demo.xlsx").stat().st_size > 10_000 and (work / "demo.pdf").read_bytes().startswith(b"%PDF")
    validated = kompassapp("bank", "validate", *sorted((package / "_data" / "question_bank").glob("*.yaml")))
    assert validated.count(": OK") == 3
    assert "botkyrka-2003" in kompassapp("reference", "list")
    kompassapp("new", "--bank", "kommunkompassen-2020", "--municipality", "Exempelby", "--year", "2026",
               "-o", "ny.kompass")
    # The window too (translations, icon) — in English, so the shipped .qm file is loaded.
    (work / "settings.ini").write_text("[General]\nlanguage=en\n", encoding="utf-8")
    window = subprocess.run([str(app), "--demo", "--quit-after-start"], capture_output=True, text=True, cwd=work,
                            env=env, timeout=120)
    assert window.returncode == 0, window.stderr
    assert not (work / "build").exists()
