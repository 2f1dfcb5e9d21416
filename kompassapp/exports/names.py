"""Interviewees' names in free text, found the way people actually write them.

Auditors write "Olof Palmes förslag", "olof palme", "Greta" or break a name over two lines;
a document is titled "Intervjuanteckningar Olof Palme", an interview held in "Olof Palmes
rum". A name is matched ignoring case, with any whitespace (line breaks too) between its
words, with a Swedish genitive (-s, :s, ') and also word by word: each part of three letters
or more on its own, so a first name alone is caught. That also catches ordinary words now and
then ("Berg" in "berg"), which is why hits are listed for the auditor to fix or accept rather
than only replaced silently: `find` lists every hit with where it is, `NameMatcher.replace`
replaces them (anonymisation), and `check` gathers the hits of everything a report shows.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kompassapp.exports.common import Report

# How a name may end in running text: the Swedish genitive "Palmes", "Palme:s" (after an
# abbreviation or digit) or "Lars'" (after s, x, z), and an English-style "'s" now and then.
_GENITIVE = r"(?:s|:s|'s|'|’s|’)?"
_SPACE = re.compile(r"\s+")
ANALYSIS_WHERE = {"summary": "sammanfattning", "introduction": "inledning", "conclusion": "avslutning"}
AMBIGUOUS = "[namn]"  # what a word shared by several interviewees becomes: no one's label fits


def _letters(word: str) -> int:
    return sum(ch.isalpha() for ch in word)


def name_forms(name: str) -> tuple[str, ...]:
    """The forms of one name that are looked for: the whole name (also without a bracketed
    remark, "Anna Berg (ersättare)") and each of its words of at least three letters."""
    plain = re.sub(r"\s*\([^)]*\)\s*$", "", name).strip()
    forms = dict.fromkeys(f for f in (_SPACE.sub(" ", name.strip()), _SPACE.sub(" ", plain)) if f)
    for word in plain.split():
        word = word.strip(".,;:!?\"'()[]")
        if _letters(word) >= 3:
            forms.setdefault(word)
    return tuple(forms)


def _key(text: str) -> str:
    return _SPACE.sub(" ", text).casefold()


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    found: str  # as written, e.g. "Olof\nPalmes"
    names: tuple[str, ...]  # the interviewees it may stand for (several when a first name is shared)
    label: str  # what anonymisation writes instead (the pseudonym, or AMBIGUOUS)
    genitive: str  # the genitive ending as written ("s", ":s", …) or ""


class NameMatcher:
    """Finds and replaces interviewees' names; `people` is (name, pseudonym) per interviewee."""

    def __init__(self, people: Iterable[tuple[str, str]]):
        owners: dict[str, dict[str, str]] = {}  # form (casefolded) → name → label
        for name, label in people:
            if not name.strip():
                continue
            for form in name_forms(name):
                owners.setdefault(_key(form), {}).setdefault(_SPACE.sub(" ", name.strip()), label)
        self._owners = owners
        body = _trie(owners)
        self._re = re.compile(rf"(?<!\w)(?P<name>{body})(?P<gen>{_GENITIVE})(?!\w)", re.IGNORECASE) if body else None

    def __bool__(self) -> bool:
        return self._re is not None

    def finditer(self, text: str, pos: int = 0) -> Iterator[Match]:
        """Hits from `pos` on (a name must not continue a word that began before it)."""
        if self._re is None or not text:
            return
        for m in self._re.finditer(text, pos):
            owners = self._owners.get(_key(m.group("name")))
            if owners is None:  # a case mapping that casefold and the regex see differently (rare)
                continue
            labels = set(owners.values())
            label = labels.pop() if len(labels) == 1 else AMBIGUOUS
            yield Match(m.start(), m.end(), m.group(0), tuple(owners), label, m.group("gen"))

    def replace(self, text: str) -> str:
        """The text with every hit replaced by its pseudonym ("Olof Palmes rum" → "Kommunalråd 1:s rum")."""
        if self._re is None or not text:
            return text
        out, last = [], 0
        for m in self.finditer(text):
            out += [text[last:m.start], _genitive(m.label, m.genitive)]
            last = m.end
        if not out:
            return text
        out.append(text[last:])
        return "".join(out)

    __call__ = replace

    def replace_stream(self, chunks: Iterable[str], hold: int = 1024) -> Iterator[str]:
        """`replace` for a text that arrives in pieces: the last `hold` characters wait for the
        next piece, so a name split between two pieces is still found whole."""
        carry, ctx = "", 0  # ctx: characters of carry already given out, kept as context before a name
        for chunk in chunks:
            text = carry + chunk
            if len(text) - ctx <= hold:
                carry = text
                continue
            cut, out, last = len(text) - hold, [], ctx
            for m in self.finditer(text, ctx):
                if m.start >= cut:
                    break
                out += [text[last:m.start], _genitive(m.label, m.genitive)]
                last = m.end
            end = max(cut, last)
            out.append(text[last:end])
            yield "".join(out)
            carry, ctx = text[end - 1:], 1  # one character back: "(?<!\w)" must see it
        if len(carry) > ctx:
            out, last = [], ctx
            for m in self.finditer(carry, ctx):
                out += [carry[last:m.start], _genitive(m.label, m.genitive)]
                last = m.end
            out.append(carry[last:])
            yield "".join(out)


MAX_FORM = 200  # characters; longer "names" are not names (and would nest the pattern too deep)


def _trie(forms: Iterable[str]) -> str:
    """One pattern for all forms, as a tree of their common beginnings ("olof(?:\\s+palme)?"):
    the regex engine then follows one branch per position instead of trying every name, so
    the time does not grow with the number of interviewees. Greedy: the whole name wins over
    its first word."""
    root: dict = {}
    for form in forms:
        if 0 < len(form) <= MAX_FORM:
            node = root
            for ch in form:
                node = node.setdefault(ch, {})
            node[""] = {}  # a form ends here

    def emit(node: dict) -> str:
        branches = [(r"\s+" if ch == " " else re.escape(ch)) + emit(child)
                    for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:  # a shorter form ends here: the rest is optional
            return f"(?:{body})?"
        return body

    return emit(root)


def _genitive(label: str, ending: str) -> str:
    if not ending:
        return label
    return f"{label}:s" if label[-1:].isdigit() or label.endswith("]") else f"{label}s"


@dataclass(frozen=True)
class Hit:
    """One place where an interviewee's name (or something like it) is written."""

    where: str  # "Fynd 3.2", "Dokument 4, titel" — for people
    found: str  # as written
    names: tuple[str, ...]
    kind: str = ""  # the record it is in, for the window to jump to: finding | session | participant | …
    record_id: str = ""

    def __str__(self) -> str:
        found = _SPACE.sub(" ", self.found)
        if len(self.names) == 1:
            return f"{self.where}: '{found}' liknar deltagaren {self.names[0]}"
        return f"{self.where}: '{found}' liknar deltagarna {', '.join(self.names[:-1])} och {self.names[-1]}"


@dataclass(frozen=True)
class Field:
    """A text an export shows, with where it comes from."""

    where: str
    text: str
    kind: str = ""
    record_id: str = ""


def find(matcher: NameMatcher, fields: Iterable[Field]) -> list[Hit]:
    """Every hit in the given texts, in order."""
    return [Hit(f.where, m.found, m.names, f.kind, f.record_id)
            for f in fields for m in matcher.finditer(f.text)]


def shown_fields(r: Report) -> Iterator[Field]:
    """The free texts a report without personal data shows (the PDF; the docx), as it shows them:
    findings, interview groups and roles, document titles. Places and units are included although
    only the workbook shows them: they name people as often as titles do."""
    strict = r.scrub_names  # what the PDF already replaces on its own: whole names as written
    for (kind, area_id), text in r.analyses.items():
        yield Field(f"Analys, område {area_id}" if kind == "area" else f"Analys, {ANALYSIS_WHERE.get(kind, kind)}",
                    strict(text), "analysis", f"{kind}:{area_id}")
    for area in r.bank.areas:
        for i, f in enumerate(r.findings.get(area.id, ()), start=1):
            yield Field(f"Fynd {area.id}.{i}", strict(f.text), "finding", f.id)
            if f.municipality:
                yield Field(f"Fynd {area.id}.{i}, kommun", strict(f.municipality), "finding", f.id)
    for i, x in enumerate(r.sessions, start=1):
        yield Field(f"Intervju {i}, grupp", strict(x.group_name), "session", x.id)
        yield Field(f"Intervju {i}, plats", strict(x.place), "session", x.id)
        for p in r.participants_of(x.id):  # named as the auditors know them (after anonymising: role + number)
            yield Field(f"Intervju {i}, roll för {p.name}", strict(p.role), "participant", p.id)
            yield Field(f"Intervju {i}, enhet för {p.name}", strict(p.unit), "participant", p.id)
    for i, d in enumerate(r.documents, start=1):
        yield Field(f"Dokument {i}, titel", strict(d.title), "document", d.id)
        yield Field(f"Dokument {i}, typ", strict(d.kind), "document", d.id)


def check(r: Report) -> list[Hit]:
    """Every place where a report that promises no names would still show one (or something
    like one). Empty after anonymisation, which replaces every hit."""
    return find(r.names, shown_fields(r)) if r.names else []
