"""The `kompassapp` entry point: a command runs the CLI; no command (or a file) starts the window.

Kept apart from `cli` so that the command line stays Qt-free and starts fast. Only files to open
(and the window's own options) start the window: any other word is a mistyped command and gets
the usage error, so a script never finds itself waiting on a window.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from kompassapp import cli, messages, secure_cli
from kompassapp.messages import t

_CLI_WORDS = {"-h", "--help", "--version"}
_WINDOW_OPTIONS = {"--demo", "--quit-after-start"}


def _without_lang(argv: list[str]) -> list[str]:
    """argv without --lang X / --lang=X (a CLI option; the window takes its language from the settings)."""
    words, skip = [], False
    for arg in argv:
        if skip:
            skip = False
        elif arg == "--lang":
            skip = True
        elif not arg.startswith("--lang="):
            words.append(arg)
    return words


def _opens_in_window(word: str) -> bool:
    # A missing *.kompass is still the window's: its start screen says the file is not there.
    return word in _WINDOW_OPTIONS or (not word.startswith("-") and (Path(word).exists() or word.endswith(".kompass")))


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    words = secure_cli.take_passphrase_file(_without_lang(argv))[0]  # a CLI option, before or after the command
    if words and (words[0] in cli.COMMANDS or words[0] in _CLI_WORDS):
        return cli.main(argv)
    stray = next((w for w in words if not _opens_in_window(w)), None)
    if stray is not None:
        return cli.usage_error(argv, stray)
    messages.set_language(messages.choose_language(messages.requested_language(argv)))
    if sys.platform.startswith("linux") and not any(
            os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
        # Qt would abort with a misleading message about xcb libraries; say what is missing.
        print(t("no_display", prog=cli.PROG), file=sys.stderr)
        return 2
    try:
        from kompassapp.gui.shell.app import run
    except ImportError as exc:
        print(t("no_gui", prog=cli.PROG, reason=exc), file=sys.stderr)
        return 2
    return run(words)


if __name__ == "__main__":
    raise SystemExit(main())
