"""The Excel workbook of one evaluation: summary with a radar chart, one sheet per area,
the evidence notes, and the interview and document registers. Compared with another year's
evaluation of the same municipality (another .kompass file on the same bank), a sheet
"Förändring" shows the differences per area and per question."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime
from fractions import Fraction
from pathlib import Path

from kompassapp.bank.model import Bank
from kompassapp.evaluation import Evaluation
from kompassapp.exports.bank_appendix import document_titles, group_labels, has_instruments
from kompassapp.exports import sheet as sh
from kompassapp.exports.common import (DISPUTED_SV, FINDING_KINDS_ORDER, FINDING_SV, SOURCE_SV, STATUS_SV, Report,
                                       sv_number, sv_period)
from kompassapp.exports.sheet import Column as C
from kompassapp.exports.sheet import Book, Reference, Sheet
from kompassapp.scoring import NA

# The score table of the summary sheet; the radar chart reads its Kort/Poäng/Jämförelse columns.
SCORE_COLUMNS = [C("Nr", 14, center=True), C("Område", 50), C("Kort namn", 18), C("Poäng", 10, sh.SCORE),
                 C("Max", 8, sh.MAXIMUM), C("Besvarade frågor", 11, sh.COUNT), C("Tillämpliga frågor", 11, sh.COUNT),
                 C("Ej tillämpliga", 11, sh.COUNT), C("Andel besvarade", 11, sh.PERCENT)]
QUESTION_COLUMNS = [C("Delområde", 11, center=True), C("Id", 9), C("Fråga", 62), C("Svar", 20),
                    C("Poäng", 9, sh.POINTS), C("Möjliga poäng", 9, sh.POINTS), C("Status", 12, center=True),
                    C("Kommentar", 50), C("Anteckningar", 13, sh.COUNT, center=True)]
NOTE_COLUMNS = [C("Nr", 6, sh.COUNT, center=True), C("Anteckning", 80), C("Frågor", 16), C("Område", 9, center=True),
                C("Källtyp", 12),
                C("Källa", 40), C("Författare", 18), C("Skapad", 17, sh.DATETIME, center=True),
                C("Ändrad", 17, sh.DATETIME, center=True)]
INTERVIEW_COLUMNS = [C("Intervju (grupp)", 34), C("Början", 17, sh.DATETIME, center=True),
                     C("Slut", 17, sh.DATETIME, center=True),
                     C("Plats", 24), C("Utvärderare", 30), C("Deltagare", 26), C("Roll", 32), C("Enhet", 34),
                     C("Anteckningar", 13, sh.COUNT, center=True)]
CHANGE = "+0.0;-0.0;0"  # a difference always shows its sign
NOT_ASSESSED = "\u2013"  # an area none of whose questions is assessed yet: not a 0 it earned
CHANGE_POINTS = "+0.0#;-0.0#;0"
CHANGE_TITLE = "Förändring"  # the same municipality, a later year
COMPARISON_TITLE = "Jämförelse"  # any other evaluation on the same bank: differences, not change
DOCUMENT_COLUMNS = [C("Titel", 56), C("Typ", 18), C("Datum", 12, sh.DATE, center=True), C("Länk", 44),
                    C("Anteckningar", 13, sh.COUNT, center=True)]


def _when(iso: str) -> datetime | str:
    """A time stamp as an Excel date-time: stored UTC becomes local time, a plain local time stays."""
    if not iso:
        return ""
    try:
        t = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    return t.astimezone().replace(tzinfo=None) if t.tzinfo else t


def _number(text: str) -> int | str:
    """An area number as a number ("3" stored as text gets Excel's green triangle); "1, 3" stays text."""
    return int(text) if text.isdigit() and len(text) < 10 else text


def _day(text: str) -> date | str:
    try:
        return date.fromisoformat(text)
    except (TypeError, ValueError):
        return text


def _summary(wb: Book, r: Report) -> None:
    ws = wb.sheet("Sammanfattning")
    sh.set_widths(ws, SCORE_COLUMNS)
    info, bank, profile = r.info, r.bank, r.profile
    sh.print_setup(ws, f"Kommunkompassen – {r.label}", "Demonstrationsdata" if info.demo else "")
    ws.page_setup.fitToHeight = 1  # facts, scores and the chart belong on one printed page
    ws.sheet_view.showGridLines = False
    sh.put(ws, 1, 1, f"Kommunkompassen – {r.label}", font=sh.TITLE, align=sh.TOP)
    row = 2
    if info.notice or info.demo:
        sh.notice_row(ws, row, info.notice or "Demonstrationsdata – beskriver inte en verklig utvärdering.",
                      len(SCORE_COLUMNS))
        row += 1
    team = ", ".join(r.team)
    facts = [("Kommun", info.municipality), ("År", info.year), ("Besök", sv_period(info.visit_start, info.visit_end)),
             ("Utvärderare", team),
             ("Frågebank", f"{bank.title} {bank.edition} (revision {bank.revision}, {bank.id})"),
             ("Exporterad", datetime.now().replace(microsecond=0)), ("Fil", r.source.name)]
    if r.anonymized:
        facts.append(("Personuppgifter", "Intervjuade personer anges med roll och nummer i stället för namn."))
    if r.comparison:
        facts.append(("Jämförelse", f"{r.comparison.name} (källa: {r.comparison.source})" if r.comparison.source else r.comparison.name))
    row += 1
    for label, value in facts:
        sh.put(ws, row, 1, label, font=sh.BOLD, align=sh.TOP)
        sh.put(ws, row, 2, value, fmt=sh.DATETIME if isinstance(value, datetime) else None,
               align=sh.Alignment(horizontal="left", vertical="top", wrap_text=True))
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=5)
        row += 1

    row += 1
    columns = list(SCORE_COLUMNS)
    if r.comparison:
        columns.insert(5, C(r.comparison.name, 14, sh.SCORE))
        ws.column_dimensions["F"].width = 14
        sh.set_widths(ws, columns)
    top = row
    sh.header(ws, top, columns)
    compared = r.comparison.scores if r.comparison else {}
    for a in profile.areas:
        row += 1
        t = a.tally
        values = [_number(a.area.id), a.area.title, a.area.short, a.score if a.assessed else NOT_ASSESSED, a.area.max, t.answered, t.applicable, t.na,
                  Fraction(t.answered, t.applicable) if t.applicable else None]
        if r.comparison:
            values.insert(5, compared[a.area.id])
        sh.rows_out(ws, row, columns, values)
    row += 1
    t = profile.tally
    total = ["", "Totalt", "", profile.total, profile.max_total, t.answered, t.applicable, t.na,
             Fraction(t.answered, t.applicable) if t.applicable else None]
    if r.comparison:
        total.insert(5, r.comparison.total)
    sh.rows_out(ws, row, columns, total, font=sh.BOLD)
    for col in range(1, len(columns) + 1):
        ws.cell(row=row, column=col).border = sh.TOTAL_BORDER
    ws.print_title_rows = None

    first, last = top + 1, top + len(profile.areas)
    series = [(r.label, Reference(ws.ws, min_col=4, min_row=first, max_row=last))]
    if r.comparison:
        series.append((r.comparison.name, Reference(ws.ws, min_col=6, min_row=first, max_row=last)))
    maximum = float(max(a.area.max for a in profile.areas))
    sh.radar(ws, title="Kompassros", labels=Reference(ws.ws, min_col=3, min_row=first, max_row=last),
             series=series, maximum=maximum, anchor=f"B{row + 2}")


def _area_sheet(ws: Sheet, r: Report, area_score) -> None:
    area, t = area_score.area, area_score.tally
    sh.print_setup(ws, f"Kommunkompassen – {r.label}", f"Område {area.id}")
    sh.put(ws, 1, 1, f"{area.id} {area.title}", font=sh.SUBTITLE, align=sh.TOP)
    shown = sv_number(area_score.score) if area_score.assessed else f"{NOT_ASSESSED} (ännu inte bedömt)"
    summary = (f"Områdespoäng {shown} av {sv_number(area.max)} · "
               f"besvarade {t.answered} av {t.applicable} tillämpliga frågor"
               + (f" · {t.na} ej tillämpliga" if t.na else ""))
    sh.put(ws, 2, 1, summary, align=sh.TOP)

    several = len(r.auditors) > 1  # after merging team copies: each auditor's own choice beside the result
    columns = QUESTION_COLUMNS + ([C("Utvärderarnas svar", 34)] if several else [])
    instruments = has_instruments(r.bank)  # format /2: whom to ask and what to request, per question
    columns += [C("Grupper", 34), C("Dokument", 34)] if instruments else []
    sh.set_widths(ws, columns)

    def questions():
        for sub in area.subareas:
            for q in sub.questions:
                awarded, possible = r.question_points(q.id)
                answer = r.answers.get(q.id)
                status = DISPUTED_SV if q.id in r.disputed else STATUS_SV[answer.status if answer else "not_started"]
                values = [sub.id, q.id, q.text, r.answer_text(q.id), awarded, possible, status,
                          answer.comment if answer else "", r.note_counts.get(q.id, 0)]
                if several:
                    own = r.auditor_answers.get(q.id, {})
                    values.append("\n".join(f"{who}: {r.answer_text(q.id, a.choice) or '–'}"
                                             for who, a in own.items()))
                if instruments:
                    values += [group_labels(r.bank, q), document_titles(r.bank, q)]
                yield values

    row = sh.table(ws, 3, columns, questions(), continued=7, keys=2)

    row += 1
    sh.put(ws, row, 1, "Delområden", font=sh.SUBTITLE, align=sh.TOP)
    row += 1
    # Placed under the question columns, so the widths are theirs (0 = unused here).
    sub_columns = [C("Id", 0, center=True), C("", 0), C("Delområde", 0), C("Andel av möjliga", 0, sh.PERCENT),
                   C("Poäng", 0, sh.POINTS), C("Möjliga poäng", 0, sh.POINTS),
                   C("Besvarade", 0, sh.COUNT, center=True),
                   C("Tillämpliga", 0, sh.COUNT, center=True), C("Ej tillämpliga", 0, sh.COUNT, center=True)]
    sh.header(ws, row, sub_columns)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=2)
    for s in area_score.subareas:
        row += 1
        st = s.tally
        sh.rows_out(ws, row, sub_columns, [s.subarea.id, "", s.subarea.title, st.share if st.possible else None,
                                           st.awarded, st.possible, st.answered, st.applicable, st.na])
    row += 1
    sh.rows_out(ws, row, sub_columns, ["", "", "Hela området", t.share if t.possible else None, t.awarded,
                                       t.possible, t.answered, t.applicable, t.na], font=sh.BOLD)
    for col in range(1, len(sub_columns) + 1):
        ws.cell(row=row, column=col).border = sh.TOTAL_BORDER
    row += 1
    sh.put(ws, row, 3, f"Områdespoäng (max {sv_number(area.max)} × poäng ÷ möjliga poäng)", font=sh.BOLD)
    sh.put(ws, row, 5, area_score.score if area_score.assessed else NOT_ASSESSED, fmt=sh.SCORE, font=sh.BOLD,
           align=None if area_score.assessed else sh.RIGHT)
    sh.put(ws, row, 6, area.max, fmt=sh.MAXIMUM)

    row += 2
    sh.put(ws, row, 1, "Iakttagelser", font=sh.SUBTITLE, align=sh.TOP)
    row += 1
    finding_columns = [C("Typ", 0), C("", 0), C("Iakttagelse", 0), C("Kommun (goda exempel)", 0)]
    sh.header(ws, row, finding_columns)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=2)
    findings = sorted(r.findings.get(area.id, ()), key=lambda f: FINDING_KINDS_ORDER.index(f.kind))
    if not findings:
        sh.put(ws, row + 1, 3, "Inga iakttagelser har registrerats för området.")
    for f in findings:
        row += 1
        row = sh.rows_out(ws, row, finding_columns, [FINDING_SV[f.kind], "", f.text, f.municipality]) - 1
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=2)


def _notes_sheet(ws: Sheet, r: Report) -> Counter[str]:
    """The notes, streamed from the file one by one; returns how many notes each session,
    participant and document has (keyed by id), for the registers that follow."""
    sh.set_widths(ws, NOTE_COLUMNS)
    sh.print_setup(ws, f"Kommunkompassen – {r.label}", "Underlag")
    counts: Counter[str] = Counter()

    def records():
        for i, (n, text) in enumerate(r.notes(), start=1):
            counts.update(x for x in (n.session_id, n.participant_id, n.document_id) if x)
            areas = sorted({r.bank.area_of[q].id for q in n.question_ids} | ({n.area_id} if n.area_id else set()))
            yield [i, text, ", ".join(n.question_ids), _number(", ".join(areas)), SOURCE_SV.get(n.source_kind, n.source_kind),
                   r.source_text(n), n.author, _when(n.created_at), _when(n.updated_at)]

    sh.table(ws, 1, NOTE_COLUMNS, records(), continued=5, stream=True)
    return counts


def _interviews_sheet(ws: Sheet, r: Report, per_person: Counter[str]) -> None:
    sh.set_widths(ws, INTERVIEW_COLUMNS)
    sh.print_setup(ws, f"Kommunkompassen – {r.label}", "Intervjuer")

    def records():
        for s in r.sessions:
            head = [s.group_name, _when(s.starts_at), _when(s.ends_at), s.place, ", ".join(s.auditors)]
            people = r.participants_of(s.id)
            if not people:
                yield head + ["", "", "", per_person[s.id]]
            for p in people:
                yield head + [p.name, p.role, p.unit, per_person[p.id]]

    sh.table(ws, 1, INTERVIEW_COLUMNS, records(), stream=True)


def _documents_sheet(ws: Sheet, r: Report, per_doc: Counter[str]) -> None:
    sh.set_widths(ws, DOCUMENT_COLUMNS)
    sh.print_setup(ws, f"Kommunkompassen – {r.label}", "Dokument")
    sh.table(ws, 1, DOCUMENT_COLUMNS,
             ([d.title, d.kind, _day(d.date), d.link, per_doc[d.id]] for d in r.documents), stream=True)


def _analysis_sheet(ws: Sheet, r: Report) -> None:
    """The written report's texts: introduction, summary, each area's analysis, conclusion."""
    columns = [C("Del", 24), C("Område", 9, center=True), C("Text", 110)]
    sh.set_widths(ws, columns)
    sh.print_setup(ws, f"Kommunkompassen – {r.label}", "Analys")
    parts = [("Inledning", "", r.analysis("introduction")), ("Sammanfattande analys", "", r.analysis("summary"))]
    parts += [(f"Analys: {a.title}", a.id, r.analysis("area", a.id)) for a in r.bank.areas]
    parts.append(("Avslutning", "", r.analysis("conclusion")))
    sh.table(ws, 1, columns, ([what, area, text or None] for what, area, text in parts))


def _answer_text(bank: Bank, question_id: str, choice: str | None, disputed: bool) -> str:
    if choice is None:
        return DISPUTED_SV if disputed else "Obesvarad"
    if choice == NA:
        return "Ej tillämplig"
    option = bank.scales[bank.questions[question_id].scale].option(choice)
    return option.label if option else f"{choice} (okänt svarsalternativ)"


def _points(bank: Bank, question_id: str, choice: str | None) -> Fraction | None:
    """Points awarded as scoring counts them: none for 'ej tillämplig', 0 while open."""
    q = bank.questions[question_id]
    if choice == NA and q.na_allowed:
        return None
    option = bank.scales[q.scale].option(choice) if choice not in (None, NA) else None
    return q.points * option.value if option else Fraction(0)


def is_change(r: Report, other: Evaluation) -> bool:
    """A change over time: the same municipality evaluated again in a later year."""
    return (other.info.municipality.strip().casefold() == r.info.municipality.strip().casefold()
            and other.info.year < r.info.year)


def _changes_sheet(ws: Sheet, r: Report, other: Evaluation, change: bool = True) -> None:
    """This evaluation against another on the same bank: per area, then each answer that differs.
    A change ("Förändring") only for the same municipality's earlier year; otherwise a neutral comparison."""
    then_info = other.info
    now_label, then_label = r.label, f"{then_info.municipality} {then_info.year}"
    bank, then_bank = r.bank, other.bank
    diff = "Förändring" if change else "Skillnad"
    columns = [C("Område", 9, center=True), C("Id", 9), C("Fråga", 58), C(f"Svar {then_label}", 18),
               C(f"Svar {now_label}", 18), C(f"Poäng {then_label}", 11, sh.POINTS),
               C(f"Poäng {now_label}", 11, sh.POINTS), C(diff, 11, CHANGE_POINTS)]
    sh.set_widths(ws, columns)
    if change:
        sh.print_setup(ws, f"Kommunkompassen – {r.label}", f"Förändring sedan {then_label}")
        sh.put(ws, 1, 1, f"Förändring från {then_label} till {now_label}", font=sh.TITLE, align=sh.TOP)
        sh.put(ws, 2, 1, "Förändring = poäng i år minus poäng då, per område och per fråga med ändrat svar. "
                         "Frågor där utvärderarna ännu är oeniga räknas som obesvarade.", align=sh.TOP)
    else:
        sh.print_setup(ws, f"Kommunkompassen – {r.label}", f"Jämförelse med {then_label}")
        sh.put(ws, 1, 1, f"Jämförelse mellan {now_label} och {then_label}", font=sh.TITLE, align=sh.TOP)
        sh.put(ws, 2, 1, f"Skillnad = poäng för {now_label} minus poäng för {then_label}, per område och per "
                         "fråga med olika svar. Två olika utvärderingar jämförs; skillnaden är ingen förändring "
                         "över tid. Frågor där utvärderarna ännu är oeniga räknas som obesvarade.", align=sh.TOP)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=len(columns))

    # per area: placed under the question columns (Nr | – | Område | this year | that year | change | max)
    row = 4
    area_columns = [C("Nr", 0, center=True), C("", 0), C("Område", 0), C(now_label, 0, sh.SCORE),
                    C(then_label, 0, sh.SCORE), C(diff, 0, CHANGE), C("Max", 0, sh.MAXIMUM)]
    sh.header(ws, row, area_columns)
    then_scores = {a.area.id: a.score for a in other.profile().areas}
    for a in r.profile.areas:
        row += 1
        before = then_scores.get(a.area.id)
        sh.rows_out(ws, row, area_columns, [a.area.id, "", a.area.title, a.score, before,
                                            a.score - before if before is not None else None, a.area.max])
    row += 1
    then_total = sum(then_scores.values(), Fraction(0))
    sh.rows_out(ws, row, area_columns, ["", "", "Totalt", r.profile.total, then_total, r.profile.total - then_total,
                                        r.profile.max_total], font=sh.BOLD)
    for col in range(1, len(area_columns) + 1):
        ws.cell(row=row, column=col).border = sh.TOTAL_BORDER

    # per question whose answer changed, in the bank's order (area by area)
    row += 2
    then_answers, then_disputed = other.answers(), set(other.disputed())
    changed = []
    for area in bank.areas:
        for q in area.questions:
            now_choice = r.answers[q.id].choice if q.id in r.answers else None
            then_choice = then_answers[q.id].choice if q.id in then_answers else None
            now_open, then_open = q.id in r.disputed, q.id in then_disputed
            if (now_choice, now_open) == (then_choice, then_open):
                continue
            known = q.id in then_bank.questions
            before = _points(then_bank, q.id, then_choice) if known else None
            after = _points(bank, q.id, now_choice)
            changed.append([area.id, q.id, q.text,
                            _answer_text(then_bank, q.id, then_choice, then_open) if known else "(fanns inte)",
                            _answer_text(bank, q.id, now_choice, now_open), before, after,
                            (after or 0) - (before or 0) if (before, after) != (None, None) else None])
    sh.put(ws, row, 1, f"Frågor med {'ändrat' if change else 'olika'} svar ({len(changed)})", font=sh.SUBTITLE,
           align=sh.TOP)
    if not changed:
        sh.put(ws, row + 1, 1, "Alla frågor har samma svar båda åren." if change else "Alla frågor har samma svar.")
        sh.header(ws, row + 2, columns)
    else:
        sh.table(ws, row + 1, columns, changed, keys=2, freeze=False)


def _compared_evaluation(r: Report) -> Evaluation | None:
    """The other year's evaluation when the comparison is a .kompass file on the same bank; else None."""
    if r.compare_file is None:
        return None
    other = Evaluation.open(r.compare_file, readonly=True)
    if other.bank.id != r.bank.id:
        other.close()
        return None
    return other


def build_workbook(r: Report) -> Book:
    wb = Book()
    try:
        _fill(wb, r)
    except BaseException:
        wb.discard()
        raise
    return wb


def _fill(wb: Book, r: Report) -> None:
    _summary(wb, r)
    taken = {"Sammanfattning", "Underlag", "Intervjuer", "Dokument", CHANGE_TITLE, COMPARISON_TITLE, "Analys", "Täckning"}
    other = _compared_evaluation(r)
    if other is not None:
        try:
            change = is_change(r, other)
            _changes_sheet(wb.sheet(CHANGE_TITLE if change else COMPARISON_TITLE), r, other, change)
        finally:
            other.close()
    for a in r.profile.areas:
        _area_sheet(wb.sheet(sh.sheet_title(f"{a.area.id} {a.area.short}", taken)), r, a)
    counts = _notes_sheet(wb.sheet("Underlag"), r)
    _interviews_sheet(wb.sheet("Intervjuer"), r, counts)
    _documents_sheet(wb.sheet("Dokument"), r, counts)
    if any(text.strip() for text in r.analyses.values()):
        _analysis_sheet(wb.sheet("Analys"), r)
    from kompassapp.prepare import coverage, coverage_sheet  # the evidence coverage (issue 13)

    coverage_sheet.write_sheet(wb.sheet(coverage_sheet.TITLE), coverage.compute(r.bank, r.sessions, r.note_source()),
                               r.bank, f"Kommunkompassen – {r.label}")
    p = wb.properties
    p.title = sh.clean_text(f"Kommunkompassen – {r.label}")
    p.subject = sh.clean_text(f"{r.bank.title} {r.bank.edition}: utvärdering av {r.info.municipality}")
    p.creator = sh.clean_text(", ".join(r.team) or "Kompassapp")
    p.description = sh.clean_text(r.info.notice) or None
    p.keywords = "Kommunkompassen"
    p.language = "sv-SE"


def write_xlsx(r: Report, out: Path) -> None:
    sh.save(build_workbook(r), Path(out))
