# SPDX-License-Identifier: MIT
"""The one place that chooses which bank texts the window shows.

An evaluation file carries its bank and, where one exists, translations of its texts (area
titles and short labels, sub-areas, questions, guidance, option labels). With the interface in
English and an English translation in the file, the tree, the question panel, the chart and the
presentation show the English texts; otherwise the bank's own. Scoring never depends on this:
ids, points and scales are the same, and `ev.bank` stays what is scored and stored.
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from PySide6.QtCore import QLocale

from kompassapp.bank.model import Bank
from kompassapp.evaluation import Evaluation
from kompassapp.gui.base.i18n import LOCALES

_cache: WeakKeyDictionary[Evaluation, tuple[Bank, str, Bank]] = WeakKeyDictionary()


def interface_language() -> str:
    """The language the interface was started in (i18n.install sets the default locale from the settings)."""
    language = QLocale().language()
    return next((code for code, (lang, _) in LOCALES.items() if lang == language), "sv")


def display_bank(ev: Evaluation) -> Bank:
    """`ev.bank` with its texts in the interface language where the file has that translation."""
    language = interface_language()
    hit = _cache.get(ev)
    if hit is not None and hit[0] is ev.bank and hit[1] == language:  # a new object after an upgrade
        return hit[2]
    bank = ev.bank_in(language) if language in ev.languages else ev.bank
    _cache[ev] = (ev.bank, language, bank)
    return bank
