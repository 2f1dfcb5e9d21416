"""The jury workbook: several evaluations side by side, ranked, with one radar chart."""

import re
import zipfile
from fractions import Fraction
from pathlib import Path

import pytest
from conftest import BANK_2003, BANK_2020, ROOT, assert_no_traceback, run_cli
from openpyxl import load_workbook

from kompassapp.bank import Bank, load_bank
from kompassapp.errors import KompassError
from kompassapp.evaluation import Evaluation
from kompassapp.exports import commands
from kompassapp.exports.sheet import BEST_FILL

# (municipality, share of questions answered with the best option); the rest get the lowest.
NOMINEES = [("Borås", 0.35), ("Eskilstuna", 0.80), ("Helsingborg", 0.95), ("Karlstad", 0.60),
            ("Kävlinge", 0.60), ("Västerås", 0.50)]


def _make(path: Path, bank: Bank, municipality: str, share: float, year: int = 2015) -> Fraction:
    """An evaluation whose first `share` of each area's questions score fully; returns its total."""
    with Evaluation.create(path, bank, municipality=municipality, year=year, team=["Anna Ek"]) as ev:
        for area in bank.areas:
            questions = area.questions
            best = round(share * len(questions))
            for i, q in enumerate(questions):
                options = bank.scales[q.scale].options
                top = max(options, key=lambda o: o.value)
                low = min(options, key=lambda o: o.value)
                ev.set_answer(q.id, choice=(top if i < best else low).key, status="done")
        return ev.profile().total


@pytest.fixture(scope="module")
def six(tmp_path_factory):
    folder = tmp_path_factory.mktemp("jury")
    bank = load_bank(BANK_2003)
    files, totals = [], {}
    for name, share in NOMINEES:
        path = folder / f"{name}.kompass"
        totals[f"{name} 2015"] = _make(path, bank, name, share)
        files.append(path)
    return files, totals


def _ranking_rows(ws):
    head_row = next(r for r in ws.iter_rows() if r[0].value == "Rang")
    head = [c.value for c in head_row]
    rows = []
    for r in ws.iter_rows(min_row=head_row[0].row + 1):
        if r[0].value is None:
            break
        rows.append(r)
    return head, rows


def test_jury_of_six_ranks_them_correctly(six, tmp_path):
    files, totals = six
    out = tmp_path / "jury.xlsx"
    result = run_cli("jury", *files, "-o", out)
    assert result.returncode == 0, result.stderr
    wb = load_workbook(out)
    assert wb.sheetnames == ["Jämförelse", "Delområden", "Fullständighet", "Utvärderingar"]
    head, rows = _ranking_rows(wb["Jämförelse"])
    total_col = head.index("Totalt")
    got = [(r[0].value, r[1].value, r[total_col].value) for r in rows]
    assert len(got) == 6
    assert [label for _, label, _ in got][0] == "Helsingborg 2015"  # the best first
    for rank, label, total in got:
        assert total == pytest.approx(float(totals[label]))
        assert rank == 1 + sum(t > totals[label] for t in totals.values())
    assert [t for _, _, t in got] == sorted((t for _, _, t in got), reverse=True)
    ranks = {label: rank for rank, label, _ in got}
    assert ranks["Karlstad 2015"] == ranks["Kävlinge 2015"] == 3 and ranks["Västerås 2015"] == 5  # a tie shares


def test_best_value_per_area_is_marked(six, tmp_path):
    files, _ = six
    out = tmp_path / "jury.xlsx"
    commands.jury(files, out)
    ws = load_workbook(out)["Jämförelse"]
    head, rows = _ranking_rows(ws)
    for col in range(3, head.index("Totalt") + 1):  # every area column and the total
        values = [r[col].value for r in rows]
        marked = [r[col].fill.fgColor.rgb.endswith(BEST_FILL.fgColor.rgb[-6:]) for r in rows]
        assert marked == [v == max(values) for v in values], head[col]


def test_jury_workbook_has_one_radar_chart_with_every_nominee(six, tmp_path):
    files, _ = six
    out = tmp_path / "jury.xlsx"
    commands.jury(files, out)
    with zipfile.ZipFile(out) as z:
        charts = [n for n in z.namelist() if n.startswith("xl/charts/chart")]
        assert len(charts) == 1
        xml = z.read(charts[0]).decode()
    assert "radarChart" in xml and len(re.findall(r"<(?:c:)?ser>", xml)) == 6
    for name, _ in NOMINEES:
        assert name in xml


def test_sub_areas_and_completeness_are_compared(six, tmp_path):
    files, _ = six
    out = tmp_path / "jury.xlsx"
    commands.jury(files, out)
    wb = load_workbook(out)
    subs = list(wb["Delområden"].iter_rows(min_row=2, values_only=True))
    assert len(subs) == 37 and subs[0][:2] == ("1", "1.1")  # the 2003 edition's sub-areas
    assert all(isinstance(v, (int, float)) for row in subs for v in row[3:])  # numbers, not text
    done = list(wb["Fullständighet"].iter_rows(min_row=2, values_only=True))
    assert [row[-1] for row in done] == [1] * 6  # every question answered


def test_different_banks_are_refused(six, tmp_path):
    files, _ = six
    other = tmp_path / "umea.kompass"
    Evaluation.create(other, load_bank(BANK_2020), municipality="Umeå", year=2021).close()
    with pytest.raises(KompassError, match="areas differ"):
        commands.jury([files[0], other], tmp_path / "j.xlsx")
    result = run_cli("jury", files[0], other, "-o", tmp_path / "j.xlsx")
    assert result.returncode == 1 and len(result.stderr.strip().splitlines()) == 1
    assert_no_traceback(result)
    assert not (tmp_path / "j.xlsx").exists()


def test_banks_with_the_same_areas_are_accepted(six, tmp_path):
    files, _ = six
    base = load_bank(BANK_2003)
    copy = Bank.from_dict({**base.to_dict(), "id": "kommunkompassen-2003-lokal", "revision": 2})
    other = tmp_path / "lund.kompass"
    _make(other, copy, "Lund", 0.7)
    out = tmp_path / "j.xlsx"
    commands.jury([files[0], other], out)
    _, rows = _ranking_rows(load_workbook(out)["Jämförelse"])
    assert [r[1].value for r in rows] == ["Lund 2015", "Borås 2015"]


def test_jury_needs_two_distinct_files(six, tmp_path):
    files, _ = six
    with pytest.raises(KompassError, match="at least two"):
        commands.jury(files[:1], tmp_path / "j.xlsx")
    with pytest.raises(KompassError, match="twice"):
        commands.jury([files[0], files[0]], tmp_path / "j.xlsx")


def test_same_municipality_twice_gets_distinct_labels(tmp_path):
    bank = load_bank(BANK_2003)
    a, b = tmp_path / "a.kompass", tmp_path / "b.kompass"
    _make(a, bank, "Lomma", 0.5, year=2007)
    _make(b, bank, "Lomma", 0.6, year=2007)
    out = tmp_path / "j.xlsx"
    commands.jury([a, b], out)
    _, rows = _ranking_rows(load_workbook(out)["Jämförelse"])
    assert [r[1].value for r in rows] == ["Lomma 2007 (b.kompass)", "Lomma 2007 (a.kompass)"]


def test_progress_reports_step_ids_with_swedish_labels_as_data(tmp_path):
    from conftest import SMALL_BANK
    from kompassapp.exports.steps import Step

    bank = load_bank(SMALL_BANK)
    for name in ("Stegby", "Trappby"):
        Evaluation.create(tmp_path / f"{name}.kompass", bank, municipality=name, year=2026).close()
    seen = []
    commands.export(tmp_path / "Stegby.kompass", xlsx=tmp_path / "a.xlsx", progress=lambda *step: seen.append(step))
    assert seen == [(0, 2, Step.READ, ""), (1, 2, Step.WORKBOOK, ""), (2, 2, Step.DONE, "")]
    assert [what.label(detail) for _, _, what, detail in seen] == ["Läser utvärderingen", "Skriver arbetsboken", "Klart"]
    seen.clear()
    commands.jury([tmp_path / "Stegby.kompass", tmp_path / "Trappby.kompass"], tmp_path / "jury.xlsx",
                  progress=lambda *step: seen.append(step))
    assert [(what, detail) for _, _, what, detail in seen] == [
        (Step.READ_FILE, "Stegby.kompass"), (Step.READ_FILE, "Trappby.kompass"), (Step.WORKBOOK, ""), (Step.DONE, "")]
    assert seen[0][2].label(seen[0][3]) == "Läser Stegby.kompass"


# -- published results, reference profiles and incomplete evaluations (issue 14) ---------------
def _published_csv(path: Path, rows: list[tuple], *, sep: str = ",", bom: bool = False, comma: bool = False) -> Path:
    lines = [sep.join(["municipality", "year", "edition", *map(str, range(1, 9))])]
    for municipality, year, edition, scores in rows:
        cells = [f"{s:g}".replace(".", ",") if comma else f"{s:g}" for s in scores]
        lines.append(sep.join([municipality, str(year), edition, *cells]))
    path.write_bytes(("\ufeff" if bom else "").encode() + ("\n".join(lines) + "\n").encode("utf-8"))
    return path


def _rank_table(ws):
    head_row = next(r for r in ws.iter_rows() if r[0].value == "Rang")
    head = [c.value for c in head_row]
    rows = []
    for r in ws.iter_rows(min_row=head_row[0].row + 1):
        if r[0].value is None and r[1].value is None:
            break
        rows.append(r)
    return head, rows


def test_jury_ranks_published_profiles_with_evaluations(six, tmp_path):
    files, totals = six
    """Three published profiles (two rows of a table, the shipped Botkyrka 2003 reference) and two
    evaluations: all five ranked by total, each marked with what it is."""
    table = _published_csv(tmp_path / "publicerat.csv", [
        ("Umeå", 2012, "2003", (60, 60, 60, 60, 60, 60, 60, 60)),              # 480
        ("Kommun C", 2010, "2003", (10, 10, 10, 10, 10, 10, 10, 10.5))],       # 80.5
        sep=";", bom=True, comma=True)
    reference = ROOT / "question_bank" / "references" / "botkyrka-2003.yaml"  # kind: published, 639
    out = tmp_path / "jury.xlsx"
    helsingborg, boras = files[2], files[0]  # 2015 evaluations, complete
    result = run_cli("jury", helsingborg, boras, reference, "--published", table, "-o", out)
    assert result.returncode == 0, result.stderr
    head, rows = _rank_table(load_workbook(out)["Jämförelse"])
    basis, total = head.index("Underlag"), head.index("Totalt")
    got = [(r[0].value, r[1].value, r[basis].value) for r in rows]
    ranked = sorted([("Botkyrka 2003", 639.0), ("Kommun C 2010", 80.5), ("Umeå 2012", 480.0),
                     ("Helsingborg 2015", float(totals["Helsingborg 2015"])),
                     ("Borås 2015", float(totals["Borås 2015"]))], key=lambda x: -x[1])
    assert [label for _, label, _ in got] == [label for label, _ in ranked]
    assert [rank for rank, _, _ in got] == [1, 2, 3, 4, 5]
    assert [r[total].value for r in rows] == pytest.approx([t for _, t in ranked])
    markers = {label: b for _, label, b in got}
    assert markers["Botkyrka 2003"] == markers["Kommun C 2010"] == markers["Umeå 2012"] == "publicerat resultat"
    assert markers["Helsingborg 2015"] == markers["Borås 2015"] == "utvärdering"
    wb = load_workbook(out)
    assert [r[0] for r in wb["Fullständighet"].iter_rows(min_row=2, values_only=True)] == \
        ["Helsingborg 2015", "Borås 2015"]  # a published total has no questions to count


def test_a_reference_profile_of_ones_own_is_a_reference(six, tmp_path):
    files, _ = six
    reference = tmp_path / "mål.yaml"
    assert run_cli("reference", "new", "--bank", "kommunkompassen-2003", "--name", "Vårt mål",
                   "--scores", "90;90;90;90;90;90;90;90", "-o", reference).returncode == 0
    out = tmp_path / "jury.xlsx"
    commands.jury([files[0], reference], out)
    head, rows = _rank_table(load_workbook(out)["Jämförelse"])
    assert [(r[0].value, r[1].value, r[head.index("Underlag")].value) for r in rows] == \
        [(1, "Vårt mål", "referensprofil"), (2, "Borås 2015", "utvärdering")]


def test_incomplete_evaluations_are_marked_and_ranked_apart(six, tmp_path):
    files, totals = six
    bank = load_bank(BANK_2003)
    half = tmp_path / "half.kompass"
    with Evaluation.create(half, bank, municipality="Umeå", year=2015) as ev:  # 90 % answered, all top marks
        questions = list(bank.questions.values())
        for q in questions[: int(len(questions) * 0.9)]:
            top = max(bank.scales[q.scale].options, key=lambda o: o.value)
            ev.set_answer(q.id, choice=top.key)
    empty = tmp_path / "empty.kompass"
    Evaluation.create(empty, bank, municipality="Luleå", year=2015).close()
    out = tmp_path / "jury.xlsx"
    commands.jury([files[0], half, empty, files[1]], out)
    head, rows = _rank_table(load_workbook(out)["Jämförelse"])
    basis = head.index("Underlag")
    cells = [(r[0].value, r[1].value, r[basis].value) for r in rows]
    assert cells[0][1] == "Eskilstuna 2015" and cells[1][1] == "Borås 2015"
    assert [c[0] for c in cells[:2]] == [1, 2]
    assert cells[2][0].startswith("Preliminära resultat")  # the row that sets them apart
    assert cells[3] == (1, "Umeå 2015", "preliminärt – 90 % besvarat")  # ranked among the preliminary
    assert cells[4] == (2, "Luleå 2015", "preliminärt – 0 % besvarat")
    assert rows[3][1].fill.fgColor.rgb.endswith("FCE4D6")  # marked in the ranking itself


def test_published_rows_of_another_edition_are_refused_with_the_row(six, tmp_path):
    files, _ = six
    table = _published_csv(tmp_path / "p.csv", [("Botkyrka", 2003, "2003", (83, 76.5, 89.5, 81.5, 76, 72.5, 67, 93)),
                                                ("Vallentuna", 2021, "2020", (63, 65, 73, 64, 61, 59, 68, 64))])
    before = table.read_bytes()
    result = run_cli("jury", files[0], "--published", table, "-o", tmp_path / "j.xlsx")
    assert result.returncode == 1 and "rad 3" in result.stderr and "2020" in result.stderr
    assert_no_traceback(result)
    assert table.read_bytes() == before and not (tmp_path / "j.xlsx").exists()


def test_only_published_rows_take_the_edition_from_the_table(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    ws = book.active
    ws.append(["municipality", "year", "edition", *range(1, 9)])
    ws.append(["Vallentuna", 2021, "2020", 63, 65, 73, 64, 61, 59, 68, 64])
    ws.append(["Täby", 2021, "2020", 70, 70.5, 70, 70, 70, 70, 70, 70])
    book.save(tmp_path / "p.xlsx")
    out = tmp_path / "j.xlsx"
    result = run_cli("jury", "--published", tmp_path / "p.xlsx", "-o", out)
    assert result.returncode == 0, result.stderr
    wb = load_workbook(out)
    head, rows = _rank_table(wb["Jämförelse"])
    assert [(r[0].value, r[1].value) for r in rows] == [(1, "Täby 2021"), (2, "Vallentuna 2021")]
    assert any("2020" in str(c.value) for row in wb["Jämförelse"].iter_rows(max_row=5) for c in row)
