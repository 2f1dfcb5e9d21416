"""Where bundled data lives, the same way in a checkout and in a PyInstaller bundle."""

import sys
from pathlib import Path


def app_root() -> Path:
    # PyInstaller unpacks data beside the executable and sets _MEIPASS.
    frozen = getattr(sys, "_MEIPASS", None)
    return Path(frozen) if frozen else Path(__file__).resolve().parent.parent


def bank_dir() -> Path:
    return app_root() / "question_bank"


def resources_dir() -> Path:
    return app_root() / "resources"
