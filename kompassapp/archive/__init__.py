"""The results archive: every evaluation's result across municipalities and years (Qt-free).

An embedded SQLite file by default, a shared PostgreSQL server with --db / KOMPASSAPP_ARCHIVE;
one SQLAlchemy Core code path for both. It holds results — scores, status, findings and analysis
texts, the auditors' names — never participants, notes, comments or the change log.
Import the parts from their modules (store, result, reports, published) — this package
stays light, since kompassapp.messages imports its words.
"""
