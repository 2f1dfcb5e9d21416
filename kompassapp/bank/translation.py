"""Bank translations: a bank's texts in another language, kept in a file of their own.

A translation (`format: kompassapp-bank-translation/1`) names the bank id and revision it
translates and gives, by id, area titles and short labels, sub-area titles, question texts
and guidance, and option labels; for a bank in format /2 also group labels and descriptions,
document titles and descriptions, theme titles, and per question its level descriptors, na_when
and statute. Whatever it leaves out stays in the bank's own language.
Scoring never depends on it: ids, points and scales come from the bank.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import yaml

from kompassapp.bank.loader import _Walker, compose, read_text
from kompassapp.bank.model import Bank
from kompassapp.errors import BankError

FORMAT = "kompassapp-bank-translation/1"
FIELDS = {
    "format": ("str", True), "bank": ("id", True), "revision": ("int", True), "language": ("str", True),
    "title": ("text", False), "description": ("str", False), "scales": ("t_scales", False),
    "areas": ("t_areas", False), "subareas": ("t_subareas", False), "questions": ("t_questions", False),
    "groups": ("t_groups", False), "documents": ("t_documents", False), "themes": ("t_themes", False),
}
ENTRY = {  # section -> the fields one entry may translate
    "areas": {"title": ("text", False), "short": ("text", False)},
    "subareas": {"title": ("text", False)},
    "questions": {"text": ("text", False), "guidance": ("str", False), "levels": ("levels", False),
                  "na_when": ("text", False), "statute": ("text", False)},
    "groups": {"label": ("text", False), "description": ("str", False)},
    "documents": {"title": ("text", False), "description": ("str", False)},
    "themes": {"title": ("text", False)},
}


def is_translation(text: str) -> bool:
    """Whether YAML text is a translation file (checked by its format line, cheaply)."""
    return f"format: {FORMAT}" in text[:2000]


def is_translation_file(path: str | Path) -> bool:
    """Whether the file is a translation, reading only its head (a hostile file may be huge or unreadable)."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(4000)
    except OSError:
        return False  # the loader reports it with its line
    return is_translation(head.decode("utf-8", errors="replace"))


class _TranslationWalker(_Walker):
    def value(self, node: yaml.Node, kind: str, what: str) -> Any:
        return self.section(node, kind[2:]) if kind.startswith("t_") else super().value(node, kind, what)

    def section(self, node: yaml.Node, section: str) -> dict | None:
        """One of areas/subareas/questions/scales: a mapping from id to what it translates."""
        if not isinstance(node, yaml.MappingNode):
            return self.problem(node, f"{section} must be a mapping of ids")
        out = {}
        for key_node, value_node in node.value:
            ident = key_node.value
            self.lines[(section, ident)] = key_node.start_mark.line + 1
            if section != "scales":
                entry = self.mapping(value_node, ENTRY[section], f"{section} '{ident}'")
                if entry is not None:
                    out[ident] = entry
                continue
            if not isinstance(value_node, yaml.MappingNode):  # scale -> {option key: label}
                self.problem(value_node, f"scale '{ident}' must map option keys to labels")
                continue
            labels = {}
            for k, v in value_node.value:
                self.lines[(f"scale {ident}", k.value)] = k.start_mark.line + 1
                label = self.value(v, "text", f"scale '{ident}' option '{k.value}'")
                if label is not None:
                    labels[k.value] = label
            out[ident] = labels
        return out


def parse_translation(text: str, filename: str, bank: Bank | None = None) -> dict[str, Any]:
    """Check a translation; with `bank`, also that every id it names exists there."""
    w = _TranslationWalker(filename)
    root = compose(text, filename)  # refuses aliases, oversized files, too many nodes
    data = w.mapping(root, FIELDS, "translation") if root is not None else w.problem(1, "the file is empty")
    if data is not None and data.get("format") not in (None, FORMAT):
        w.problem(w.lines[("translation", "format")], f"unsupported format '{data['format']}' (expected '{FORMAT}')")
    if data is not None and bank is not None:
        _check_against(w, data, bank)
    if w.problems:
        raise BankError([f"{filename}:{line}: {msg}" for line, msg in sorted(w.problems, key=lambda p: p[0])])
    return data


def _check_against(w: _Walker, data: dict[str, Any], bank: Bank) -> None:
    if data.get("bank") != bank.id:
        w.problem(w.lines.get(("translation", "bank"), 1), f"translates bank '{data.get('bank')}', not '{bank.id}'")
        return
    if data.get("revision") != bank.revision:
        w.problem(w.lines.get(("translation", "revision"), 1),
                  f"translates revision {data.get('revision')}; the bank is revision {bank.revision}")
    known = {
        "areas": {a.id for a in bank.areas},
        "subareas": {s.id for a in bank.areas for s in a.subareas},
        "questions": set(bank.questions),
        "groups": {g.id for g in bank.groups},
        "documents": {d.id for d in bank.documents},
        "themes": {t.id for t in bank.themes},
    }
    for section, ids in known.items():
        for ident in data.get(section, {}):
            if ident not in ids:
                w.problem(w.lines[(section, ident)], f"{section}: '{ident}' is not in bank {bank.id}")
    for qid, entry in data.get("questions", {}).items():
        q = bank.questions.get(qid)
        if q is None:
            continue
        what = f"questions '{qid}': field 'levels'"
        options = [o.key for o in bank.scales[q.scale].options]
        for key in entry.get("levels", {}):
            if key not in options:
                w.problem(w.lines.get((what, key), w.lines[("questions", qid)]),
                          f"questions '{qid}': levels: '{key}' is not an option of scale '{q.scale}'")
        for name in ("na_when", "statute"):
            if name in entry and not getattr(q, name):
                w.problem(w.lines.get((f"questions '{qid}'", name), w.lines[("questions", qid)]),
                          f"questions '{qid}': the bank's question has no {name} to translate")
    for scale, labels in data.get("scales", {}).items():
        if scale not in bank.scales:
            w.problem(w.lines[("scales", scale)], f"scales: '{scale}' is not a scale of bank {bank.id}")
            continue
        for key in labels:
            if bank.scales[scale].option(key) is None:
                w.problem(w.lines[(f"scale {scale}", key)], f"scale '{scale}': no option '{key}'")


def load_translation(path: str | Path, bank: Bank | None = None) -> dict[str, Any]:
    path = Path(path)
    return parse_translation(read_text(path), str(path), bank)


def translate(bank: Bank, data: dict[str, Any]) -> Bank:
    """The bank with its texts in the translation's language, falling back to its own."""
    areas_t, subs_t, qs_t = data.get("areas", {}), data.get("subareas", {}), data.get("questions", {})
    scales = {
        key: replace(scale, options=tuple(replace(o, label=data.get("scales", {}).get(key, {}).get(o.key, o.label))
                                          for o in scale.options))
        for key, scale in bank.scales.items()
    }

    def question(q):
        t = qs_t.get(q.id, {})
        return replace(q, text=t.get("text", q.text), guidance=t.get("guidance", q.guidance),
                       levels={k: t.get("levels", {}).get(k, v) for k, v in q.levels.items()},
                       na_when=t.get("na_when", q.na_when), statute=t.get("statute", q.statute))

    areas = tuple(
        replace(a, title=areas_t.get(a.id, {}).get("title", a.title), short=areas_t.get(a.id, {}).get("short", a.short),
                subareas=tuple(
                    replace(s, title=subs_t.get(s.id, {}).get("title", s.title),
                            questions=tuple(question(q) for q in s.questions))
                    for s in a.subareas))
        for a in bank.areas)
    groups_t, docs_t, themes_t = data.get("groups", {}), data.get("documents", {}), data.get("themes", {})
    groups = tuple(replace(g, label=groups_t.get(g.id, {}).get("label", g.label),
                           description=groups_t.get(g.id, {}).get("description", g.description)) for g in bank.groups)
    documents = tuple(replace(d, title=docs_t.get(d.id, {}).get("title", d.title),
                              description=docs_t.get(d.id, {}).get("description", d.description))
                      for d in bank.documents)
    themes = tuple(replace(t, title=themes_t.get(t.id, {}).get("title", t.title)) for t in bank.themes)
    return replace(bank, title=data.get("title", bank.title), description=data.get("description", bank.description),
                   language=data.get("language", bank.language), scales=scales, areas=areas, groups=groups,
                   documents=documents, themes=themes)
