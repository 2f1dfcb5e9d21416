"""The command line's words for people: Swedish first, English as a translation (Qt-free).

One catalogue for all human-readable CLI output: a message id maps to a Swedish and an English
template (str.format fields). A template given as a pair (one, many) has plural forms, picked by
the field `n`; `count(n, noun)` writes "1 svar", "3 svar", "2 anteckningar", "3 answers".
Machine output (`summary --json`, `export-json`) never passes through here.

The language: `--lang` on the command line, else the language chosen in the app's settings
(`settings_language`), else Swedish.
"""

from __future__ import annotations

import argparse
import configparser
import contextlib
import os
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, cast

LANGUAGES = ("sv", "en")
DEFAULT = "sv"

Template = str | tuple[str, str]

# Countable things: noun -> language -> (one, many).
NOUNS: dict[str, dict[str, tuple[str, str]]] = {
    "answer": {"sv": ("svar", "svar"), "en": ("answer", "answers")},
    "table": {"sv": ("tabell", "tabeller"), "en": ("table", "tables")},
    "note": {"sv": ("anteckning", "anteckningar"), "en": ("note", "notes")},
    "area": {"sv": ("område", "områden"), "en": ("area", "areas")},
    "subarea": {"sv": ("delområde", "delområden"), "en": ("sub-area", "sub-areas")},
    "question": {"sv": ("fråga", "frågor"), "en": ("question", "questions")},
    "problem": {"sv": ("problem", "problem"), "en": ("problem", "problems")},
    "evaluation": {"sv": ("utvärdering", "utvärderingar"), "en": ("evaluation", "evaluations")},
    "member": {"sv": ("utvärderare", "utvärderare"), "en": ("auditor", "auditors")},
    "session": {"sv": ("intervju", "intervjuer"), "en": ("interview", "interviews")},
    "participant": {"sv": ("intervjuad", "intervjuade"), "en": ("interviewee", "interviewees")},
    "document": {"sv": ("dokument", "dokument"), "en": ("document", "documents")},
    "finding": {"sv": ("iakttagelse", "iakttagelser"), "en": ("finding", "findings")},
    "consensus": {"sv": ("fastställt svar", "fastställda svar"), "en": ("agreed answer", "agreed answers")},
    "info": {"sv": ("uppgift om utvärderingen", "uppgifter om utvärderingen"),
             "en": ("evaluation detail", "evaluation details")},
}

MESSAGES: dict[str, Mapping[str, Template]] = {  # Mapping: other catalogues (str only) join it
    # framing
    "error": {"sv": "{prog}: fel: {message}", "en": "{prog}: error: {message}"},
    "warning": {"sv": "{prog}: varning: {message}", "en": "{prog}: warning: {message}"},
    "internal": {"sv": "{prog}: internt fel: {message} (detaljer i {log})",
                 "en": "{prog}: internal error: {message} (details in {log})"},
    "usage.unknown_command": {
        "sv": "{prog}: fel: okänt kommando eller fil som inte finns: '{word}' (kommandon: {commands})",
        "en": "{prog}: error: unknown command, or a file that does not exist: '{word}' (commands: {commands})"},
    "usage.unknown_option": {
        "sv": "{prog}: fel: okänd flagga: '{word}' (kommandon: {commands})",
        "en": "{prog}: error: unknown option: '{word}' (commands: {commands})"},
    "no_display": {
        "sv": "{prog}: ingen skärm hittades (DISPLAY är inte satt), så fönstret kan inte öppnas; kommandona "
              "fungerar utan skärm: {prog} --help",
        "en": "{prog}: no display found (DISPLAY is not set), so the window cannot open; the commands work "
              "without one: {prog} --help"},
    "no_gui": {"sv": "{prog}: skrivbordsappen kan inte starta ({reason}); kommandona fungerar: {prog} --help",
               "en": "{prog}: the desktop app cannot start ({reason}); the commands work: {prog} --help"},
    "no_window_in_cli": {
        "sv": "{prog}: skrivbordsappen startas med 'kompassapp' utan kommando; se '{prog} --help' för kommandona",
        "en": "{prog}: the desktop app starts with 'kompassapp' without a command; see '{prog} --help' for the commands"},
    # bank
    "bank.ok": {"sv": "{name}: OK — {id} rev {revision}: {areas}, {subareas}, {questions}",
                "en": "{name}: OK — {id} rev {revision}: {areas}, {subareas}, {questions}"},
    "bank.translation_ok": {
        "sv": "{name}: OK — översättning ({language}) av {id} rev {revision}: {done} av {questions}",
        "en": "{name}: OK — {language} translation of {id} rev {revision}: {done} of {questions}"},
    "bank.xlsx_written": {"sv": "{out}: {id} rev {revision} skriven som arbetsbok ({questions})",
                          "en": "{out}: {id} rev {revision} written as a workbook ({questions})"},
    "bank.yaml_written": {"sv": "{out}: {id} rev {revision} skriven ({areas}, {questions})",
                          "en": "{out}: {id} rev {revision} written ({areas}, {questions})"},
    "bank.import_refused": {"sv": "{file}: {problems}; {out} skrevs inte",
                            "en": "{file}: {problems}; {out} not written"},
    # new, merge
    "new.copy": {"sv": "{out}: {owner} kopia av {lead}; för tillbaka den med '{prog} merge {lead} {out}'",
                 "en": "{out}: {owner} copy of {lead}; merge it back with '{prog} merge {lead} {out}'"},
    "new.created": {"sv": "{out}: ny utvärdering av {municipality} {year} på {id} rev {revision}",
                    "en": "{out}: new evaluation of {municipality} {year} on {id} rev {revision}"},
    "new.needs_auditor": {"sv": "--from behöver --auditor NAMN: vems kopia det är",
                          "en": "--from needs --auditor NAME: whose copy this is"},
    "new.missing": {"sv": "en ny utvärdering behöver {missing} (eller --from LEDARE.kompass --auditor NAMN)",
                    "en": "a new evaluation needs {missing} (or --from LEAD.kompass --auditor NAME)"},
    "merge.came": {"sv": "{source}: {items}", "en": "{source}: {items}"},
    "merge.nothing": {"sv": "inget nytt", "en": "nothing new"},
    "merge.updated": {"sv": "  senare ändringar togs in: {items}", "en": "  later edits taken: {items}"},
    "merge.conflict": {"sv": "  konflikt: {what}", "en": "  conflict: {what}"},
    "merge.disputed": {
        "sv": ("{n} fråga där utvärderarna är oeniga (fastställ ett svar i vyn Samsyn): {ids}",
               "{n} frågor där utvärderarna är oeniga (fastställ svaren i vyn Samsyn): {ids}"),
        "en": ("{n} question where auditors disagree (agree on an answer in the consensus view): {ids}",
               "{n} questions where auditors disagree (agree on an answer in the consensus view): {ids}")},
    "conflict.answer": {"sv": "svaret på {id} ({auditor})", "en": "answer {id} ({auditor})"},
    "conflict.consensus": {"sv": "det fastställda svaret på {id}", "en": "agreed answer {id}"},
    "conflict.record": {"sv": "{entity} «{label}»", "en": "{entity} «{label}»"},
    "conflict.record_id": {"sv": "{entity} {id}", "en": "{entity} {id}"},
    "conflict.deleted": {
        "sv": "{what}: borttagen i en kopia och ändrad i en annan; den förblir borttagen, med de senaste ändringarna",
        "en": "{what}: deleted in one copy and edited in another; it stays deleted, with the latest edits in it"},
    "conflict.edited": {
        "sv": "{what}: {field} ändrades i två kopior; den senare ändringen behölls, den av {author} {at} "
              "finns i ändringsloggen",
        "en": "{what}: {field} was edited in two copies; kept the later edit, the one by {author} at {at} "
              "is in the change log"},
    # summary
    "summary.head": {"sv": "{municipality} {year} — {title} {edition} (revision {revision})",
                     "en": "{municipality} {year} — {title} {edition} (revision {revision})"},
    "summary.visit": {"sv": "Besök: {dates}", "en": "Visit: {dates}"},
    "summary.notice": {"sv": "OBS: {notice}", "en": "Note: {notice}"},
    "summary.total": {"sv": "Totalt", "en": "Total"},
    "summary.answered": {"sv": "besvarade {answered}/{applicable}", "en": "answered {answered}/{applicable}"},
    # files written
    "imported": {"sv": "{out}: importerad från {source}", "en": "{out}: imported from {source}"},
    "demo.written": {"sv": "{out}: demoutvärderingen skriven (demonstrationsdata, Botkyrkas profil 2003)",
                     "en": "{out}: demo evaluation written (demonstration data, Botkyrka 2003 profile)"},
    "written": {"sv": "{out}: skriven", "en": "{out}: written"},
    "jury.written": {"sv": "{out}: juryns arbetsbok över {evaluations} skriven",
                     "en": "{out}: jury workbook of {evaluations} written"},
    "jury.written_published": {"sv": "{out}: juryns arbetsbok över {evaluations} och publicerade resultat ur {tables} "
                                     "skriven",
                               "en": "{out}: jury workbook of {evaluations} and published results from {tables} "
                                     "written"},
    # upgrade (the Swedish column widths are kept: scripts and tests read them)
    "upgrade.head": {"sv": "{file}: {id} revision {old} → {new}", "en": "{file}: {id} revision {old} → {new}"},
    "upgrade.added": {"sv": "  ny fråga      {id}  ({points} p) {text}", "en": "  new question  {id}  ({points} p) {text}"},
    "upgrade.changed": {"sv": "  ändrad fråga  {id}  ({fields})", "en": "  changed       {id}  ({fields})"},
    "upgrade.removed": {"sv": "  borttagen     {id}  {text}  (svar och anteckningar flyttas till området)",
                        "en": "  removed       {id}  {text}  (answers and notes move to the area)"},
    "upgrade.invalid": {"sv": "  svaret på {id} finns inte på den nya skalan: frågan blir obesvarad",
                        "en": "  the answer to {id} is not on the new scale: the question becomes unanswered"},
    "upgrade.area": {"sv": "  område {id}: {before} → {after}", "en": "  area {id}: {before} → {after}"},
    "upgrade.nothing": {"sv": "  inga frågor ändras", "en": "  no question changes"},
    "upgrade.dry_run": {"sv": "(provkörning: inget ändrades)", "en": "(dry run: nothing changed)"},
    "upgrade.done": {"sv": "{file}: uppgraderad till revision {revision}", "en": "{file}: upgraded to revision {revision}"},
    # references
    "reference.line": {"sv": "{id:<18} {name:<22} utgåva {edition}  {scores} — totalt {total}",
                       "en": "{id:<18} {name:<22} edition {edition}  {scores} — total {total}"},
    "reference.source": {"sv": "{pad:<18} källa: {source}", "en": "{pad:<18} source: {source}"},
    "reference.saved": {"sv": "{out}: referensen '{name}' ({edition}), totalt {total}",
                        "en": "{out}: reference '{name}' ({edition}), total {total}"},
    "reference.count": {"sv": "--scores har {values}; banken har {areas}",
                        "en": "--scores has {values}; the bank has {areas}"},
    "reference.not_numbers": {"sv": "--scores: '{scores}' är inte en lista med tal",
                              "en": "--scores: '{scores}' is not a list of numbers"},
    "values": {"sv": ("{n} värde", "{n} värden"), "en": ("{n} value", "{n} values")},
}

from kompassapp.prepare import words as _prepare_words  # noqa: E402  (preparation's messages, likewise)

MESSAGES.update(_prepare_words.MESSAGES)
# Encryption and purging (kompassapp/secure_words.py), likewise.
from kompassapp import secure_words as _secure  # noqa: E402

MESSAGES.update(_secure.MESSAGES)

# Domain errors (KompassError) are written in English where they are raised, for logs and the
# GUI's technical line. The common ones an auditor meets are rendered in Swedish here; the
# English text is the key, so a message no pattern knows is shown as it is. The first pattern that
# matches the whole line wins: the more specific ones come first.
DOMAIN_ERRORS_SV: list[tuple[re.Pattern[str], str]] = [(re.compile(p), sv) for p, sv in [
    (r"(?P<p>.+): cannot read the file: (?P<why>.*)", "{p}: filen kan inte läsas ({why})"),
    (r"(?P<p>.+): cannot read the file \((?P<why>.*)\)", "{p}: filen kan inte läsas ({why})"),
    (r"(?P<p>.+): the file is not UTF-8 text", "{p}: filen är inte text i UTF-8"),
    (r"(?P<p>.+): no such file", "{p}: filen finns inte"),
    (r"(?P<p>.+): the file is empty; it is not an evaluation", "{p}: filen är tom; den är ingen utvärdering"),
    (r"(?P<p>.+): not a Kompassapp evaluation file \(it is not a \.kompass database\)",
     "{p}: ingen utvärderingsfil från Kompassapp (det är ingen .kompass-databas)"),
    (r"(?P<p>.+): an SQLite database, but not a Kompassapp evaluation file",
     "{p}: en SQLite-databas, men ingen utvärderingsfil från Kompassapp"),
    (r"(?P<p>.+): the file is damaged \(truncated\)", "{p}: filen är skadad (avkortad)"),
    (r"(?P<p>.+): the file is damaged \((?P<why>.*)\); restore a backup copy",
     "{p}: filen är skadad ({why}); återställ en säkerhetskopia"),
    (r"(?P<p>.+): the file is damaged and cannot be read \((?P<why>.*)\)", "{p}: filen är skadad och kan inte läsas ({why})"),
    (r"(?P<p>.+): the file is damaged(?P<rest>.*)", "{p}: filen är skadad{rest}"),
    (r"(?P<p>.+): made by a newer Kompassapp \(file format (?P<v>\d+), this version reads up to (?P<s>\d+)\); "
     r"update Kompassapp to open it",
     "{p}: skapad av en nyare Kompassapp (filformat {v}, den här versionen läser till och med {s}); "
     "uppdatera Kompassapp för att öppna den"),
    (r"(?P<p>.+): the file already exists; choose another name", "{p}: filen finns redan; välj ett annat namn"),
    (r"(?P<p>.+): cannot open the file for writing \((?P<why>.*)\); is it on read-only media\?",
     "{p}: filen kan inte öppnas för skrivning ({why}); ligger den på skrivskyddat media?"),
    (r"(?P<p>.+): the file is in use by another program \(still locked after (?P<s>[\d.]+) seconds\); "
     r"close it there and try again",
     "{p}: filen används av ett annat program (fortfarande låst efter {s} sekunder); stäng den där och försök igen"),
    (r"(?P<p>.+?): (?P<rest>.*\bin use\b.*)", "{p}: filen används av ett annat program ({rest})"),
    (r"(?P<p>.+): the file cannot be written \(write-protected media or no permission\); it can still be read "
     r"and exported",
     "{p}: filen kan inte skrivas (skrivskyddat media eller ingen behörighet); den kan fortfarande läsas och "
     "exporteras"),
    (r"(?P<p>.+): the disk is full; make room and try again \(nothing was half-stored\)",
     "{p}: disken är full; frigör utrymme och försök igen (inget sparades till hälften)"),
    (r"(?P<p>.+): cannot write here \((?P<why>.*)\)", "{p}: kan inte skriva här ({why})"),
    (r"(?P<p>.+): cannot write the file \((?P<why>.*)\); the previous file is unchanged",
     "{p}: filen kan inte skrivas ({why}); den tidigare filen är oförändrad"),
    (r"(?P<p>.+): this is an evaluation file; choose another name for the export",
     "{p}: det här är en utvärderingsfil; välj ett annat namn för exporten"),
    (r"(?P<p>.+): is a folder; give a file name", "{p}: är en mapp; ange ett filnamn"),
    (r"nothing to export: give --xlsx FILE, --pdf FILE and/or --docx FILE",
     "inget att exportera: ange --xlsx FIL, --pdf FIL och/eller --docx FIL"),
    (r"the jury workbook compares at least two evaluations",
     "juryns arbetsbok jämför minst två utvärderingar eller resultat"),
    (r"(?P<p>.+): the same file is given twice", "{p}: samma fil är angiven två gånger"),
    (r"(?P<p>.+): cannot merge a file into itself", "{p}: en fil kan inte slås ihop med sig själv"),
    (r"(?P<p>.+?):(?P<line>\d+): invalid JSON: (?P<why>.*) \(column (?P<col>\d+)\)",
     "{p}:{line}: ogiltig JSON: {why} (kolumn {col})"),
    (r"no bank file or bundled bank named '(?P<n>.*)' \(bundled: (?P<k>.*)\)",
     "ingen bankfil eller medföljande bank heter '{n}' (medföljande: {k})"),
    (r"the municipality's name is empty", "kommunens namn är tomt"),
    (r"the auditor's name is empty", "utvärderarens namn är tomt"),
    *_prepare_words.DOMAIN_ERRORS_SV,
    *_secure.DOMAIN_ERRORS_SV,
]]

_language = DEFAULT


def set_language(language: str) -> None:
    global _language
    _language = language if language in LANGUAGES else DEFAULT


def language() -> str:
    return _language


def t(msg_id: str, /, **params: Any) -> str:
    """The message in the current language, its fields filled in; `n` picks a plural form."""
    template = MESSAGES[msg_id][_language]
    if isinstance(template, tuple):
        template = template[0] if params.get("n") == 1 else template[1]
    return template.format(**params)


def count(n: int, noun: str) -> str:
    """'1 svar', '3 svar', '2 anteckningar'; a noun the catalogue lacks is shown as given."""
    forms = NOUNS.get(noun, {}).get(_language, (noun, noun))
    return f"{n} {forms[0] if n == 1 else forms[1]}"


def noun(name: str) -> str:
    """The singular of a countable thing, e.g. for a conflict line ('anteckning «…»')."""
    return NOUNS.get(name, {}).get(_language, (name, name))[0]


def genitive(name: str) -> str:
    """'Olles', 'Lars' (Swedish adds no -s after s, x, z); 'Olle's' in English."""
    if _language == "en":
        return f"{name}'s"
    return name if name[-1:].lower() in ("s", "x", "z") else f"{name}s"


def domain_error(text: str) -> str:
    """A KompassError's text in the current language (the common ones; others stay as they are)."""
    if _language == "en":
        return text
    return "\n".join(_domain_line_sv(line) for line in text.split("\n"))  # a BankError has one per problem


def _domain_line_sv(line: str) -> str:
    for pattern, template in DOMAIN_ERRORS_SV:
        found = pattern.fullmatch(line)
        if found:
            return template.format(**found.groupdict())
    return line


# -- the language chosen in the app's settings ------------------------------------------
def settings_path() -> Path:
    """The GUI's settings file (as kompassapp.gui.base.settings.settings_path, which imports Qt)."""
    override = os.environ.get("KOMPASSAPP_SETTINGS")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_config_dir("Kompassapp", appauthor=False)) / "kompassapp.ini"


def settings_language(path: Path | None = None) -> str | None:
    """The language stored by the window, or None if there is none (or the file cannot be read).

    QSettings writes a group called "general" as `[%General]`; a key without a group goes under
    `[General]`. Both schemes occur in users' files (issue 10 item 1), so both are read; the plain
    `[General]` (the fixed scheme) wins.
    """
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        parser.read(path or settings_path(), encoding="utf-8-sig")  # a BOM from a Windows editor is fine
    except (configparser.Error, OSError, UnicodeDecodeError):
        return None
    for section in ("General", "%General", "general"):
        value = parser.get(section, "language", fallback="").strip().strip('"').lower()
        if value in LANGUAGES:
            return value
    return None


def choose_language(requested: str | None) -> str:
    """--lang if given, else the settings' language, else Swedish."""
    return requested or settings_language() or DEFAULT


# -- the command line's help and argparse's own words, in Swedish ------------------------
# Keyed by the English text (as gettext does), so the parser in cli.py keeps its English help
# strings where they are; an option added without a Swedish text here is shown in English.
ARGPARSE_SV: dict[str, str] = {
    # argparse's own words (Python 3.11–3.13)
    "usage: ": "användning: ",
    "positional arguments": "argument",
    "options": "flaggor",
    "show this help message and exit": "visa den här hjälpen och avsluta",
    "show program's version number and exit": "visa programmets version och avsluta",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fel: %(message)s\n",
    "the following arguments are required: %s": "dessa argument saknas: %s",
    "unrecognized arguments: %s": "okända argument: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "ogiltigt val: %(value)r (välj bland %(choices)s)",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s: %(message)s",
    "expected one argument": "ett värde behövs",
    "expected at least one argument": "minst ett värde behövs",
    "expected at most one argument": "högst ett värde",
    "invalid %(type)s value: %(value)r": "ogiltigt värde (%(type)s): %(value)r",
    "ambiguous option: %(option)s could match %(matches)s": "tvetydig flagga: %(option)s kan vara %(matches)s",
    "one of the arguments %s is required": "ett av argumenten %s behövs",
    "not allowed with argument %s": "inte tillåtet tillsammans med %s",
    # cli.py's help texts
    "Kompassapp: Kommunkompassen evaluations. Without a command, the desktop app starts.":
        "Kompassapp: utvärderingar enligt Kommunkompassen. Utan kommando startar skrivbordsappen.",
    "language of the output: sv (default) or en; without it, the language chosen in the app":
        "språk för utskrifterna: sv (standard) eller en; utan flaggan det språk som valts i appen",
    "work with question bank files": "arbeta med frågebanksfiler",
    "create a new evaluation file, or an auditor's copy of one (--from)":
        "skapa en ny utvärderingsfil, eller en utvärderares kopia av en (--from)",
    "bring the auditors' copies into one evaluation; prints what came in":
        "för samman utvärderarnas kopior till en utvärdering; visar vad som kom in",
    "print area scores, total and completeness": "visa poäng per område, totalen och hur mycket som är besvarat",
    "write the whole evaluation as interchange JSON": "skriv hela utvärderingen som utbytes-JSON",
    "create an evaluation file from interchange JSON": "skapa en utvärderingsfil från utbytes-JSON",
    "write the demo evaluation (Botkyrka 2003, demonstration data)":
        "skriv demoutvärderingen (Botkyrka 2003, demonstrationsdata)",
    "write the Excel workbook and/or the PDF feedback report of an evaluation":
        "skriv en utvärderings Excel-arbetsbok och/eller återkopplingsrapporten som PDF",
    "write the jury workbook comparing several evaluations": "skriv juryns arbetsbok som jämför flera utvärderingar",
    "Word report to write (editable, accessible)": "Word-rapport att skriva (redigerbar, tillgänglig)",
    "evaluations (.kompass) and reference profiles (.yaml) to rank":
        "utvärderingar (.kompass) och referensprofiler (.yaml) att rangordna",
    "published totals to rank with them (csv or xlsx: municipality,year,edition,1…8)":
        "publicerade resultat att rangordna med dem (csv eller xlsx: municipality,year,edition,1…8)",
    "move an evaluation to a newer revision of its bank (shows the changes first)":
        "flytta en utvärdering till en nyare revision av banken (visar ändringarna först)",
    "reference profiles to compare with (published or your own)":
        "referensprofiler att jämföra med (publicerade eller egna)",
    "check bank files; print every problem as FILE:LINE: message":
        "kontrollera bankfiler; varje problem skrivs som FIL:RAD: meddelande",
    "write a bank as an Excel workbook, for editing in a spreadsheet":
        "skriv en bank som Excel-arbetsbok, för redigering i ett kalkylprogram",
    "read a bank workbook, check it like a YAML bank and write the YAML; every problem is printed as "
    "FILE: SHEET!CELL: message":
        "läs en bankarbetsbok, kontrollera den som en YAML-bank och skriv YAML-filen; varje problem skrivs som "
        "FIL: BLAD!CELL: meddelande",
    "print only problems": "visa bara problem",
    "bank file, or the id of a bundled bank (e.g. kommunkompassen-2020)":
        "bankfil, eller id för en medföljande bank (t.ex. kommunkompassen-2020)",
    "bank file, or the id of a bundled bank (e.g. kommunkompassen-2003)":
        "bankfil, eller id för en medföljande bank (t.ex. kommunkompassen-2003)",
    "YAML bank file to write": "YAML-bankfilen som ska skrivas",
    "first day of the site visit (YYYY-MM-DD)": "besökets första dag (ÅÅÅÅ-MM-DD)",
    "last day of the site visit (YYYY-MM-DD)": "besökets sista dag (ÅÅÅÅ-MM-DD)",
    "an auditor of the team (repeat for each)": "en utvärderare i teamet (upprepa för var och en)",
    "make a copy of the lead's evaluation for one auditor (with --auditor)":
        "gör en kopia av ledarens utvärdering åt en utvärderare (med --auditor)",
    "whose file this is: their answers are the ones edited in it":
        "vems fil det är: det är hans eller hennes svar som ändras i den",
    "your name, stamped on the change log": "ditt namn, som står i ändringsloggen",
    "machine-readable output (a stable contract)": "maskinläsbar utskrift (ett stabilt format)",
    "output file (default: standard output)": "utfil (standard: standard ut)",
    "Excel workbook to write": "Excel-arbetsboken som ska skrivas",
    "PDF report to write": "PDF-rapporten som ska skrivas",
    "the full written report (with a table of contents) instead of the feedback at the end of the visit":
        "den fullständiga skriftliga rapporten (med innehållsförteckning) i stället för återkopplingen vid "
        "besökets slut",
    "profile to draw as comparison: another evaluation (.kompass), a reference file, or a shipped reference id "
    "(see 'reference list'); same edition only":
        "profil att jämföra med: en annan utvärdering (.kompass), en referensfil eller id för en medföljande "
        "referens (se 'reference list'); bara samma utgåva",
    "interviewees as role + number, not names; also every name written in findings, notes, titles and comments "
    "(genitives, first names alone, …)":
        "intervjuade som roll + nummer, inte namn; även varje namn som står i iakttagelser, anteckningar, titlar och "
        "kommentarer (genitiv, förnamn för sig, …)",
    "export even though the text seems to name interviewees (the PDF is otherwise refused with the list of places)":
        "exportera fast texten verkar nämna intervjuade (annars vägras PDF:en, med en lista över ställena)",
    "the newer bank file, or the id of a bundled bank": "den nyare bankfilen, eller id för en medföljande bank",
    "only show what would change": "visa bara vad som skulle ändras",
    "the shipped reference profiles and their sources": "de medföljande referensprofilerna och deras källor",
    "save an evaluation's profile as a reference file": "spara en utvärderings profil som referensfil",
    "type in a profile as a reference file": "skriv in en profil som referensfil",
    "name in legends (default: municipality and year)": "namn i teckenförklaringar (standard: kommun och år)",
    "bank file or bundled bank id the scores refer to": "bankfil eller id för den medföljande bank poängen gäller",
    "one score per area in order, e.g. '63;65;73;64;61;59;68;64'":
        "en poäng per område i ordning, t.ex. '63;65;73;64;61;59;68;64'",
    "where the figures come from": "var siffrorna kommer ifrån",
}
ARGPARSE_SV.update(_prepare_words.ARGPARSE_SV)
ARGPARSE_SV.update(_secure.ARGPARSE_SV)


def argparse_text(text: str) -> str:
    """argparse's gettext in the current language (installed by argparse_language)."""
    return ARGPARSE_SV.get(text, text) if _language == "sv" else text


def requested_language(argv: list[str]) -> str | None:
    """The value of --lang wherever it is given (it must be known before argparse speaks)."""
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.partition("=")[2]
    return None


@contextlib.contextmanager
def argparse_language() -> Iterator[None]:
    """argparse's own words ("usage:", "error:", "required") in the current language while it runs."""
    saved = getattr(argparse, "_", None)
    if saved is None:  # a Python whose argparse looks its words up otherwise: they stay English
        yield
        return
    setattr(argparse, "_", argparse_text)  # noqa: B010  (argparse declares no `_`)
    try:
        yield
    finally:
        setattr(argparse, "_", saved)  # noqa: B010


def localize_parser(parser: argparse.ArgumentParser, top: bool = True) -> argparse.ArgumentParser:
    """Help texts in the current language, and --lang accepted before or after the command."""
    parser.add_argument("--lang", choices=LANGUAGES, default=None if top else argparse.SUPPRESS,
                        help="language of the output: sv (default) or en; without it, the language chosen in the app")
    if parser.description:
        parser.description = argparse_text(parser.description)
    for action in parser._actions:
        if action.help:
            action.help = argparse_text(action.help)
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                if choice.help:
                    choice.help = argparse_text(choice.help)
            for sub in action.choices.values():
                localize_parser(sub, top=False)
    return parser


# The results archive's words (kompassapp/archive/words.py): one catalogue, kept in two files.
from kompassapp.archive.words import ARGPARSE_SV as _ARCHIVE_HELP  # noqa: E402
from kompassapp.archive.words import MESSAGES as _ARCHIVE_MESSAGES  # noqa: E402
from kompassapp.archive.words import NOUNS as _ARCHIVE_NOUNS  # noqa: E402

MESSAGES.update(cast("dict[str, Mapping[str, Template]]", _ARCHIVE_MESSAGES))  # words.py is not annotated
NOUNS.update(_ARCHIVE_NOUNS)
ARGPARSE_SV.update(_ARCHIVE_HELP)
