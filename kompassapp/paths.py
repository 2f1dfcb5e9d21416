"""Where bundled data lives, the same way in a checkout and in a PyInstaller bundle; and the user's data folder."""

import os
import sys
from pathlib import Path

import platformdirs

DATA_ENV = "KOMPASSAPP_DATA"  # overrides the user's data folder (tests, portable installs)
_OLD_DATA_ENV = "KOMPASSAPP_DATA_DIR"  # the name backups once used alone; still honoured


def app_root() -> Path:
    # PyInstaller unpacks data beside the executable and sets _MEIPASS.
    frozen = getattr(sys, "_MEIPASS", None)
    return Path(frozen) if frozen else Path(__file__).resolve().parent.parent


def bank_dir() -> Path:
    return app_root() / "question_bank"


def resources_dir() -> Path:
    return app_root() / "resources"


def data_dir() -> Path:
    """The user's data folder: backups, the demo evaluation, the error log. One folder for all of them."""
    override = os.environ.get(DATA_ENV) or os.environ.get(_OLD_DATA_ENV)
    return Path(override) if override else Path(platformdirs.user_data_dir("Kompassapp", appauthor=False))
