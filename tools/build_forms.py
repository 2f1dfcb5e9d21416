# SPDX-License-Identifier: MIT
"""Compile ui/*.ui into kompassapp/gui/forms/ui_*.py with pyside6-uic (run after editing a form).

The output is committed: loading .ui files at run time shells out to pyside6-uic, which a
PyInstaller bundle does not have. tests/gui/test_forms.py fails when a committed module is
not what this script produces from its .ui file.
Usage: python -m tools.build_forms
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "kompassapp" / "gui" / "forms"


def uic() -> str:
    beside = Path(sys.executable).with_name("pyside6-uic")
    return str(beside) if beside.exists() else (shutil.which("pyside6-uic") or "pyside6-uic")


def target(ui: Path) -> Path:
    return FORMS_DIR / f"ui_{ui.stem}.py"


def compile_form(ui: Path) -> str:
    # Run from ui/ with the bare file name, so the generated header does not depend on where
    # the checkout lives.
    result = subprocess.run([uic(), ui.name], cwd=ui.parent, capture_output=True, text=True, check=True)
    return result.stdout


def main() -> int:
    for ui in sorted(UI_DIR.glob("*.ui")):
        code = compile_form(ui)
        out = target(ui)
        if not out.exists() or out.read_text(encoding="utf-8") != code:
            out.write_text(code, encoding="utf-8")
            print(f"{out.relative_to(ROOT)}: written")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
