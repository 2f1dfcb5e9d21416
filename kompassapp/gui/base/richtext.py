# SPDX-License-Identifier: MIT
"""Text put into Qt rich text (labels, tooltips, reports): escaped once, here."""

from __future__ import annotations


def esc(text: str) -> str:
    """`text` as literal rich text: &, < and > escaped (quotes need no escaping outside attributes)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
