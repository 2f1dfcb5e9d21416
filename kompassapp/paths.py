"""Where bundled data lives, the same way in a checkout, an installed wheel and a PyInstaller bundle."""

import sys
from pathlib import Path


def app_root() -> Path:
    """The folder holding question_bank/ and resources/."""
    # PyInstaller unpacks data beside the executable and sets _MEIPASS.
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    package = Path(__file__).resolve().parent
    # A wheel installs the top-level folders inside the package (pyproject.toml, package-dir); a checkout
    # (also installed with pip -e) has them beside it.
    installed = package / "_data"
    return installed if (installed / "question_bank").is_dir() else package.parent


def bank_dir() -> Path:
    return app_root() / "question_bank"


def resources_dir() -> Path:
    return app_root() / "resources"
