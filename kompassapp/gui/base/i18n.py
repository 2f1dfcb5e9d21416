# SPDX-License-Identifier: MIT
"""Language: Swedish source strings, English from Qt Linguist files, numbers and dates per locale.

The interface is written in Swedish (in tr() and in the .ui files); `kompassapp_en.qm` translates
it to English. Qt's own `qtbase_sv.qm` gives Swedish standard buttons ("Avbryt", "Spara").
Scores are shown with the locale's decimal sign: 76,5 in Swedish, 76.5 in English.
"""

from __future__ import annotations

from fractions import Fraction

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLibraryInfo, QLocale, Qt, QTranslator

from kompassapp.paths import resources_dir
from kompassapp.scoring import display

LOCALES = {"sv": (QLocale.Language.Swedish, QLocale.Country.Sweden),
           "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom)}
_installed: list[QTranslator] = []  # kept alive for the application's lifetime


def translations_dir():
    return resources_dir() / "translations"


def install(app: QCoreApplication, language: str) -> list[str]:
    """Set the locale and load the translators for `language`; returns the files loaded."""
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    language = language if language in LOCALES else "sv"
    QLocale.setDefault(QLocale(*LOCALES[language]))
    loaded = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [("qtbase_" + language, qt_dir)]
    if language != "sv":
        candidates.append(("kompassapp_" + language, str(translations_dir())))
    for name, folder in candidates:
        t = QTranslator(app)
        if t.load(name, folder):
            app.installTranslator(t)
            _installed.append(t)
            loaded.append(name)
    return loaded


def score_text(value: Fraction | int, places: int = 1) -> str:
    """76,5 (sv) / 76.5 (en): halves stay halves, the rest rounds half up (scoring.display)."""
    text = str(display(Fraction(value), places))
    return text.replace(".", QLocale().decimalPoint())


def date_text(iso: str) -> str:
    """'2003-09-09' → '9 september 2003' in the current language; '' stays ''."""
    if not iso:
        return ""
    d = QDate.fromString(iso[:10], Qt.DateFormat.ISODate)
    return QLocale().toString(d, "d MMMM yyyy") if d.isValid() else iso


def period_text(start: str, end: str) -> str:
    """'10–12 juni 2003'; across months or years both dates are written out."""
    if start and end and start != end:
        a = QDate.fromString(start[:10], Qt.DateFormat.ISODate)
        b = QDate.fromString(end[:10], Qt.DateFormat.ISODate)
        if a.isValid() and b.isValid() and (a.year(), a.month()) == (b.year(), b.month()):
            return f"{a.day()}–{date_text(end)}"
        return f"{date_text(start)} – {date_text(end)}"
    return date_text(start or end)


def time_text(iso: str) -> str:
    """A stored UTC timestamp in local time: '9 sep. 2003 10:15'."""
    if not iso:
        return ""
    dt = QDateTime.fromString(iso, Qt.DateFormat.ISODateWithMs)
    if not dt.isValid():
        dt = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not dt.isValid():
        return iso
    return QLocale().toString(dt.toLocalTime(), "d MMM yyyy HH:mm")
