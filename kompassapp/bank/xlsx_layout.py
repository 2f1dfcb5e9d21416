"""The layout of a bank workbook: its sheets, their columns and the instructions sheet (Qt-free).

Export writes exactly this layout; import finds sheets and columns by these names (and the accepted
alternatives), so the two cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kompassapp.bank.model import FORMAT, SOURCES


ALIAS_SEP = " | "
SOURCE_SEP = ", "
YES, NO = "ja", "nej"
_TRUE = {"ja", "j", "sant", "true", "yes", "y", "1", "x"}
_FALSE = {"nej", "n", "falskt", "false", "no", "0"}
EXCEL_MAX_CHARS = 32767


# -- the workbook layout ----------------------------------------------------------------
@dataclass(frozen=True)
class Col:
    key: str            # field name in the bank (YAML), or a structural name like "area"
    header: str         # Swedish header shown in row 1
    kind: str           # id | text | str | number | int | bool | aliases | sources
    width: float
    wrap: bool = False
    also: tuple[str, ...] = ()   # other headers accepted on import
    v2: bool = False             # format /2 only: written for /2 banks, optional on import

    def names(self) -> set[str]:
        return {_fold(n) for n in (self.header, self.key, *self.also)}


@dataclass(frozen=True)
class Sheet:
    name: str
    cols: tuple[Col, ...]
    freeze: str = "A2"
    also: tuple[str, ...] = ()

    v2: bool = False             # a sheet of format /2 only: written for /2 banks, optional on import

    def col(self, key: str) -> Col:
        return next(c for c in self.cols if c.key == key)

    def for_format(self, v2: bool) -> Sheet:
        """The sheet as written for a bank of format /1 (exactly as before /2 existed) or /2."""
        return self if v2 else Sheet(self.name, tuple(c for c in self.cols if not c.v2), self.freeze, self.also)


META = Sheet("Metadata", (
    Col("field", "Fält", "str", 16, also=("nyckel",)),
    Col("value", "Värde", "str", 70, wrap=True),
), freeze="B2")
# Metadata rows: bank field, Swedish label, kind, explanation shown in the sheet.
META_FIELDS = (
    ("format", "Format", "str", f"Filformatet; ska vara {FORMAT}."),
    ("id", "Id", "id", "Bankens stabila id. Utvärderingsfiler hänvisar till det; ändra det inte."),
    ("title", "Titel", "text", "Bankens namn, t.ex. Kommunkompassen."),
    ("edition", "Utgåva", "id", "Metodens utgåva, t.ex. 2020. Profiler jämförs bara inom samma utgåva."),
    ("language", "Språk", "str", "Språkkod för texterna, t.ex. sv."),
    ("revision", "Revision", "int", "Heltal från 1. Höj det när frågor, poäng eller skalor ändras."),
    ("description", "Beskrivning", "str", "Fri beskrivning av banken (valfri)."),
)
META_KIND = {k: kind for k, _, kind, _ in META_FIELDS}
META_LABEL = {k: label for k, label, _, _ in META_FIELDS}

SCALES = Sheet("Skalor", (
    Col("scale", "Skala", "str", 12),
    Col("key", "Nyckel", "id", 12),
    Col("label", "Svarsalternativ", "text", 34, wrap=True, also=("etikett",)),
    Col("value", "Värde (0–1)", "number", 13, also=("värde", "varde", "andel")),
))
AREAS = Sheet("Områden", (
    Col("id", "Id", "id", 7),
    Col("title", "Titel", "text", 44, wrap=True),
    Col("short", "Kort namn", "text", 22, also=("kortnamn", "kort")),
    Col("aliases", "Alias", "aliases", 36, wrap=True),
    Col("role", "Roll", "str", 24),
    Col("max", "Maxpoäng", "number", 11, also=("max",)),
), freeze="B2", also=("omraden",))
SUBAREAS = Sheet("Delområden", (
    Col("area", "Område", "id", 10),
    Col("id", "Id", "id", 9),
    Col("title", "Titel", "text", 80, wrap=True),
), freeze="C2", also=("delomraden",))
QUESTIONS = Sheet("Frågor", (
    Col("area", "Område", "id", 9),
    Col("subarea", "Delområde", "id", 11),
    Col("id", "Id", "id", 9),
    Col("text", "Fråga", "text", 60, wrap=True),
    Col("guidance", "Vägledning", "str", 72, wrap=True),
    Col("points", "Poäng", "number", 8),
    Col("scale", "Skala", "str", 9),
    Col("sources", "Källor", "sources", 22, wrap=True),
    Col("na_allowed", "Ej tillämplig tillåten", "bool", 13, also=("ej tillämplig", "na_allowed")),
    Col("na_when", "Ej tillämplig när", "str", 40, wrap=True, also=("na_when",), v2=True),
    Col("groups", "Grupper", "sources", 18, wrap=True, also=("intervjugrupper",), v2=True),
    Col("documents", "Dokument", "sources", 18, wrap=True, v2=True),
    Col("basis", "Grund", "str", 8, v2=True),
    Col("statute", "Författning", "str", 30, wrap=True, also=("lagrum",), v2=True),
), freeze="D2", also=("fragor",))
# Format /2: what earns each option (one row per question and option), and the bank's vocabularies.
LEVELS = Sheet("Nivåer", (
    Col("question", "Fråga", "id", 9),
    Col("key", "Alternativ", "id", 11, also=("nyckel",)),
    Col("text", "Beskrivning", "text", 100, wrap=True),
), freeze="C2", also=("nivaer",), v2=True)
GROUPS = Sheet("Grupper", (
    Col("id", "Id", "id", 14),
    Col("label", "Benämning", "text", 50, wrap=True, also=("benamning",)),
    Col("description", "Beskrivning", "str", 80, wrap=True),
), freeze="B2", v2=True)
DOCUMENTS = Sheet("Dokument", (
    Col("id", "Id", "id", 14),
    Col("title", "Titel", "text", 50, wrap=True),
    Col("description", "Beskrivning", "str", 80, wrap=True),
), freeze="B2", v2=True)
THEMES = Sheet("Teman", (
    Col("id", "Id", "id", 14),
    Col("title", "Titel", "text", 50, wrap=True),
    Col("areas", "Områden", "sources", 20, also=("omraden",)),
), freeze="B2", v2=True)
SHEETS = (META, SCALES, AREAS, SUBAREAS, QUESTIONS, LEVELS, GROUPS, DOCUMENTS, THEMES)
ORDER = {s.name: i for i, s in enumerate(SHEETS)}
HELP_SHEET = "Anvisningar"
AREA_SUM_HEADER = "Frågornas poäng (kontroll)"


def _fold(name: Any) -> str:
    return " ".join(str(name).split()).casefold() if name is not None else ""


def _letter(col: int) -> str:
    from openpyxl.utils import get_column_letter
    return get_column_letter(col)


def _cell(sheet: str, row: int, col: int | None) -> str:
    return f"{sheet}!{_letter(col)}{row}" if col else f"{sheet}!{row}"


LINE_HEIGHT = 15  # points per line of 11-point Calibri


def _wrapped_lines(text: str, width: float) -> int:
    """About how many lines `text` takes in a wrapped column `width` characters wide (a bit generous)."""
    per_line = max(8, int(width * 1.2) - 1)
    total = 0
    for paragraph in text.split("\n"):
        n, used = 1, 0
        for word in paragraph.split(" "):
            if used and used + 1 + len(word) > per_line:
                n, used = n + 1, len(word)
            else:
                used += len(word) + (1 if used else 0)
            while used > per_line:  # a word longer than the line
                n, used = n + 1, used - per_line
        total += n
    return total


HELP_TEXT = (
    ("Frågebanken i Excel", ""),
    ("", "Arbetsboken är en frågebank för Kompassapp. Redigera flikarna och läs in den igen med\n"
         "kompassapp bank import-xlsx BOK.xlsx -o BANK.yaml\n"
         "Inläsningen kontrollerar allt som en YAML-bank kontrolleras mot och anger flik, rad och kolumn "
         "för varje fel."),
    ("Metadata", "Bankens id, titel, utgåva, språk, revision och beskrivning. Höj Revision när frågor, poäng eller "
                 "skalor ändras: påbörjade utvärderingar behåller sin revision."),
    ("Skalor", "En rad per svarsalternativ. Värde är den andel av frågans poäng som alternativet ger, 0–1 "
               "(t.ex. 0,5 för Delvis). Alternativen visas i radernas ordning."),
    ("Områden", "En rad per område i den ordning de ska visas. Kort namn används i diagram. Flera alias skrivs "
                f"åtskilda med \"{ALIAS_SEP.strip()}\". Frågornas poäng inom ett område ska summera till Maxpoäng; "
                "den grå kolumnen visar summan och blir röd när den inte stämmer (den läses inte in)."),
    ("Delområden", "En rad per delområde: vilket område det hör till, dess id och titel."),
    ("Frågor", "En rad per fråga: område, delområde, id, frågetext, vägledning om underlaget, poäng, skala (namnet "
               f"på en skala i fliken Skalor), källor ({', '.join(SOURCES)}; åtskilda med kommatecken) och om "
               f"frågan får besvaras som ej tillämplig ({YES} eller {NO})."),
    ("Format 2", "En bank i format kompassapp-bank/2 har också flikarna Nivåer (en rad per fråga och "
                 "svarsalternativ: vad som ger alternativet), Grupper (intervjugrupper), Dokument (dokument som "
                 "begärs in) och Teman (grupper av områden, områdenas id åtskilda med kommatecken), och i Frågor "
                 "kolumnerna Ej tillämplig när (krävs när ej tillämplig är tillåten), Grupper och Dokument (id "
                 "åtskilda med kommatecken; krävs när källorna har intervju respektive dokument), Grund (law när "
                 "kravet redan följer av lag) och Författning (lagrummet)."),
    ("Id", "Alla id är text. Cellerna är formaterade som text, så 1.10 förblir 1.10. Ett id som Excel har gjort "
           "om till ett decimaltal (1.1) avvisas vid inläsningen, eftersom 1.10 och 1.1 då inte går att skilja åt. "
           "Frågornas id följer svaren mellan revisioner: byt inte id på en fråga som bara formulerats om."),
    ("Rader", "Radernas ordning är ordningen i banken. Tomma rader hoppas över. Kolumner med andra rubriker än "
              "de blå ignoreras, så du kan lägga till egna anteckningskolumner. Formler läses inte in: skriv värden."),
)
