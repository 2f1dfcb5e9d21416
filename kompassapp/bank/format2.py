"""The rules of format kompassapp-bank/2 beyond field types, each problem on its own line (Qt-free).

A /2 bank names its interview groups and documents once, and every question refers to them by id, says
what earns each option of its scale (`levels`), and when "ej tillämplig" is fair (`na_when`). These are
checked on the walked data, with the lines the walker kept:

- a question whose sources include an interview source (INTERVIEW_SOURCES) names >= 1 group, one with a
  document source (DOCUMENT_SOURCES) >= 1 document; groups/documents without such a source are refused
  too (whom would one ask?); every id must be declared, once;
- `levels` has exactly one descriptor per option key of the question's scale;
- N/A allowed (na_allowed true, the default) needs `na_when`; na_allowed false must not have one;
- `basis` is `law` and then `statute` names the provision; `statute` without `basis: law` is refused;
- themes name known areas, each area in at most one theme.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kompassapp.bank.model import BASES, DOCUMENT_SOURCES, INTERVIEW_SOURCES

if TYPE_CHECKING:
    from kompassapp.bank.loader import _Walker


def _ids(items: list[dict]) -> list[str]:
    return [i["id"] for i in items if "id" in i]


def check(w: _Walker, data: dict[str, Any]) -> None:
    groups = list(dict.fromkeys(_ids(data.get("groups", []))))  # a duplicate is reported by the walker
    documents = list(dict.fromkeys(_ids(data.get("documents", []))))
    areas = {a.get("id") for a in data.get("areas", [])}
    scales = data.get("scales") or {}

    in_theme: dict[str, str] = {}
    for theme in data.get("themes", []):
        tid = theme.get("id")
        line = w.lines.get((f"theme {tid}", "areas"), w.lines.get(("theme", tid), 1))
        for aid in theme.get("areas", []):
            if aid not in areas:
                w.problem(line, f"theme {tid}: unknown area '{aid}' (areas: {', '.join(sorted(areas, key=str))})")
            elif aid in in_theme:
                w.problem(line, f"theme {tid}: area '{aid}' is already in theme {in_theme[aid]}")
            else:
                in_theme[aid] = tid

    for area in data.get("areas", []):
        for sub in area.get("subareas", []):
            for q in sub.get("questions", []):
                _question(w, q, groups, documents, scales)


def _question(w: _Walker, q: dict, groups: list[str], documents: list[str], scales: dict) -> None:
    qid = q.get("id")
    label = f"question {qid}"
    qline = w.lines.get(("question", qid), 1)

    def line(key: str) -> int:
        return w.lines.get((label, key), qline)

    sources = set(q.get("sources", []))
    for key, known, wanted, noun in (("groups", groups, INTERVIEW_SOURCES, "group"),
                                     ("documents", documents, DOCUMENT_SOURCES, "document")):
        given = q.get(key, [])
        needed = sorted(sources & set(wanted))
        if needed and not given:
            w.problem(qline, f"{label}: sources has '{needed[0]}' but field '{key}' is missing: name the "
                             f"{noun}s ({', '.join(known) or f'none declared under {key}:'})")
        elif given and not needed:
            w.problem(line(key), f"{label}: field '{key}' is given but sources has no {' or '.join(wanted)}")
        seen: set[str] = set()
        for ident in given:
            if ident in seen:
                w.problem(line(key), f"{label}: {noun} '{ident}' is listed twice")
            elif ident not in known:
                w.problem(line(key), f"{label}: unknown {noun} '{ident}' "
                                     f"({key}: {', '.join(known) or 'none declared'})")
            seen.add(ident)

    levels = q.get("levels")
    options = [o.get("key") for o in scales.get(q.get("scale"), [])] if q.get("scale") in scales else None
    if levels is not None and options is not None:
        what = f"{label}: field 'levels'"
        for key in levels:
            if key not in options:
                w.problem(w.lines.get((what, key), line("levels")),
                          f"{label}: levels: '{key}' is not an option of scale '{q['scale']}' "
                          f"(options: {', '.join(map(str, options))})")
        for key in options:
            if key not in levels and (what, key) not in w.lines:
                w.problem(line("levels"), f"{label}: levels: missing descriptor for option '{key}' "
                                          f"of scale '{q['scale']}'")

    allowed = q.get("na_allowed", True)
    if allowed and "na_when" not in q:
        w.problem(qline, f"{label}: N/A is allowed (na_allowed {'true' if 'na_allowed' in q else 'defaults to true'}) "
                         "but field 'na_when' is missing: say when N/A is fair, or set na_allowed: false")
    if not allowed and "na_when" in q:
        w.problem(line("na_when"), f"{label}: field 'na_when' is given but na_allowed is false")

    basis = q.get("basis")
    if basis is not None and basis not in BASES:
        w.problem(line("basis"), f"{label}: basis '{basis}' is unknown (allowed: {', '.join(BASES)})")
    if basis == "law" and "statute" not in q:
        w.problem(line("basis"), f"{label}: basis is law but field 'statute' is missing: name the provision")
    if "statute" in q and basis is None:
        w.problem(line("statute"), f"{label}: field 'statute' needs basis: law")
