# SPDX-License-Identifier: MIT
"""The typed settings registry (INI in tmp_path via $KOMPASSAPP_SETTINGS), persistence across processes."""

import configparser
import os
import subprocess
import sys
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


# -- persistence across processes on the real INI file (issue 10 item 1) ----------------------
def in_new_process(code: str, ini: Path) -> str:
    """Run `code` in a fresh interpreter on the INI file: QSettings cannot answer from memory there."""
    env = {**os.environ, "KOMPASSAPP_SETTINGS": str(ini), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


READ_BACK = ("from kompassapp.gui.base.settings import Settings\n"
             "s = Settings()\n"
             "print(repr((s.language, s.auditor_name, s.auto_advance, s.version)))")


def test_name_and_language_survive_a_restart(tmp_path):
    ini = tmp_path / "kompassapp.ini"
    in_new_process("from kompassapp.gui.base.settings import Settings\n"
                   "s = Settings()\n"
                   "s.language = 'en'\n"
                   "s.auditor_name = 'Åsa Öberg-Ström'\n"
                   "s.auto_advance = True\n", ini)
    assert in_new_process(READ_BACK, ini) == repr(("en", "Åsa Öberg-Ström", True, VERSION))
    # plain section, plain key: what the Qt-free CLI reads with configparser
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(ini, encoding="utf-8")
    assert parser.get("General", "language") == "en"
    assert "%General" not in ini.read_text(encoding="utf-8")


OLD_INI = """[%General]
auditor_name=Bo Bed\\xf6mare
language=en
version=1

[answering]
auto_advance=true

[files]
recent=/tmp/a.kompass

[%General]
version=1
"""


def test_a_file_written_by_the_old_key_scheme_is_read_back(tmp_path):
    # exactly as version 1 left it on disk (its keys were "general/…", which Qt writes as [%General])
    ini = tmp_path / "kompassapp.ini"
    ini.write_text(OLD_INI, encoding="utf-8")
    assert in_new_process(READ_BACK, ini) == repr(("en", "Bo Bedömare", True, VERSION))
    text = ini.read_text(encoding="utf-8")
    assert "%General" not in text and "recent=/tmp/a.kompass" in text
    assert in_new_process(READ_BACK, ini) == repr(("en", "Bo Bedömare", True, VERSION))  # and stays so


def test_keys_written_by_old_code_through_qsettings_are_migrated(tmp_path):
    ini = tmp_path / "kompassapp.ini"
    in_new_process("from PySide6.QtCore import QSettings\n"
                   "q = QSettings(__import__('os').environ['KOMPASSAPP_SETTINGS'], QSettings.Format.IniFormat)\n"
                   "q.setValue('general/version', 1)\n"
                   "q.setValue('general/language', 'en')\n"
                   "q.setValue('general/auditor_name', 'Cecilia Chef')\n"
                   "q.sync()\n", ini)
    assert in_new_process(READ_BACK, ini) == repr(("en", "Cecilia Chef", False, VERSION))


def test_a_hand_written_plain_general_section_is_read(tmp_path):
    ini = tmp_path / "kompassapp.ini"
    ini.write_text("[general]\nlanguage=en\nauditor_name=Dag\n", encoding="utf-8")
    assert in_new_process(READ_BACK, ini) == repr(("en", "Dag", False, VERSION))
