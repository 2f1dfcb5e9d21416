# SPDX-License-Identifier: MIT
"""Protecting the people in the notes, in the window (domain: kompassapp.crypto, .encryption, .purge).

- `open_evaluation`: opens a file, asking for the passphrase of an encrypted one (again after a wrong one).
- `NewFileEncryption`: "Kryptera filen" with the passphrase twice, in the new-evaluation dialog.
- `install(window)`: Arkiv ▸ Markera rapporten som slutlig, Arkiv ▸ Gallra personuppgifter… (a
  confirmation listing exactly what goes), and the reminder to purge when the report has been final
  for the set time (settings key privacy/purge_reminder_days, default 90; 0 never reminds).
"""

from kompassapp.gui.privacy.actions import install, open_evaluation  # noqa: F401
from kompassapp.gui.privacy.new_file import NewFileEncryption  # noqa: F401
