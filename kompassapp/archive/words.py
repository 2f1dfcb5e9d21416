"""The results archive's words for people (sv/en), part of kompassapp.messages' one catalogue.

Kept here so that messages.py stays small; messages.py merges them into MESSAGES and NOUNS.
"""

NOUNS = {"result": {"sv": ("resultat", "resultat"), "en": ("result", "results")}}

MESSAGES = {
    "archive.pushed": {"sv": "{file}: resultatet ({status}, totalt {total}) skickat till {where} som version "
                             "{version} av {id}",
                       "en": "{file}: the result ({status}, total {total}) sent to {where} as version {version} "
                             "of {id}"},
    "archive.unchanged": {"sv": "{file}: oförändrat — {where} har redan detta resultat (version {version} av {id})",
                          "en": "{file}: unchanged — {where} already holds this result (version {version} of {id})"},
    "archive.status.final": {"sv": "slutligt", "en": "final"},
    "archive.status.preliminary": {"sv": "preliminärt", "en": "preliminary"},
    "archive.status.published": {"sv": "publicerat", "en": "published"},
    "archive.published_short": {"sv": "publ.", "en": "publ."},
    "archive.kind.strength": {"sv": "styrka", "en": "strength"},
    "archive.kind.development": {"sv": "utvecklingsområde", "en": "area for development"},
    "archive.kind.example": {"sv": "gott exempel", "en": "good example"},
    "archive.kind.analysis": {"sv": "analys", "en": "analysis"},
    "archive.kind.summary": {"sv": "sammanfattande analys", "en": "summary"},
    "archive.kind.introduction": {"sv": "inledning", "en": "introduction"},
    "archive.kind.conclusion": {"sv": "avslutning", "en": "conclusion"},
    "archive.list_line": {"sv": "{municipality} {year}, utgåva {edition}: totalt {total} ({status}, version "
                                "{version}) — {id}",
                          "en": "{municipality} {year}, edition {edition}: total {total} ({status}, version "
                                "{version}) — {id}"},
    "archive.list_count": {"sv": "{results} i arkivet", "en": "{results} in the archive"},
    "archive.show_head": {"sv": "{municipality}{code} {year}, utgåva {edition} — {id}, version {version}",
                          "en": "{municipality}{code} {year}, edition {edition} — {id}, version {version}"},
    "archive.show_status": {"sv": "Status: {status}; frågebank: {bank}; källa: {source}",
                            "en": "Status: {status}; bank: {bank}; source: {source}"},
    "archive.show_answered": {"sv": "Besvarade: {answered} av {applicable} tillämpliga frågor",
                              "en": "Answered: {answered} of {applicable} applicable questions"},
    "archive.show_auditors": {"sv": "Utvärderare: {names}", "en": "Auditors: {names}"},
    "archive.show_text": {"sv": "  [{area}] {kind}: {text}", "en": "  [{area}] {kind}: {text}"},
    "archive.show_version": {"sv": "  version {version}: {at}, totalt {total}",
                             "en": "  version {version}: {at}, total {total}"},
    "archive.average_written": {"sv": "{out}: referensprofil \"{name}\" skriven (totalt {total})",
                                "en": "{out}: reference profile \"{name}\" written (total {total})"},
    "archive.average_name": {"sv": ("Arkivets medelvärde {edition} ({span}, {n} utvärdering)",
                                    "Arkivets medelvärde {edition} ({span}, {n} utvärderingar)"),
                             "en": ("Archive average {edition} ({span}, {n} evaluation)",
                                    "Archive average {edition} ({span}, {n} evaluations)")},
    "archive.average_source": {"sv": ("Resultatarkivet {where}: medelvärde av {n} slutligt resultat, utgåva "
                                      "{edition}, {span}",
                                      "Resultatarkivet {where}: medelvärde av {n} slutliga resultat, utgåva "
                                      "{edition}, {span}"),
                               "en": ("The results archive {where}: mean of {n} final result, edition {edition}, "
                                      "{span}",
                                      "The results archive {where}: mean of {n} final results, edition {edition}, "
                                      "{span}")},
    "archive.average_none": {"sv": "arkivet har inga slutliga resultat för utgåva {edition} under de åren",
                             "en": "the archive has no final results of edition {edition} in those years"},
    "archive.average_mixed": {"sv": "resultaten för utgåva {edition} har olika områden; medelvärdet kan inte bildas",
                              "en": "the results of edition {edition} have different areas; no average is possible"},
    "archive.jury_none": {"sv": "arkivet har inga utvärderingar från {year}",
                          "en": "the archive has no evaluations from {year}"},
    "archive.jury_one": {"sv": "arkivet har bara en utvärdering från {year}; juryn jämför minst två",
                         "en": "the archive has only one evaluation from {year}; the jury compares at least two"},
    "archive.jury_editions": {"sv": "utvärderingarna från {year} är gjorda med olika utgåvor ({editions}); "
                                    "välj en med --edition",
                              "en": "the evaluations from {year} use different editions ({editions}); choose one "
                                    "with --edition"},
    "archive.trend_none": {"sv": "arkivet har inga resultat för {municipality}",
                           "en": "the archive has no results for {municipality}"},
    "archive.trend_format": {"sv": "{out}: ange en fil som slutar på .xlsx eller .pdf",
                             "en": "{out}: give a file ending in .xlsx or .pdf"},
    "archive.trend_written": {"sv": "{out}: utvecklingen över åren skriven ({results})",
                              "en": "{out}: the trend over the years written ({results})"},
    "archive.imported": {"sv": "{file}: {results} inlästa som publicerade, {changed} nya eller ändrade, i {where}",
                         "en": "{file}: {results} read as published, {changed} new or changed, in {where}"},
    "archive.password_prompt": {"sv": "Lösenord för {where}: ", "en": "Password for {where}: "},
    # errors (one line each; the password is always masked)
    "archive.bad_url": {"sv": "okänd arkivadress '{url}' (ange postgresql://användare@värd/databas eller en "
                              "SQLite-fil)",
                        "en": "unknown archive address '{url}' (give postgresql://user@host/database or an "
                              "SQLite file)"},
    "archive.newer": {"sv": "arkivet {where} har en nyare version ({version}) än den här appen kan ({known}); "
                            "uppdatera Kompassapp — arkivet lämnades orört",
                      "en": "the archive {where} has a newer version ({version}) than this app knows ({known}); "
                            "update Kompassapp — the archive was left untouched"},
    "archive.read_only": {"sv": "arkivet {where} kan bara läsas med den här rollen (juryns); inget skickades — "
                                "be om utvärderarnas roll",
                          "en": "the archive {where} is read-only for this role (the jury's); nothing was sent — "
                                "ask for the auditors' role"},
    "archive.no_privilege": {"sv": "den här rollen får inte läsa arkivet {where} (eller arkivet är inte upprättat)",
                             "en": "this role may not read the archive {where} (or the archive is not set up)"},
    "archive.login_failed": {"sv": "inloggningen till arkivet {where} misslyckades ({reason}); utvärderingen är "
                                   "orörd",
                             "en": "logging in to the archive {where} failed ({reason}); the evaluation is "
                                   "untouched"},
    "archive.unreachable": {"sv": "arkivet {where} kan inte nås ({reason}); utvärderingen är orörd — skicka igen "
                                  "när nätet fungerar",
                            "en": "the archive {where} cannot be reached ({reason}); the evaluation is untouched "
                                  "— push again when the network works"},
    "archive.unreachable_read": {"sv": "arkivet {where} kan inte nås ({reason})",
                                 "en": "the archive {where} cannot be reached ({reason})"},
    "archive.login_failed_read": {"sv": "inloggningen till arkivet {where} misslyckades ({reason})",
                                  "en": "logging in to the archive {where} failed ({reason})"},
    "archive.sqlite_failed": {"sv": "arkivfilen {where} kan inte användas ({reason})",
                              "en": "the archive file {where} cannot be used ({reason})"},
    "archive.db_error": {"sv": "arkivet {where} svarade med ett fel ({reason}); inget ändrades",
                         "en": "the archive {where} answered with an error ({reason}); nothing changed"},
    "archive.unknown_id": {"sv": "arkivet har inget resultat med id {id}", "en": "the archive has no result {id}"},
    "archive.bad_code": {"sv": "kommunkoden '{code}' ska vara fyra siffror (t.ex. 0127)",
                         "en": "the municipality code '{code}' must be four digits (e.g. 0127)"},
    "archive.demo": {"sv": "{file}: demonstrationsdata skickas inte till resultatarkivet",
                     "en": "{file}: demonstration data is not sent to the results archive"},
    "archive.no_id": {"sv": "{file}: utvärderingen saknar id och kan inte arkiveras",
                      "en": "{file}: the evaluation has no id and cannot be archived"},
    "archive.pub_row": {"sv": "{file}: rad {row}: {why}; inget lästes in", "en": "{file}: row {row}: {why}; nothing "
                                                                                 "was imported"},
    "archive.pub_encoding": {"sv": "{file}: filen är inte text i UTF-8", "en": "{file}: the file is not UTF-8 text"},
    "archive.pub_csv": {"sv": "{file}: ogiltig CSV ({why})", "en": "{file}: invalid CSV ({why})"},
    "archive.pub_xlsx": {"sv": "{file}: arbetsboken kan inte läsas ({why})",
                         "en": "{file}: the workbook cannot be read ({why})"},
    "archive.pub_too_many": {"sv": "{file}: fler än {n} rader", "en": "{file}: more than {n} rows"},
    "archive.pub_empty": {"sv": "tabellen är tom", "en": "the table is empty"},
    "archive.pub_header": {"sv": "rubrikraden ska vara {expected}", "en": "the header must be {expected}"},
    "archive.pub_columns": {"sv": "{found} kolumner, rubriken har {expected}",
                            "en": "{found} columns, the header has {expected}"},
    "archive.pub_field": {"sv": "fältet {field} är ogiltigt ('{value}')", "en": "field {field} is invalid ('{value}')"},
    "archive.pub_score": {"sv": "område {area}: '{value}' är ingen poäng", "en": "area {area}: '{value}' is no score"},
    "archive.pub_range": {"sv": "område {area}: {value} ligger utanför 0–{max}",
                          "en": "area {area}: {value} is outside 0–{max}"},
    "archive.pub_edition": {"sv": "utgåva {found}, men juryn jämför utgåva {expected}",
                            "en": "edition {found}, but the jury compares edition {expected}"},
    "archive.pub_twice": {"sv": "samma kommun, år och utgåva som rad {first}",
                          "en": "the same municipality, year and edition as row {first}"},
}

# --help texts of `kompassapp archive …` in Swedish (kompassapp.messages.ARGPARSE_SV)
ARGPARSE_SV = {
    "the results archive: push results, list them, averages, jury, trends":
        "resultatarkivet: skicka resultat, lista dem, medelvärden, jury, utveckling över åren",
    "postgresql://user@host/db or an SQLite file (default: KOMPASSAPP_ARCHIVE, else the archive in your data "
    "folder); the password comes from PGPASSWORD, a pgpass file or a prompt":
        "postgresql://användare@värd/databas eller en SQLite-fil (standard: KOMPASSAPP_ARCHIVE, annars arkivet i "
        "din datamapp); lösenordet kommer från PGPASSWORD, en pgpass-fil eller en fråga",
    "send an evaluation's result (scores, findings, auditors; never notes or participants)":
        "skicka en utvärderings resultat (poäng, iakttagelser, utvärderare; aldrig anteckningar eller intervjuade)",
    "the municipality's four-digit code (kept for the municipality)":
        "kommunens fyrsiffriga kod (sparas för kommunen)",
    "print exactly what would be sent, as JSON; send nothing":
        "skriv ut exakt vad som skulle skickas, som JSON; skicka inget",
    "the archived results (the latest version of each)": "de arkiverade resultaten (det senaste av varje)",
    "name or four-digit code": "namn eller fyrsiffrig kod",
    "machine-readable output": "maskinläsbar utdata",
    "one archived result with its versions": "ett arkiverat resultat med dess versioner",
    "an earlier version (default: the latest)": "en tidigare version (standard: den senaste)",
    "the edition's average of final results as a reference profile":
        "utgåvans medelvärde av slutliga resultat som referensprofil",
    "the jury workbook of a year's evaluations, from the archive":
        "juryns arbetsbok över ett års utvärderingar, ur arkivet",
    "when the year has evaluations of several editions": "när året har utvärderingar av flera utgåvor",
    "a municipality's profiles over the years, per edition (xlsx or pdf)":
        "en kommuns profiler över åren, per utgåva (xlsx eller pdf)",
    "published totals (csv or xlsx: municipality,year,edition,1…8[,source])":
        "publicerade resultat (csv eller xlsx: municipality,year,edition,1…8[,source])",
}
