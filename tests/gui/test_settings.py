# SPDX-License-Identifier: MIT
"""The typed settings registry (INI in tmp_path via $KOMPASSAPP_SETTINGS)."""

import os
from pathlib import Path

from kompassapp.gui.base.settings import MAX_RECENT, VERSION, Settings


def test_defaults_and_types(tmp_path):
    s = Settings()
    assert Path(os.environ["KOMPASSAPP_SETTINGS"]).parent.parent == tmp_path
    assert (s.language, s.auditor_name, s.presentation_theme, s.auto_advance) == ("sv", "", "light", False)
    assert s.recent_files == [] and s.version == VERSION
    s.auto_advance = True
    s.language = "en"
    again = Settings()
    assert again.auto_advance is True and again.language == "en"


def test_unknown_values_fall_back_to_defaults():
    s = Settings()
    s.q.setValue("general/language", "klingon")
    s.q.setValue("presentation/theme", 7)
    assert s.language == "sv" and s.presentation_theme == "light"


def test_recent_files_newest_first_without_duplicates(tmp_path):
    s = Settings()
    files = [tmp_path / f"{i}.kompass" for i in range(MAX_RECENT + 2)]
    for f in files:
        f.touch()
        s.add_recent(f)
    s.add_recent(files[5])
    again = Settings()
    assert again.recent_files[0] == str(files[5].resolve())
    assert len(again.recent_files) == MAX_RECENT
    files[5].unlink()
    assert files[5] not in again.existing_recent()


def test_one_recent_file_reads_back_as_a_list():
    s = Settings()
    s.add_recent("/tmp/a.kompass")
    assert Settings().recent_files == [str(Path("/tmp/a.kompass").resolve())]
