"""Where bundled data lives (a checkout, an installed wheel, a PyInstaller bundle); and the user's data folder."""

import os
import sys
from pathlib import Path

import platformdirs

DATA_ENV = "KOMPASSAPP_DATA"  # overrides the user's data folder (tests, portable installs)
_OLD_DATA_ENV = "KOMPASSAPP_DATA_DIR"  # the name backups once used alone; still honoured


def app_root() -> Path:
    """The folder holding question_bank/ and resources/."""
    # PyInstaller unpacks data beside the executable and sets _MEIPASS.
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    package = Path(__file__).resolve().parent
    # A wheel installs the top-level folders inside the package (setup.py, package_dir); a checkout
    # (also installed with pip -e) has them beside it.
    installed = package / "_data"
    return installed if (installed / "question_bank").is_dir() else package.parent


def bank_dir() -> Path:
    return app_root() / "question_bank"


def resources_dir() -> Path:
    return app_root() / "resources"


def data_dir() -> Path:
    """The user's data folder: backups, the demo evaluation, the error log. One folder for all of them."""
    override = os.environ.get(DATA_ENV) or os.environ.get(_OLD_DATA_ENV)
    return Path(override) if override else Path(platformdirs.user_data_dir("Kompassapp", appauthor=False))
