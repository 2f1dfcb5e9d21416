"""The fields a bank file may hold, per format: name -> (kind, required). Kinds are checked by the loader's
walker (`loader._Walker.value`); format /2 adds vocabularies and per-question rubrics (see format2)."""

# Field tables: name -> (kind, required). Kinds are checked by `_Walker.value`.
BANK_FIELDS = {
    "format": ("str", True), "id": ("id", True), "title": ("text", True), "edition": ("id", True),
    "language": ("str", True), "revision": ("int", True), "description": ("str", False),
    "scales": ("scales", True), "areas": ("areas", True),
}
AREA_FIELDS = {
    "id": ("id", True), "title": ("text", True), "short": ("text", True), "aliases": ("strlist", False),
    "role": ("str", False), "max": ("number", True), "subareas": ("subareas", True),
}
SUBAREA_FIELDS = {"id": ("id", True), "title": ("text", True), "questions": ("questions", True)}
QUESTION_FIELDS = {
    "id": ("id", True), "text": ("text", True), "guidance": ("str", False), "points": ("number", True),
    "scale": ("str", True), "sources": ("strlist", False), "na_allowed": ("bool", False),
}
OPTION_FIELDS = {"key": ("id", True), "label": ("text", True), "value": ("number", True)}

# -- format kompassapp-bank/2 -------------------------------------------------------------------------
BANK_FIELDS_2 = {
    **BANK_FIELDS,
    "groups": ("groups", False), "documents": ("documents", False), "themes": ("themes", False),
}
QUESTION_FIELDS_2 = {
    **QUESTION_FIELDS,
    "groups": ("strlist", False), "documents": ("strlist", False), "levels": ("levels", True),
    "basis": ("str", False), "statute": ("text", False), "na_when": ("text", False),
}
GROUP_FIELDS = {"id": ("id", True), "label": ("text", True), "description": ("str", False)}
DOCUMENT_FIELDS = {"id": ("id", True), "title": ("text", True), "description": ("str", False)}
THEME_FIELDS = {"id": ("id", True), "title": ("text", True), "areas": ("strlist", True)}
FIELDS_2 = {"bank": BANK_FIELDS_2, "question": QUESTION_FIELDS_2}
V2_KEYS = (set(BANK_FIELDS_2) - set(BANK_FIELDS)) | (set(QUESTION_FIELDS_2) - set(QUESTION_FIELDS))
