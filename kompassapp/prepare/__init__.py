"""Before and during the visit (Qt-free): the municipality's questionnaire (export and import),
the document request and register status, interview guides per planned session, and evidence
coverage. Submodules are imported where used: this package is loaded by messages.py for its words.
"""
