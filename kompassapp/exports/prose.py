"""The sentences both written reports (PDF and Word) share, as plain text.

The PDF escapes them into its paragraph markup, the Word report takes them as they are;
either way the two say the same thing in the same words.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from kompassapp.exports.common import Report, sv_number, sv_percent
from kompassapp.exports.rose import FONT, Strand, compass_rose
from kompassapp.records import Session
from kompassapp.scoring import AreaScore, Profile

MM = 72 / 25.4  # points per millimetre

METHOD = [
    "Kommunkompassen är en metod för att granska hur en kommun styrs, leds och utvecklas. Den mäter inte "
    "hur bra de enskilda verksamheterna är, utan om kommunen har de arbetssätt som gör god service och en "
    "effektiv förvaltning sannolik. Metoden kommer från Norden och har använts av Sveriges Kommuner och "
    "Regioner (tidigare Svenska Kommunförbundet) sedan början av 2000-talet.",
    "Poäng ges bara för sådant som kommunen faktiskt gör och kan visa, inte för planer och avsikter. "
    "Underlaget har tre delar: utvärderarna läser kommunens styrdokument, budget, årsredovisning, policyer, "
    "uppföljningsrutiner och webbplats före besöket; under besöket intervjuar de grupper av politiker, "
    "kommunledning, chefer, fackliga företrädare och andra; och de gör egna iakttagelser.",
]
NO_ROLE = "roll ej angiven"


def preliminary_text(p: Profile) -> str:
    return f"Preliminärt \u2013 {p.tally.assessed} av {p.tally.questions} frågor bedömda"


def score_text(a: AreaScore) -> str:
    """An area's score, or – while none of its questions is assessed (a 0 it has not earned)."""
    return sv_number(a.score) if a.assessed else "\u2013"


def extremes(p: Profile, esc: Callable[[str], str] = lambda s: s) -> str:
    """Which areas score highest and lowest; only assessed areas count, and one area is never
    called both. `esc` prepares area titles for the document's markup."""
    areas = p.assessed_areas
    waiting = len(p.areas) - len(areas)
    later = (f" {waiting} av områdena är ännu inte bedömda." if len(areas) > 1 and waiting else "")
    if not areas:
        return "Inget område är ännu bedömt."
    if len(areas) == 1:
        a = areas[0]
        return (f"Hittills är bara området {esc(a.area.title)} bedömt ({sv_number(a.score)} poäng); "
                "övriga områden är ännu inte bedömda.")
    best = max(areas, key=lambda a: a.score / a.area.max)
    worst = min(areas, key=lambda a: a.score / a.area.max)
    if best.score / best.area.max == worst.score / worst.area.max:
        return f"Alla bedömda områden har hittills samma andel av sin maxpoäng.{later}"
    return (f"Högst resultat har området {esc(best.area.title)} ({sv_number(best.score)} poäng), "
            f"lägst {esc(worst.area.title)} ({sv_number(worst.score)} poäng).{later}")


def preliminary_more(r: Report) -> str:
    disputed = (f" Vid {len(r.disputed)} frågor har utvärderarna ännu inte enats om svaret." if r.disputed else "")
    return f"Obesvarade frågor ger ännu inga poäng, så poängen kan komma att stiga.{disputed}"


def method_bank_text(r: Report) -> str:
    bank, p = r.bank, r.profile
    subs = sum(len(a.subareas) for a in bank.areas)
    return (f"Denna utvärdering använder frågebanken {bank.title} {bank.edition} (revision {bank.revision}) med "
            f"{len(bank.areas)} områden, {subs} delområden och {len(bank.questions)} frågor. Varje område ger högst "
            f"{sv_number(bank.areas[0].max)} poäng{'' if len({a.max for a in bank.areas}) == 1 else ' (se poängtabellen)'}"
            f", sammanlagt högst {sv_number(p.max_total)}. Utvärderarna besvarar varje fråga på frågans svarsskala. "
            "En fråga som inte är tillämplig i kommunen räknas bort och påverkar varken uppåt eller nedåt. Områdets "
            "poäng är områdets maxpoäng gånger andelen erhållna poäng av möjliga poäng.")


def scale_lines(r: Report) -> list[str]:
    """Each answer scale the bank uses: its options with the share of the question's points they give."""
    used = {q.scale for q in r.bank.questions.values()}
    return [", ".join(f"{o.label} ({sv_percent(o.value, 1)})" for o in scale.options)
            for key, scale in r.bank.scales.items() if key in used]


def held_sessions(r: Report) -> list[Session]:
    """The interviews that took place (a planned one has no participants to report yet)."""
    return [s for s in r.sessions if getattr(s, "state", "held") == "held"]


def session_roles(r: Report, session: Session) -> list[tuple[str, int]]:
    """The roles in one interview with how many held each: most first, then alphabetically.
    Never in storage order, which an export → import round trip is free to change."""
    roles = Counter(p.role.strip() or NO_ROLE for p in r.participants_of(session.id))
    return sorted(roles.items(), key=lambda kv: (-kv[1], kv[0].casefold(), kv[0]))


def roles_text(roles: list[tuple[str, int]]) -> str:
    return "\n".join(f"{role} ({n})" if n > 1 else role for role, n in roles)  # roles hold commas: one a line


def interviews_text(r: Report) -> str:
    sessions = held_sessions(r)
    people = sum(len(r.participants_of(s.id)) for s in sessions)
    return (f"Under besöket genomfördes {len(sessions)} gruppintervjuer med sammanlagt {people} personer. "
            "Tabellen visar vilka roller som deltog; namn redovisas inte.")


def typographic(text: str) -> str:
    """Straight quotes as Swedish typography writes them: ”citat” and ’apostrof’."""
    return text.replace('"', "\u201d").replace("'", "\u2019")


def edition_text(r: Report) -> str:
    """The edition as the cover band states it ("2003 års version"), the band already saying Kommunkompassen."""
    return f"{r.bank.edition} års version" if r.bank.edition.isdigit() else r.bank.edition


def bank_text(r: Report) -> str:
    """The question bank for the cover's facts, without repeating "Kommunkompassen"."""
    title = r.bank.title
    return edition_text(r) if "kommunkompassen" in title.casefold() else f"{title} {r.bank.edition}"


def metadata(r: Report, final: bool) -> dict[str, str]:
    """Title, author, subject and keywords of a report (the PDF's and the Word document's)."""
    kind = "Rapport" if final else "Återkoppling"
    return {"title": f"Kommunkompassen – {kind} – {r.label}", "author": ", ".join(r.team) or "Kompassapp",
            "subject": f"Utvärdering av {r.info.municipality} {r.info.year} enligt {r.bank.title} {r.bank.edition}",
            "keywords": f"Kommunkompassen, {r.info.municipality}, {r.info.year}, utvärdering"}


def rose_drawing(r: Report, *, width: float = 166 * MM, height: float = 112 * MM):
    """The compass rose of the report (None with fewer than three areas: two spokes make a line);
    with unequal area maxima each axis shows the share of its own maximum. Both reports draw it.
    The font must be registered (kompassapp.exports.rose.register_fonts)."""
    areas = r.profile.areas
    if len(areas) < 3:
        return None
    maxima = {a.area.max for a in areas}
    same = len(maxima) == 1
    scale = (lambda a, score: float(score)) if same else (lambda a, score: float(score * 100 / a.area.max))
    maximum = float(next(iter(maxima))) if same else 100.0
    strands = [Strand(r.label, [scale(a, a.score) for a in areas])]
    if r.comparison:
        other = r.comparison.scores
        strands.append(Strand(r.comparison.name, [scale(a, other[a.area.id]) for a in areas], dashed=True))
    return compass_rose([f"{a.area.short}\n{score_text(a)}" for a in areas], strands, maximum, font=FONT,
                        width=width, height=height)


def rose_caption(r: Report) -> str:
    areas = r.profile.areas
    maxima = {a.area.max for a in areas}
    caption = (f"Kompassrosen: poäng per område, 0–{sv_number(next(iter(maxima)))}." if len(maxima) == 1 else
               "Kompassrosen: varje områdes poäng i procent av områdets maxpoäng.")
    if len(r.profile.assessed_areas) < len(areas):
        caption += " Ett område som ännu inte är bedömt (–) ritas vid 0."
    return caption
