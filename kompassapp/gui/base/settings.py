# SPDX-License-Identifier: MIT
"""The app's settings: every QSettings key declared once, with its type and default.

INI format, in the user's config folder (or the file named by $KOMPASSAPP_SETTINGS, which tests
and the kill test use so that they never touch a developer's real settings). A `version` key and
ordered upgrade steps let later releases rename keys without losing anyone's recent files.

The file, as other programs may read it (the Qt-free CLI reads the language with configparser):

    [General]
    version=2
    language=en          ; "sv" or "en"
    auditor_name=Anna Andersson

    [files]
    recent=...

`version`, `language` and `auditor_name` are keys without a group: Qt's INI format writes those
under the plain section `[General]`. A group *named* "general" is special in that format (Qt
writes it as `[%General]` and reads it back as `General/…`), which is why version 1 lost the
language and the auditor's name on every restart (issue 10); `_upgrade` moves such keys.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Generic, TypeVar

import platformdirs
from PySide6.QtCore import QByteArray, QSettings

from kompassapp.paths import data_dir  # noqa: F401 (the one data folder; gui modules import it from here)

T = TypeVar("T")
VERSION = 2
MAX_RECENT = 10
LANGUAGES = ("sv", "en")
THEMES = ("light", "dark")


def settings_path() -> Path:
    override = os.environ.get("KOMPASSAPP_SETTINGS")
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir("Kompassapp", appauthor=False)) / "kompassapp.ini"


class Option(Generic[T]):
    """One key: read with its type and default, written as is."""

    def __init__(self, key: str, default: T, *, choices: tuple[Any, ...] = ()):
        self.key, self.default, self.choices = key, default, choices

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, obj: Settings | None, owner: type) -> T:
        if obj is None:
            return self  # type: ignore[return-value]
        raw = obj.q.value(self.key, None)
        value = self.convert(raw)
        return value if not self.choices or value in self.choices else self.default

    def __set__(self, obj: Settings, value: T) -> None:
        obj.q.setValue(self.key, value)
        obj.q.sync()

    def convert(self, raw: Any) -> T:
        default = self.default
        if raw is None:
            return default
        try:
            if isinstance(default, bool):  # INI stores "true"/"false"
                return (raw if isinstance(raw, bool) else str(raw).lower() in ("true", "1", "yes"))  # type: ignore[return-value]
            if isinstance(default, list):  # a one-item list comes back as a plain string
                return ([str(v) for v in raw] if isinstance(raw, (list, tuple)) else [str(raw)] if raw else [])  # type: ignore[return-value]
            if isinstance(default, QByteArray):
                return raw if isinstance(raw, QByteArray) else default  # type: ignore[return-value]
            return type(default)(raw)  # type: ignore[call-arg]
        except (TypeError, ValueError):
            return default


class Settings:
    version = Option("version", 0)
    language = Option("language", "sv", choices=LANGUAGES)
    auditor_name = Option("auditor_name", "")
    recent_files = Option("files/recent", [])
    geometry = Option("window/geometry", QByteArray())
    window_state = Option("window/state", QByteArray())
    presentation_theme = Option("presentation/theme", "light", choices=THEMES)
    auto_advance = Option("answering/auto_advance", False)

    def __init__(self, path: Path | None = None):
        self.path = Path(path) if path else settings_path()
        self.q = QSettings(str(self.path), QSettings.Format.IniFormat)
        self._upgrade()

    def _upgrade(self) -> None:
        # Ordered steps from version N to N+1 (Picard's config_upgrade). Version 1 wrote its
        # version key where it could not read it back, so a 1 file reads as 0.
        if self.version < 2:
            self._move_general_group()
        if self.version < VERSION:
            self.version = VERSION

    def _move_general_group(self) -> None:
        """Version 1's `general/…` keys (on disk `[%General]`, or a hand-written `[general]`) to the root."""
        q = self.q
        for name in ("language", "auditor_name"):
            if q.contains(name):
                continue
            for group in ("General", "general"):
                if q.contains(f"{group}/{name}"):
                    q.setValue(name, q.value(f"{group}/{name}"))
                    break
        for group in ("General", "general"):
            q.remove(group)
        q.sync()

    def add_recent(self, path: str | Path) -> None:
        path = str(Path(path).resolve())
        self.recent_files = [path, *[p for p in self.recent_files if p != path]][:MAX_RECENT]

    def remove_recent(self, path: str | Path) -> None:
        path = str(Path(path).resolve())
        self.recent_files = [p for p in self.recent_files if p != path]

    def existing_recent(self) -> list[Path]:
        return [Path(p) for p in self.recent_files if Path(p).exists()]
