"""User-facing errors: each carries a message fit to show as it is."""


class KompassError(Exception):
    """An error the user can act on; the CLI prints it as one line, the GUI in a dialog."""


class BankError(KompassError):
    """A question bank that cannot be used; `problems` holds every `FILE:LINE: message`."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


class FileFormatError(KompassError):
    """A file that is not a usable evaluation (damaged, foreign, from a newer version)."""
