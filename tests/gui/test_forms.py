# SPDX-License-Identifier: MIT
"""Every committed form module is exactly what pyside6-uic makes from its .ui file."""

import pytest

from tools.build_forms import UI_DIR, compile_form, target

FORMS = sorted(UI_DIR.glob("*.ui"))


def test_there_are_forms():
    assert len(FORMS) >= 10


@pytest.mark.parametrize("ui", FORMS, ids=lambda p: p.name)
def test_committed_form_matches_its_ui_file(ui):
    out = target(ui)
    assert out.exists(), f"{out.name} is missing: run python -m tools.build_forms"
    assert out.read_text(encoding="utf-8") == compile_form(ui), (
        f"{out.name} is older than {ui.name}: run python -m tools.build_forms and commit the result")
