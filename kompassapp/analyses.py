"""Analysis texts: the qualitative part of the written report, per area and for the whole.

One text per area (kind "area"), plus the summary, the short introduction to the municipality
and the conclusion. Each auditor's copy may hold its own version of a text; after a merge
both stay, as separate records, until someone writes the agreed text: `set_analysis` then
keeps one record with that text and deletes the other versions (never erased: the change log
and undo keep them). Until then the text is *disputed* and the consensus page shows both.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from kompassapp.edits import Edits
from kompassapp.errors import KompassError
from kompassapp.records import ANALYSIS_KINDS, Analysis, ChangeKind, from_row, new_id

ANALYSIS_TITLES_SV = {"introduction": "Inledning", "summary": "Sammanfattande analys", "area": "Analys",
                      "conclusion": "Avslutning"}


class AnalysisEdits(Edits):
    def _analysis_key(self, kind: str, area_id: str) -> tuple[str, str]:
        if kind not in ANALYSIS_KINDS:
            raise KompassError(f"an analysis text's kind must be one of {', '.join(ANALYSIS_KINDS)}")
        if kind == "area":
            if all(a.id != area_id for a in self.bank.areas):
                raise KompassError(f"unknown area '{area_id}'")
            return kind, area_id
        if area_id:
            raise KompassError(f"the {kind} is for the whole evaluation; it has no area")
        return kind, ""

    def analyses(self, include_deleted: bool = False) -> list[Analysis]:
        """Every analysis text, in the order they were written."""
        sql = "SELECT * FROM analyses" + ("" if include_deleted else " WHERE deleted = 0") + " ORDER BY rowid"
        return [from_row(Analysis, r) for r in self.conn.execute(sql)]

    def analysis_versions(self, kind: str, area_id: str = "") -> list[Analysis]:
        """The live versions of one text, the latest edit first (several only after a merge)."""
        kind, area_id = self._analysis_key(kind, area_id)
        rows = self.conn.execute("SELECT * FROM analyses WHERE kind = ? AND area_id = ? AND deleted = 0"
                                 " ORDER BY updated_at DESC, id", (kind, area_id))
        return [from_row(Analysis, r) for r in rows]

    def analysis_text(self, kind: str, area_id: str = "") -> str:
        """The text that counts: the latest edit's (while versions differ, the window says so)."""
        versions = self.analysis_versions(kind, area_id)
        return versions[0].text if versions else ""

    def disputed_analyses(self) -> list[tuple[str, str]]:
        """(kind, area id) of the texts whose versions differ (auditors wrote their own), in report order."""
        texts: dict[tuple[str, str], set[str]] = {}
        for a in self.analyses():
            texts.setdefault((a.kind, a.area_id), set()).add(a.text.strip())
        order = {k: i for i, k in enumerate(ANALYSIS_KINDS)}
        areas = {a.id: i for i, a in enumerate(self.bank.areas)}
        return sorted((k for k, v in texts.items() if len(v) > 1),
                      key=lambda k: (order[k[0]], areas.get(k[1], -1)))

    def set_analysis(self, kind: str, text: str, area_id: str = "") -> Analysis:
        """Write the text (the agreed one, if versions differed); stored and logged at once."""
        kind, area_id = self._analysis_key(kind, area_id)
        versions = self.analysis_versions(kind, area_id)
        if len(versions) == 1 and versions[0].text == text:
            return versions[0]
        keep = versions[0].id if versions else new_id()

        def work(now: str) -> None:
            if not versions:
                self.conn.execute("INSERT INTO analyses (id, area_id, kind, text, author, updated_at)"
                                  " VALUES (?, ?, ?, ?, ?, ?)", (keep, area_id, kind, text, self.author, now))
                self._log("analysis", keep, "created", None,
                          json.dumps({"kind": kind, "area_id": area_id, "text": text}, ensure_ascii=False), now)
                return
            if versions[0].text != text:
                self.conn.execute("UPDATE analyses SET text = ?, author = ?, updated_at = ? WHERE id = ?",
                                  (text, self.author, now, keep))
                self._log("analysis", keep, "text", versions[0].text, text, now)
            for other in versions[1:]:  # the other auditors' versions: superseded by the agreed text
                self.conn.execute("UPDATE analyses SET deleted = 1, author = ?, updated_at = ? WHERE id = ?",
                                  (self.author, now, other.id))
                self._log("analysis", other.id, "deleted", "false", "true", now)

        self._write(ChangeKind.ANALYSIS, (keep, *(v.id for v in versions[1:])), work)
        return from_row(Analysis, self.conn.execute("SELECT * FROM analyses WHERE id = ?", (keep,)).fetchone())

    def restore_analyses(self, versions: Iterable[Analysis]) -> None:
        """Put records back as they were (text and deleted flag): what undo does, in one transaction."""
        wanted = list(versions)
        current = {a.id: a for a in self.analyses(include_deleted=True)}
        changes = [(v, current.get(v.id)) for v in wanted
                   if v.id not in current or (current[v.id].text, current[v.id].deleted) != (v.text, v.deleted)]
        if not changes:
            return

        def work(now: str) -> None:
            for v, old in changes:
                if old is None:  # a record the undone edit created and that is gone: cannot happen, but be exact
                    continue
                self.conn.execute("UPDATE analyses SET text = ?, deleted = ?, author = ?, updated_at = ? WHERE id = ?",
                                  (v.text, int(v.deleted), self.author, now, v.id))
                if old.text != v.text:
                    self._log("analysis", v.id, "text", old.text, v.text, now)
                if old.deleted != v.deleted:
                    self._log("analysis", v.id, "deleted", str(old.deleted).lower(), str(v.deleted).lower(), now)

        self._write(ChangeKind.ANALYSIS, tuple(v.id for v, _ in changes), work)
