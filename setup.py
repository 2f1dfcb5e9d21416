"""The packages of the wheel; everything else is in pyproject.toml.

The banks and resources stay in their top-level folders in the checkout (the design card) and are
installed inside the package, as kompassapp/_data/question_bank and kompassapp/_data/resources, so a
plain wheel carries them; kompassapp/paths.py looks there first. Here and not in pyproject.toml
because setuptools cannot combine its package finder with package-dir mappings there.
"""

from setuptools import find_packages, setup

DATA = {"kompassapp._data.question_bank": "question_bank", "kompassapp._data.resources": "resources"}

setup(packages=[*find_packages(include=["kompassapp", "kompassapp.*"]), *DATA], package_dir=DATA)
