"""The words of encryption and purging on the command line (sv first, en): part of messages.py's catalogue."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "secure.encrypted": {
        "sv": "{path}: krypterad (SQLCipher, AES-256); {n} okrypterade säkerhetskopior ersattes av en krypterad. "
              "Utan lösenfrasen kan filen inte öppnas — förvara den säkert.",
        "en": "{path}: encrypted (SQLCipher, AES-256); {n} unencrypted backups were replaced by an encrypted one. "
              "Without the passphrase the file cannot be opened — keep it safe."},
    "secure.rekeyed": {
        "sv": "{path}: ny lösenfras; {n} säkerhetskopior med den gamla ersattes av en med den nya.",
        "en": "{path}: new passphrase; {n} backups under the old one were replaced by one under the new."},
    "secure.decrypted": {
        "sv": "{path}: inte längre krypterad; dess säkerhetskopior förblir krypterade.",
        "en": "{path}: no longer encrypted; its backups stay encrypted."},
    "secure.prompt": {"sv": "Lösenfras för {path}: ", "en": "Passphrase for {path}: "},
    "secure.prompt_new": {"sv": "Ny lösenfras: ", "en": "New passphrase: "},
    "secure.prompt_again": {"sv": "Samma lösenfras igen: ", "en": "The same passphrase again: "},
    "secure.mismatch": {"sv": "lösenfraserna skiljer sig åt; inget ändrades",
                        "en": "the passphrases differ; nothing was changed"},
    "secure.no_new": {
        "sv": "ange den nya lösenfrasen med KOMPASSAPP_NEW_PASSPHRASE eller --new-passphrase-file (aldrig på "
              "kommandoraden); inget ändrades",
        "en": "give the new passphrase with KOMPASSAPP_NEW_PASSPHRASE or --new-passphrase-file (never on the "
              "command line); nothing was changed"},
    "secure.bad_file": {"sv": "{path}: lösenfrasfilen kan inte läsas ({why})",
                        "en": "{path}: the passphrase file cannot be read ({why})"},
    "secure.json_refused": {
        "sv": "{path}: filen är krypterad, men JSON-exporten blir klartext som vem som helst kan läsa; lägg till "
              "--plaintext om det är avsikten",
        "en": "{path}: the file is encrypted, but the JSON export is plain text anyone can read; add --plaintext if "
              "that is what you want"},
    "secure.json_plain": {
        "sv": "varning: JSON-exporten av den krypterade filen {path} är klartext (anteckningar och namn läsbara)",
        "en": "warning: the JSON export of the encrypted file {path} is plain text (notes and names readable)"},
    "purge.nothing": {"sv": "{path}: inga personuppgifter att gallra.", "en": "{path}: no personal data to purge."},
    "purge.plan": {
        "sv": "Gallring av personuppgifter i {path} tar bort:\n"
              "  namn på {participants} intervjuade (intervjuerna behåller grupp, roll och antal)\n"
              "  texten i {notes} anteckningar (underlaget behåller källslag, frågekopplingar och antal)\n"
              "  listan över väntade deltagare i {plans} intervjuplaner\n"
              "  {log} värden i ändringsloggen för dessa fält\n"
              "  {deleted} borttagna poster för gott\n"
              "samt filens säkerhetskopior i datamappen. Poäng, svar, iakttagelser, analyser och "
              "dokumentregistret behålls. Gallringen kan inte ångras.",
        "en": "Purging personal data from {path} removes:\n"
              "  the names of {participants} interviewees (sessions keep group, role and counts)\n"
              "  the text of {notes} notes (the evidence keeps source kind, question links and counts)\n"
              "  the list of expected participants in {plans} interview plans\n"
              "  {log} change-log values of those fields\n"
              "  {deleted} deleted records, for good\n"
              "and the file's backups in the data folder. Scores, answers, findings, analyses and the "
              "document register stay. The purge cannot be undone."},
    "purge.confirm": {"sv": "Gallra? Skriv ja: ", "en": "Purge? Type yes: "},
    "purge.needs_yes": {
        "sv": "gallringen måste bekräftas: kör interaktivt eller lägg till --yes; inget ändrades",
        "en": "the purge must be confirmed: run it interactively or add --yes; nothing was changed"},
    "purge.cancelled": {"sv": "Inget gallrades.", "en": "Nothing was purged."},
    "purge.done": {
        "sv": "{path}: gallrad {at} av {by}: {participants} namn, {notes} anteckningstexter, {log} loggvärden, "
              "{deleted} borttagna poster; {backups} säkerhetskopior raderade.",
        "en": "{path}: purged {at} by {by}: {participants} names, {notes} note texts, {log} log values, "
              "{deleted} deleted records; {backups} backups removed."},
    "purge.exports": {
        "sv": "Exporter gjorda före gallringen kan fortfarande innehålla personuppgifter: Excel-arbetsböcker "
              "(bladet Underlag) och JSON-exporter. Radera dem{found}.",
        "en": "Exports made before the purge may still hold personal data: Excel workbooks (the Underlag sheet) "
              "and JSON exports. Delete them{found}."},
    "purge.found": {"sv": ", bland annat: {files}", "en": ", among them: {files}"},
    "final.marked": {
        "sv": "{path}: rapporten markerad som slutlig {at}; påminnelse om gallring efter {days} dagar.",
        "en": "{path}: report marked final {at}; purge reminder after {days} days."},
    "final.unmarked": {"sv": "{path}: rapporten är inte längre markerad som slutlig.",
                       "en": "{path}: the report is no longer marked final."},
}

ARGPARSE_SV: dict[str, str] = {
    "encrypt an evaluation file in place (passphrase from KOMPASSAPP_NEW_PASSPHRASE, --new-passphrase-file or a prompt)":
        "kryptera en utvärderingsfil på plats (lösenfras från KOMPASSAPP_NEW_PASSPHRASE, --new-passphrase-file "
        "eller en fråga)",
    "store an encrypted evaluation file as plain SQLite again":
        "lagra en krypterad utvärderingsfil som vanlig SQLite igen",
    "give an encrypted evaluation file a new passphrase":
        "ge en krypterad utvärderingsfil en ny lösenfras",
    "purge personal data (names, note texts, deleted records) after the final report":
        "gallra personuppgifter (namn, anteckningstexter, borttagna poster) efter slutrapporten",
    "mark the report final (the purge reminder counts from then)":
        "markera rapporten som slutlig (påminnelsen om gallring räknas därifrån)",
    "a file whose first line is the new passphrase (for scripts)":
        "en fil vars första rad är den nya lösenfrasen (för skript)",
    "a file whose first line is the passphrase of encrypted files (for scripts; never the passphrase itself "
    "on the command line)":
        "en fil vars första rad är de krypterade filernas lösenfras (för skript; aldrig själva lösenfrasen på "
        "kommandoraden)",
    "do not ask for confirmation (scripts)": "fråga inte om bekräftelse (skript)",
    "the report is no longer final": "rapporten är inte längre slutlig",
    "encrypt the new file (passphrase as for encrypt)": "kryptera den nya filen (lösenfras som för encrypt)",
    "allow a plain-text JSON export of an encrypted file": "tillåt en JSON-export i klartext av en krypterad fil",
}

DOMAIN_ERRORS_SV: list[tuple[str, str]] = [
    (r"(?P<p>.+): the file is encrypted \(or it is not an evaluation file\); give its passphrase \(KOMPASSAPP_PASSPHRASE or --passphrase-file\)",
     "{p}: filen är krypterad (eller ingen utvärderingsfil); ange dess lösenfras (KOMPASSAPP_PASSPHRASE eller "
     "--passphrase-file)"),
    (r"(?P<p>.+): the passphrase does not open the file \(or it is not an evaluation file\); nothing was changed",
     "{p}: lösenfrasen öppnar inte filen (eller så är den ingen utvärderingsfil); inget ändrades"),
    (r"the passphrase is too short \(at least (?P<n>\d+) characters\)",
     "lösenfrasen är för kort (minst {n} tecken)"),
    (r"(?P<p>.+): the file is already encrypted \(use rekey to change its passphrase\)",
     "{p}: filen är redan krypterad (byt lösenfras med rekey)"),
    (r"(?P<p>.+): the file is not encrypted \(use encrypt\)", "{p}: filen är inte krypterad (använd encrypt)"),
    (r"(?P<p>.+): the file is not encrypted", "{p}: filen är inte krypterad"),
    (r"(?P<p>.+): the copy was made before personal data was purged from this file \((?P<d>[\d-]+)\); merging it "
     r"would bring the names and notes back, so it is refused — purge the copy first, or make a new copy from this "
     r"file",
     "{p}: kopian gjordes innan personuppgifterna gallrades ur den här filen ({d}); att slå ihop den skulle "
     "föra tillbaka namn och anteckningar, så den vägras — gallra kopian först eller gör en ny kopia av den här filen"),
    (r"encrypted files need the Python package 'sqlcipher3' \(pip install sqlcipher3\)",
     "krypterade filer kräver Python-paketet 'sqlcipher3' (pip install sqlcipher3)"),
]
