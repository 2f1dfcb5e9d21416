# SPDX-License-Identifier: MIT
"""Update the English translation: pyside6-lupdate (sources → .ts), then pyside6-lrelease (.ts → .qm).

The interface is written in Swedish; resources/translations/kompassapp_en.ts holds the English.
After changing interface text: run this, translate the new entries in the .ts (Qt Linguist or
an editor), run it again, and commit both files. tests/gui/test_translations.py fails while an
entry is unfinished or a string in the code is missing from the .ts.
Usage: python -m tools.build_translations
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tools.build_forms import ROOT, UI_DIR

GUI_DIR = ROOT / "kompassapp" / "gui"
TS = ROOT / "resources" / "translations" / "kompassapp_en.ts"


def tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    return str(beside) if beside.exists() else name


def sources() -> list[Path]:
    """The GUI's Python modules (not the generated forms: their .ui files are read instead) and the forms."""
    return sorted(p for p in GUI_DIR.rglob("*.py") if "forms" not in p.parts) + sorted(UI_DIR.glob("*.ui"))


def lupdate(ts: Path = TS, *, obsolete: bool = True) -> str:
    args = [tool("pyside6-lupdate"), "-locations", "none", "-source-language", "sv_SE", "-target-language", "en"]
    if not obsolete:
        args.append("-no-obsolete")
    files = [str(p.relative_to(ROOT)) for p in sources()]
    result = subprocess.run([*args, *files, "-ts", str(ts)], cwd=ROOT, capture_output=True, text=True, check=True)
    return result.stdout


def lrelease(ts: Path = TS, qm: Path | None = None) -> Path:
    qm = qm or ts.with_suffix(".qm")
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def main() -> int:
    TS.parent.mkdir(parents=True, exist_ok=True)
    print(lupdate(TS, obsolete=False).strip())
    print(lrelease(TS))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
