"""The demo evaluation: Botkyrka 2003 on the 2003 bank, for a new user to explore.

The area scores reproduce the published 2003 profile exactly. The published report
gives only area scores and (for areas 1–3) prose, so the individual answers are
chosen here to reach those scores, and every note, finding and interview not taken
from the report is marked illustrative. The file is flagged as demonstration data.
"""

from __future__ import annotations

import math
import random
from datetime import datetime, timedelta, timezone
from fractions import Fraction
from pathlib import Path
from typing import Any

import yaml

from kompassapp.bank import Bank, resolve_bank
from kompassapp.bank.model import Area
from kompassapp.errors import KompassError
from kompassapp.evaluation import Evaluation

BANK_ID = "kommunkompassen-2003"
# Botkyrka 2003, the published result per area (Sveriges Kvalitetskommun 2003).
PUBLISHED_PROFILE = {"1": Fraction(83), "2": Fraction(153, 2), "3": Fraction(179, 2), "4": Fraction(163, 2),
                     "5": Fraction(76), "6": Fraction(145, 2), "7": Fraction(67), "8": Fraction(93)}
NOTICE = ("Demonstrationsdata. Områdespoängen är Botkyrkas publicerade resultat från Kommunkompassen 2003. "
          "Enskilda svar, intervjuer, deltagare och det som märkts \"Illustrativt\" är påhittat för att visa "
          "programmet och beskriver inte kommunen.")
ILLUSTRATIVE = "[Illustrativt] "
CONTENT = Path(__file__).parent / "data" / "demo_botkyrka.yaml"


def solve_area(bank: Bank, area: Area, target: Fraction, rng: random.Random,
               fixed: dict[str, str] | None = None) -> dict[str, str]:
    """Choose one option per question so the area scores exactly `target` (all questions applicable).

    Questions in `fixed` keep their option. Each other question gets a randomly preferred
    option (mostly high for a strong area); a dynamic programme over exact point sums then
    changes as few preferences as possible.
    """
    fixed = fixed or {}
    questions = area.questions
    level = float(target / area.max)
    # Exact sums as integers (in units of 1/scale of a point): the same answers, without Fraction arithmetic.
    awards = {(q.id, o.key): q.points * o.value for q in questions for o in bank.scales[q.scale].options}
    unit = math.lcm(*(a.denominator for a in awards.values()))
    exact_goal = target * sum(q.points for q in questions) / area.max * unit
    goal = int(exact_goal) if exact_goal.denominator == 1 else -1  # -1: no sum of awards reaches it
    # reachable[i] maps an awarded sum after i questions to (cost, option key, previous sum)
    reachable: list[dict[int, tuple[int, str, int]]] = [{0: (0, "", 0)}]
    for q in questions:
        options = [o for o in bank.scales[q.scale].options if fixed.get(q.id, o.key) == o.key]
        best = max(options, key=lambda o: o.value)
        preferred = best.key if rng.random() < level else rng.choice(options).key
        points = [(o.key, int(awards[q.id, o.key] * unit)) for o in options]
        step: dict[int, tuple[int, str, int]] = {}
        for total, (cost, _, _) in reachable[-1].items():
            for key, award in points:
                new_total, new_cost = total + award, cost + (key != preferred)
                if new_total <= goal and (new_total not in step or step[new_total][0] > new_cost):
                    step[new_total] = (new_cost, key, total)
        reachable.append(step)
    if goal not in reachable[-1]:
        raise KompassError(f"area {area.id}: the bank cannot produce the score {float(target):g}")
    choices, total = {}, goal
    for q, step in zip(reversed(questions), reversed(reachable[1:])):
        _, key, total = step[total]
        choices[q.id] = key
    return choices


def _mark(text: str, published: bool) -> str:
    return text if published else ILLUSTRATIVE + text


def build_demo(out: Path, bank: Bank | None = None) -> Path:
    """Write the demo evaluation to `out` (which must not exist); it appears only when complete."""
    bank = bank or resolve_bank(BANK_ID)
    content: dict[str, Any] = yaml.load(CONTENT.read_text(encoding="utf-8"),  # our own file; C parser when there
                                        Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    start = datetime.fromisoformat(content["visit_start"]).replace(hour=8, tzinfo=timezone.utc)
    clock_at = [start]

    def clock() -> str:  # visit-time timestamps, a minute apart, so the demo reads like a real visit
        clock_at[0] += timedelta(minutes=1)
        return clock_at[0].isoformat(timespec="milliseconds")

    team = content["team"]
    # Built under a temporary name and renamed when complete: a killed build leaves no half demo.
    with Evaluation.building(out, bank, municipality=content["municipality"], year=content["year"],
                             visit_start=content["visit_start"], visit_end=content["visit_end"], team=team,
                             author=team[0], demo=True, notice=NOTICE, clock=clock) as ev:
        docs = {d["key"]: ev.add("document", title=_mark(d["title"], d.get("published", False)), kind=d["kind"],
                                 date=d["date"], link=d.get("link", "")).id for d in content["documents"]}
        sessions: dict[str, str] = {}
        people: dict[str, str] = {}
        for s in content["sessions"]:
            ev.author = s["auditors"][0]
            sessions[s["key"]] = ev.add("session", starts_at=s["starts_at"], ends_at=s["ends_at"],
                                        group_name=s["group_name"] + " (illustrativt)", place=s.get("place", ""),
                                        auditors=s["auditors"]).id
            for p in s["participants"]:
                people[p["key"]] = ev.add("participant", session_id=sessions[s["key"]], name=p["name"] + " (fiktiv)",
                                          role=p["role"], unit=p["unit"]).id
        comments = content.get("comments", {})
        # The answers the notes describe, then those a comment describes; the rest are solved for.
        fixed = {**content.get("answers", {}), **{qid: c["answer"] for qid, c in comments.items() if c.get("answer")}}
        rng = random.Random(2003)
        for i, area in enumerate(bank.areas):
            ev.author = team[i % len(team)]
            for qid, key in solve_area(bank, area, PUBLISHED_PROFILE[area.id], rng, fixed).items():
                ev.set_answer(qid, choice=key, status="done")
        for qid, c in comments.items():
            ev.set_answer(qid, comment=ILLUSTRATIVE + c["text"])
        starts = {s["key"]: datetime.fromisoformat(s["starts_at"]).replace(tzinfo=timezone.utc)
                  for s in content["sessions"]}
        for i, n in enumerate(content["notes"]):
            ev.author = team[i % len(team)]
            src = n["source"]
            kwargs: dict[str, Any]
            if "interview" in src:  # noted during the interview: stamp it a few minutes into the session
                starts[src["interview"]] += timedelta(minutes=4)
                clock_at[0] = starts[src["interview"]]
                kwargs = {"source_kind": "interview", "session_id": sessions[src["interview"]],
                          "participant_id": people.get(src.get("participant"))}
            elif "document" in src:
                kwargs = {"source_kind": "document", "document_id": docs[src["document"]]}
            elif "web" in src:
                kwargs = {"source_kind": "web", "url": src["web"]}
            else:
                kwargs = {"source_kind": "observation"}
            ev.add_note(_mark(n["text"], n.get("published", False)), question_ids=n["questions"], **kwargs)
        for f in content["findings"]:
            ev.add("finding", area_id=str(f["area"]), kind=f["kind"], text=_mark(f["text"], f.get("published", False)),
                   municipality=f.get("municipality", ""))
    return out
