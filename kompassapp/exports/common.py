"""What every export needs from an evaluation, gathered once, with Swedish labels and numbers.

The exports read only a `Report`, so an anonymised export cannot leak a name through a
code path that forgot to anonymise: the names are replaced before any writer sees them.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import cached_property
from datetime import date
from fractions import Fraction
from pathlib import Path

from kompassapp.bank.model import Bank
from kompassapp.evaluation import FINDING_KINDS, Answer, Document, Evaluation, Finding, Info, Note, Participant, Session
from kompassapp.exports.names import AMBIGUOUS, NameMatcher
from kompassapp.references import Reference, comparison
from kompassapp.scoring import NA, Profile, display

BIG_NOTE = 1 << 20  # bytes: a longer note's text is streamed in pieces
STATUS_SV = {"not_started": "Ej påbörjad", "draft": "Utkast", "done": "Klar"}
DISPUTED_SV = "Oenighet"  # auditors chose differently and the team has not agreed yet
SOURCE_SV = {"interview": "Intervju", "document": "Dokument", "web": "Webb", "observation": "Observation",
             "municipality": "Kommunens svar"}  # the municipality's own account, never the auditors' evidence
FINDING_SV = {"strength": "Styrka", "development": "Utvecklingsområde", "example": "Gott exempel"}
FINDING_KINDS_ORDER = FINDING_KINDS  # strengths, then development areas, then good examples
FINDING_PLURAL_SV = {"strength": "Styrkor", "development": "Utvecklingsområden", "example": "Goda exempel"}
NA_SV = "Ej tillämplig"
MONTHS_SV = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
             "oktober", "november", "december")


# -- Swedish formatting ------------------------------------------------------------------
def sv_number(value: Fraction | int | float, places: int = 1) -> str:
    """76,5 and 639 — a decimal comma, halves kept, other fractions rounded half up."""
    d = display(Fraction(value) if not isinstance(value, float) else Fraction(str(value)), places)
    text = f"{d:,}".replace(",", "\u202f").replace(".", ",")  # narrow no-break space groups thousands
    return text.replace("-", "\u2212")


def sv_percent(part: Fraction | int, whole: Fraction | int) -> str:
    return f"{sv_number(Fraction(part) * 100 / whole, 0)}\u00a0%" if whole else "–"


def sv_date(iso: str) -> str:
    """'2003-09-09' → '9 september 2003'; anything else is shown as it is."""
    try:
        d = date.fromisoformat(iso[:10])
    except (ValueError, TypeError):
        return iso or ""
    return f"{d.day} {MONTHS_SV[d.month - 1]} {d.year}"


def sv_period(start: str, end: str) -> str:
    """A visit '9–11 september 2003' (or across months / years), with an en dash."""
    if not start:
        return ""
    if not end or end[:10] == start[:10]:
        return sv_date(start)
    try:
        a, b = date.fromisoformat(start[:10]), date.fromisoformat(end[:10])
    except ValueError:
        return f"{start}\u2013{end}"
    if (a.year, a.month) == (b.year, b.month):
        return f"{a.day}\u2013{b.day} {MONTHS_SV[a.month - 1]} {a.year}"
    if a.year == b.year:
        return f"{a.day} {MONTHS_SV[a.month - 1]} \u2013 {b.day} {MONTHS_SV[b.month - 1]} {a.year}"
    return f"{sv_date(start)} \u2013 {sv_date(end)}"


def sv_time(iso: str) -> str:
    """An ISO time stamp as '2003-09-09 13:00' (seconds and zone dropped: people read this)."""
    return iso[:16].replace("T", " ") if iso else ""


def short_notice(notice: str) -> str:
    """The first sentence of a notice, for page footers where the whole text does not fit."""
    first = re.split(r"(?<=[.!?])\s", notice.strip(), maxsplit=1)[0]
    return first


# -- personal data -------------------------------------------------------------------------
def pseudonyms(participants: list[Participant], clean: Callable[[str], str] = lambda text: text) -> dict[str, str]:
    """Participant id → 'role + number' (e.g. 'Förvaltningschef 2'), numbered in interview order;
    `clean` takes names out of the roles ("Olof Palmes sekreterare" must not become a label)."""
    seen: Counter[str] = Counter()
    out = {}
    for p in participants:
        role = clean(p.role).strip() or "Deltagare"
        seen[role] += 1
        out[p.id] = f"{role} {seen[role]}"
    return out


class NameScrubber:
    """Replaces interviewees' names in free text, e.g. a note that quotes "Anna Berg menar …".

    A name is matched whole, and also without a trailing remark in brackets ("Anna Berg
    (ersättare)" is also written "Anna Berg"); single words are not matched, since a first
    name alone would also hit ordinary words.
    """

    def __init__(self, names: dict[str, str]):
        forms: dict[str, str] = {}
        for name, label in names.items():
            for form in {name.strip(), re.sub(r"\s*\([^)]*\)\s*$", "", name).strip()}:
                if len(form.split()) >= 2:
                    forms.setdefault(form, label)
        self._labels = forms
        alternatives = sorted(forms, key=len, reverse=True)
        self._re = (re.compile(r"(?<!\w)(" + "|".join(map(re.escape, alternatives)) + r")(?!\w)")
                    if alternatives else None)

    def __call__(self, text: str) -> str:
        if not self._re or not text:
            return text
        return self._re.sub(lambda m: self._labels[m.group(1)], text)


# -- the gathered report -----------------------------------------------------------------
@dataclass(frozen=True)
class Report:
    """Everything of one evaluation that an export may show, read once from the file."""

    source: Path
    info: Info
    bank: Bank
    profile: Profile
    team: tuple[str, ...]
    answers: dict[str, Answer]
    note_counts: dict[str, int]
    note_source: Callable[[], Iterator[Note]]  # streams from the open file: valid inside `open_report` only
    note_pieces: Callable[[str], Iterator[str]]  # a long note's text, a megabyte at a time
    sessions: tuple[Session, ...]
    participants: tuple[Participant, ...]  # names already anonymised when asked for
    documents: tuple[Document, ...]
    findings: dict[str, tuple[Finding, ...]]  # area id → findings, in the evaluators' order
    auditor_answers: dict[str, dict[str, Answer]]  # question id → auditor → own answer (several after a merge)
    disputed: frozenset[str]  # questions whose auditors disagree and no agreed answer is set
    comparison: Reference | None  # another evaluation's or a reference profile, same edition
    anonymized: bool
    scrub: Callable[[str], str]  # what free text goes through: name removal when anonymised, else as it is
    scrub_names: NameScrubber  # always removes names; the PDF uses it whatever the option
    pseudonym: dict[str, str]  # participant id → role + number, always available (the PDF never names)
    compare_file: Path | None = None  # the comparison when it is another .kompass file (its answers are there too)
    names: NameMatcher | None = None  # every interviewee's name (deleted ones too), matched tolerantly
    # (kind, area id) → the analysis text that counts (the latest edit); names removed when anonymised
    analyses: dict[tuple[str, str], str] = field(default_factory=dict)

    @property
    def label(self) -> str:
        return f"{self.info.municipality} {self.info.year}"

    def analysis(self, kind: str, area_id: str = "") -> str:
        """An analysis text ("area" with its id, "summary", "introduction", "conclusion"); "" if none."""
        return self.analyses.get((kind, area_id), "").strip()

    def notes(self) -> Iterator[tuple[Note, str | Iterator[str]]]:
        """The evidence notes, oldest first, read one at a time, each with its text (names removed
        when anonymised). A text of more than a megabyte comes as an iterator of pieces (the
        note's own `text` is then ""), so that not even one huge note is held whole."""
        for n in self.note_source():
            if n.text:
                yield n, self.scrub(n.text)
            else:
                pieces = self.note_pieces(n.id)
                yield n, (self.names.replace_stream(pieces) if self.anonymized and self.names else pieces)

    @cached_property
    def auditors(self) -> tuple[str, ...]:
        return tuple(sorted({who for by in self.auditor_answers.values() for who in by}))

    @cached_property
    def _by_id(self) -> dict[str, Session | Participant | Document]:
        return {x.id: x for x in (*self.sessions, *self.participants, *self.documents)}

    def session(self, session_id: str | None) -> Session | None:
        return self._by_id.get(session_id) if session_id else None

    def participant(self, participant_id: str | None) -> Participant | None:
        return self._by_id.get(participant_id) if participant_id else None

    def document(self, document_id: str | None) -> Document | None:
        return self._by_id.get(document_id) if document_id else None

    def participants_of(self, session_id: str) -> list[Participant]:
        return [p for p in self.participants if p.session_id == session_id]

    def answer_text(self, question_id: str, choice: str | None | object = ...) -> str:
        """The chosen option's label in the bank's words; 'Ej tillämplig'; '' while open.
        Without `choice`, the answer that counts."""
        if choice is ...:
            choice = self.answers.get(question_id, Answer(question_id)).choice
        if choice is None:
            return ""
        if choice == NA:
            return NA_SV
        q = self.bank.questions[question_id]
        option = self.bank.scales[q.scale].option(choice)
        return option.label if option else f"{choice} (okänt svarsalternativ)"

    def question_points(self, question_id: str) -> tuple[Fraction | None, Fraction | None]:
        """(awarded, possible) for one question; (None, None) when answered 'ej tillämplig'."""
        q = self.bank.questions[question_id]
        choice = self.answers.get(question_id, Answer(question_id)).choice
        if choice == NA and q.na_allowed:
            return None, None
        option = self.bank.scales[q.scale].option(choice) if choice not in (None, NA) else None
        return (q.points * option.value if option else Fraction(0)), q.points  # open: 0 of its points (as scoring)

    def source_text(self, note: Note) -> str:
        """Where a note comes from, in words: 'Ledande politiker – Anna Berg' (or '– Kommunalråd 1')."""
        if note.source_kind == "interview":
            session = self.session(note.session_id)
            text = session.group_name if session else "(borttagen intervju)"
            person = self.participant(note.participant_id)
            if person and person.name:
                text += f" \u2013 {person.name}"
            return text
        if note.source_kind == "document":
            doc = self.document(note.document_id)
            return doc.title if doc else "(borttaget dokument)"
        if note.source_kind == "web":
            return note.url
        if note.source_kind == "municipality":
            return municipality_source(note.provenance)
        return ""

    def interviewed_roles(self) -> list[tuple[str, int]]:
        """(role, number of people) over all interviews, most frequent first; no names."""
        counts = Counter(p.role.strip() or "Roll ej angiven" for p in self.participants)
        return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].casefold()))


def gather(ev: Evaluation, *, anonymize: bool = False, compare: Reference | None = None) -> Report:
    """Read everything an export shows. With `anonymize`, interviewees become 'role + number'."""
    everyone = ev.participants(include_deleted=True)  # deleted ones too: their names may be in notes
    session_order = {s.id: i for i, s in enumerate(ev.sessions(include_deleted=True))}
    everyone.sort(key=lambda p: session_order.get(p.session_id, len(session_order)))
    pseudo = pseudonyms(everyone, NameMatcher((p.name, AMBIGUOUS) for p in everyone))
    scrubber = NameScrubber({p.name: pseudo[p.id] for p in everyone if p.name.strip()})
    # Anonymised, every tolerant hit is replaced (genitives, lower case, first names alone, …).
    matcher = NameMatcher((p.name, pseudo[p.id]) for p in everyone)
    scrub: Callable[[str], str] = matcher if anonymize else (lambda text: text)

    participants = [p for p in everyone if not p.deleted]
    sessions = ev.sessions()
    documents = ev.documents()
    findings: dict[str, list[Finding]] = defaultdict(list)
    for f in ev.findings():
        findings[f.area_id].append(f)
    if anonymize:
        participants = [replace(p, name=pseudo[p.id], role=scrub(p.role), unit=scrub(p.unit)) for p in participants]
        sessions = [replace(x, group_name=scrub(x.group_name), place=scrub(x.place)) for x in sessions]
        documents = [replace(d, title=scrub(d.title), kind=scrub(d.kind), link=scrub(d.link)) for d in documents]
        findings = defaultdict(list, {k: [replace(f, text=scrub(f.text), municipality=scrub(f.municipality))
                                          for f in v] for k, v in findings.items()})
    answers = {k: replace(a, comment=scrub(a.comment)) for k, a in ev.answers().items()}
    analyses: dict[tuple[str, str], str] = {}
    for a in sorted(ev.analyses(), key=lambda a: a.updated_at):  # the latest edit counts, as in the window
        analyses[(a.kind, a.area_id)] = scrub(a.text)
    by_auditor = {q: {who: replace(a, comment=scrub(a.comment)) for who, a in by.items()}
                  for q, by in ev.auditor_answers().items()}

    return Report(
        source=ev.path, info=ev.info, bank=ev.bank, profile=ev.profile(),
        team=tuple(m.name for m in ev.team()), answers=answers, note_counts=ev.note_counts(),
        note_source=lambda: ev.iter_notes(text_limit=BIG_NOTE), note_pieces=ev.note_text_pieces, sessions=tuple(sessions), participants=tuple(participants),
        documents=tuple(documents), findings={k: tuple(v) for k, v in findings.items()},
        auditor_answers=by_auditor, disputed=frozenset(ev.disputed()), comparison=compare, anonymized=anonymize,
        scrub=scrub, scrub_names=scrubber, pseudonym=pseudo, names=matcher, analyses=analyses)


@contextmanager
def open_report(path: Path, *, anonymize: bool = False, compare: str | Path | None = None) -> Iterator[Report]:
    """The report of the evaluation at `path`, whose notes stream from the file while it is open.
    `compare`: another .kompass file, a reference profile file or a shipped reference id."""
    with Evaluation.open(path, readonly=True) as ev:
        reference = comparison(compare, ev.bank) if compare is not None else None
        report = gather(ev, anonymize=anonymize, compare=reference)
        if compare is not None and str(compare).endswith(".kompass"):
            report = replace(report, compare_file=Path(compare))
        yield report


def municipality_where(provenance: str) -> str:
    """Where a municipality's answer came from: 'fil.xlsx, Blad!D5' ("" when unknown)."""
    import json

    try:
        where = json.loads(provenance) if provenance else {}
    except ValueError:
        where = {}
    if not isinstance(where, dict) or not where.get("file"):
        return ""
    return f"{where['file']}, {where.get('sheet', '?')}!{where.get('cell', '?')}"


def municipality_source(provenance: str) -> str:
    """'Kommunens svar i frågeunderlaget (fil.xlsx, Blad!D5)'."""
    where = municipality_where(provenance)
    return "Kommunens svar i frågeunderlaget" + (f" ({where})" if where else "")
