# SPDX-License-Identifier: MIT
"""Text from a file or a person is shown as text, never as markup (issue 11 item 7).

A QLabel (and a tooltip) guesses: anything that looks like a tag makes it render rich text,
so a municipality called `<img src="/home/x/a.png">` would load that image. Labels that show
such text alone are switched to plain text (`show_plain`); where a label mixes our own markup
with such text, the text goes through `esc` first; tooltips through `tooltip`.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


def esc(text: object) -> str:
    """Text for a rich-text label: every <, > and & shown as itself."""
    return html.escape(str(text), quote=False)


def show_plain(label: QLabel, text: str) -> None:
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)


def tooltip(text: str) -> str:
    """A tooltip that shows `text` literally (line breaks kept): escaped and explicitly rich."""
    return "<p>" + esc(text).replace("\n", "<br>") + "</p>"
