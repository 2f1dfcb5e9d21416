"""The `kompassapp` entry point: a command runs the CLI; no command (or a file) starts the window.

Kept apart from `cli` so that the command line stays Qt-free and starts fast.
"""

from __future__ import annotations

import os
import sys

from kompassapp import cli

_CLI_WORDS = {"-h", "--help", "--version"}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and (argv[0] in cli.COMMANDS or argv[0] in _CLI_WORDS):
        return cli.main(argv)
    if sys.platform.startswith("linux") and not any(
            os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
        # Qt would abort with a misleading message about xcb libraries; say what is missing.
        print("kompassapp: no display found (DISPLAY is not set), so the window cannot open; the commands work "
              "without one: kompassapp --help", file=sys.stderr)
        return 2
    try:
        from kompassapp.gui.shell.app import run
    except ImportError as exc:
        print(f"kompassapp: the desktop app cannot start ({exc}); the commands work: kompassapp --help",
              file=sys.stderr)
        return 2
    return run(argv)


if __name__ == "__main__":
    raise SystemExit(main())
