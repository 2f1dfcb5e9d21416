"""Hostile banks, translations and bank workbooks (issue 11 item 4): small inputs that once cost seconds to
minutes and gigabytes. Each is made here at test time (the big ones by a generator, never committed) and
must be refused: exit 1, one line naming the file, no traceback, within 10 s under a 1 GiB address-space
limit, the input byte-identical afterwards and nothing written.
"""

from __future__ import annotations

import hashlib
import resource
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SMALL = (ROOT / "tests" / "banks" / "small.yaml").read_text(encoding="utf-8")
GIB = 1024 ** 3


def _limit() -> None:  # in the child: what a hostile file may cost at most
    resource.setrlimit(resource.RLIMIT_AS, (GIB, GIB))


def run_limited(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kompassapp", *map(str, args)], capture_output=True, text=True,
                          cwd=ROOT, timeout=10, preexec_fn=_limit)


def digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def assert_refused(result: subprocess.CompletedProcess, path: Path, fragment: str) -> None:
    out = result.stdout + result.stderr
    assert result.returncode == 1, out[-2000:]
    assert "Traceback" not in out and "internal error" not in out, out[-2000:]
    lines = [ln for ln in out.splitlines() if str(path) in ln]
    assert lines and fragment in lines[0], out[-2000:]
    assert len(lines[0]) < 400


# -- YAML banks and translations -----------------------------------------------------------------------------
def alias_chain(n: int) -> str:
    """One question anchored, a question list of n aliases, n sub-areas aliasing that list, n areas aliasing
    the sub-areas: n³ questions to walk from a few KB (issue 11: 1.7 KB took 9.7 s / 808 MB)."""
    head = SMALL[: SMALL.index("areas:")]
    out = [head + "areas:", "  - id: '1'", "    title: T", "    short: T", "    max: 100", "    subareas: &S",
           "      - id: '1.1'", "        title: S", "        questions: &Q",
           "          - &q {id: '1.1.1', text: 'F?', points: 1, scale: jdn}"]
    out += ["          - *q"] * (n - 1)
    out += [f"      - {{id: '1.{i}', title: S, questions: *Q}}" for i in range(2, n + 1)]
    out += [f"  - {{id: '{i}', title: T, short: T, max: 100, subareas: *S}}" for i in range(2, n + 1)]
    return "\n".join(out) + "\n"


def billion_laughs() -> str:
    # anchors come before their aliases: the laughs are leading keys (which the loader would refuse too)
    laughs = ["l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    laughs += [f"l{i}: &l{i} [" + ", ".join([f"*l{i - 1}"] * 9) + "]" for i in range(1, 10)]
    return "\n".join(laughs) + "\n" + SMALL.replace("title: Testbank", "title: *l9")


def merge_key() -> str:
    return SMALL.replace("          - id: \"2.1.2\"\n", "          - <<: *base\n            id: \"2.1.2\"\n").replace(
        "          - id: \"2.1.1\"\n", "          - &base\n            id: \"2.1.1\"\n")


def alias_text() -> str:
    return SMALL.replace("text: Finns servicedeklarationer?", "text: &t Finns servicedeklarationer?").replace(
        "text: Finns en klagomålsrutin?", "text: *t")


def translation(body: str) -> str:
    return ("format: kompassapp-bank-translation/1\nbank: testbank\nrevision: 1\nlanguage: en\n" + body)


def deep_block(depth: int) -> str:
    return SMALL + "".join(f"{'  ' * i}k{i}:\n" for i in range(depth)) + "  " * depth + "end\n"


YAML_CASES = {
    "alias_chain_1_7kb": (lambda: alias_chain(40), "aliases"),
    "alias_chain_13kb": (lambda: alias_chain(300), "aliases"),
    "alias_chain_prescanned": (lambda: alias_chain(300) + "#" + "x" * 300_000 + "\n", "aliases"),
    "billion_laughs": (billion_laughs, "aliases"),
    "merge_key": (merge_key, "aliases"),
    "alias_of_a_text": (alias_text, "aliases (*t)"),
    "deep_flow_nesting": (lambda: SMALL + "deep: " + "[" * 100_000 + "]" * 100_000 + "\n", "invalid YAML"),
    "deep_block_nesting": (lambda: deep_block(3000), ""),
    "many_tiny_nodes": (lambda: SMALL + "x: [" + "a," * 900_000 + "a]\n", "more than 250 000 YAML values"),
    "over_the_size_cap": (lambda: SMALL + "# " + "ö" * 1_500_000 + "\n", "at most 2 MB"),
    "huge_scalar_in_a_field": (lambda: SMALL.replace("title: Testbank", "title: " + "A" * 1_900_000)
                               .replace("revision: 1", "revision: x"), "must be a whole number"),
    "huge_number": (lambda: SMALL.replace("points: 60", "points: " + "9" * 200_000), "points"),
    "translation_alias": (lambda: translation("title: &t Test\ndescription: *t\n"), "aliases (*t)"),
    "translation_billion_laughs": (lambda: translation(
        "\n".join(["l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
                  + [f"l{i}: &l{i} [" + ", ".join([f"*l{i - 1}"] * 9) + "]" for i in range(1, 10)]) + "\n"),
        "aliases"),
    "translation_over_the_size_cap": (lambda: translation("# " + "x" * 2_200_000 + "\n"), "at most 2 MB"),
}


@pytest.mark.parametrize("name", sorted(YAML_CASES))
def test_hostile_yaml_is_refused_cheaply(tmp_path, name):
    make, fragment = YAML_CASES[name]
    path = tmp_path / f"{name}.yaml"
    path.write_text(make(), encoding="utf-8")
    before = digest(path)
    result = run_limited("bank", "validate", path)
    assert_refused(result, path, fragment)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


def test_a_sparse_multi_gigabyte_bank_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "sparse.yaml"
    with path.open("wb") as fh:
        fh.write(SMALL.encode())
        fh.truncate(4 * GIB)  # a hole: no disk used, but read_text would want 4 GB
    for args in (("bank", "validate", path), ("new", "--bank", path, "--municipality", "M", "--year", "2026",
                                              "-o", tmp_path / "out.kompass")):
        result = run_limited(*args)
        assert_refused(result, path, "at most 2 MB")
    assert not (tmp_path / "out.kompass").exists()


def test_an_alias_free_bank_still_loads_and_the_limits_leave_room():
    # the guard must not cost the real banks anything: both shipped banks load under the same limits
    result = run_limited("bank", "validate", *sorted((ROOT / "question_bank").glob("*.sv.yaml")))
    assert result.returncode == 0, result.stdout + result.stderr


# -- workbooks ------------------------------------------------------------------------------------------------
def raw_zip(path: Path, members: list[tuple[str, bytes, int, int]]) -> None:
    """A zip written by hand from raw deflate data: (name, deflated bytes, declared size, crc). Lets a test
    declare gigabytes without ever holding them (the CRC of a bomb is never reached: it is refused first)."""
    out, central = bytearray(), bytearray()
    for name, data, size, crc in members:
        n = name.encode()
        offset = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0, crc, len(data), size, len(n), 0) + n + data
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0, crc, len(data), size, len(n),
                               0, 0, 0, 0, 0, offset) + n
    eocd = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(central), len(out), 0)
    path.write_bytes(bytes(out + central + eocd))


def deflate_repeated(head: bytes, chunk: bytes, times: int, tail: bytes) -> tuple[bytes, int]:
    """Raw deflate of head + chunk*times + tail, built from one compressed chunk repeated (full flushes make
    the pieces independent), so 15 MB of bomb takes milliseconds to make."""
    def piece(data: bytes, final: bool = False) -> bytes:
        c = zlib.compressobj(9, zlib.DEFLATED, -15)
        return c.compress(data) + c.flush(zlib.Z_FINISH if final else zlib.Z_FULL_FLUSH)
    body = piece(chunk)
    return piece(head) + body * times + piece(tail, final=True), len(head) + len(chunk) * times + len(tail)


WORKBOOK_PARTS = {
    "[Content_Types].xml": b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                           b'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-'
                           b'package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
                           b'<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
                           b'officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/'
                           b'sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.'
                           b'worksheet+xml"/></Types>',
    "_rels/.rels": b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                   b'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
                   b'2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    "xl/workbook.xml": b'<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/'
                       b'main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
                       b'<sheet name="Metadata" sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels": b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                                  b'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
                                  b'openxmlformats.org/officeDocument/2006/relationships/worksheet" '
                                  b'Target="worksheets/sheet1.xml"/></Relationships>',
}
SHEET_HEAD = b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'


def workbook(path: Path, sheet: bytes | None = None, extra: dict[str, bytes] | None = None,
             bombs: list[tuple[str, bytes, bytes, int, bytes]] = ()) -> Path:
    """A minimal workbook with sheet1 = `sheet`, extra parts, and bomb parts (name, head, chunk, times, tail)."""
    parts = dict(WORKBOOK_PARTS)
    if sheet is not None:
        parts["xl/worksheets/sheet1.xml"] = sheet
    parts.update(extra or {})
    members = []
    for name, data in parts.items():
        c = zlib.compressobj(9, zlib.DEFLATED, -15)
        members.append((name, c.compress(data) + c.flush(), len(data), zlib.crc32(data)))
    for name, head, chunk, times, tail in bombs:
        data, size = deflate_repeated(head, chunk, times, tail)
        members.append((name, data, size, 0))
    raw_zip(path, members)
    return path


def sheet_with_rows(rows: str, dimension: str | None = None) -> bytes:
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    return SHEET_HEAD + dim.encode() + b"<sheetData>" + rows.encode() + b"</sheetData></worksheet>"


CELL = '<c r="A{r}" t="inlineStr"><is><t>x</t></is></c>'


def zip_bomb(path: Path, mb: int) -> Path:
    """`mb` MB of deflate that unpack ~1000 times bigger, spread over sheet parts under 4 GB each."""
    chunk = b"<row><c><v>0</v></c></row>" * 40_000   # ~1 MB of XML, ~1 KB deflated
    per_part = 2000                                  # ~2 GB declared per part
    one = len(deflate_repeated(b"", chunk, 1, b"")[0])
    parts = max(1, (mb * 1_000_000) // (one * per_part) + 1)
    bombs = [(f"xl/worksheets/sheet{i + 1}.xml", SHEET_HEAD + b"<sheetData>", chunk, per_part,
              b"</sheetData></worksheet>") for i in range(parts)]
    return workbook(path, None, bombs=bombs)


def many_parts(path: Path, count: int) -> Path:
    return workbook(path, sheet_with_rows(""), extra={f"xl/media/p{i}.xml": b"<a/>" for i in range(count)})


def shared_strings_bomb(path: Path) -> Path:
    # honest compression (random text, ratio ~2): 20 MB of shared strings, over the per-part limit
    import os
    strings = b"".join(b"<si><t>" + os.urandom(12).hex().encode() + b"</t></si>" for _ in range(520_000))
    return workbook(path, sheet_with_rows(""), extra={"xl/sharedStrings.xml": b'<sst count="520000">' + strings
                                                      + b"</sst>"})


def shared_strings_ratio_bomb(path: Path) -> Path:
    return workbook(path, sheet_with_rows(""), bombs=[("xl/sharedStrings.xml", b"<sst>", b"<si><t>lol</t></si>" * 50_000,
                                                       10, b"</sst>")])


def entity_bomb(path: Path) -> Path:
    dtd = ('<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY a "lollollollollollollollollollol">'
           + "".join(f'<!ENTITY {chr(98 + i)} "' + f"&{chr(97 + i)};" * 10 + '">' for i in range(9)) + "]>")
    body = sheet_with_rows('<row r="1"><c r="A1" t="inlineStr"><is><t>&j;</t></is></c></row>')
    return workbook(path, dtd.encode() + body[body.index(b"<worksheet"):])


def bank_workbook_with_rows(path: Path, rows: str, dimension: str | None) -> Path:
    """The small bank's real workbook with `rows` added to sheet Frågor (sheet5) and its dimension replaced."""
    import io
    import re
    import zipfile

    from kompassapp.bank import load_bank
    from kompassapp.bank.xlsx import workbook_bytes

    src = zipfile.ZipFile(io.BytesIO(workbook_bytes(load_bank(ROOT / "tests" / "banks" / "small.yaml"))))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "xl/worksheets/sheet5.xml":
                data = re.sub(rb'<dimension ref="[^"]*"\s*/>', f'<dimension ref="{dimension}"/>'.encode()
                              if dimension else b"", data)
                data = data.replace(b"</sheetData>", rows.encode() + b"</sheetData>")
            out.writestr(info.filename, data)
    return path


def rows_beyond_the_dimension(path: Path) -> Path:
    # no dimension, and one row numbered a million: a streaming reader pads 999 990 empty rows before it
    return bank_workbook_with_rows(path, '<row r="1000000">' + CELL.format(r=1000000) + "</row>", None)


def real_rows_beyond_the_limit(path: Path) -> Path:
    rows = "".join(f'<row r="{r}">' + CELL.format(r=r) + "</row>" for r in range(10, 10_050))
    return bank_workbook_with_rows(path, rows, "A1:I5")  # the dimension lies


def zip64_marker(path: Path) -> Path:
    workbook(path, sheet_with_rows(""))
    data = bytearray(path.read_bytes())
    at = data.rfind(b"PK\x05\x06")
    data[at + 8:at + 12] = b"\xff\xff\xff\xff"
    path.write_bytes(bytes(data))
    return path


WORKBOOK_CASES = {
    "zip_bomb_1_5_mb": (lambda p: zip_bomb(p, 1), "unpacks to"),
    "zip_bomb_15_mb": (lambda p: zip_bomb(p, 15), "unpacks to"),
    "declared_million_rows": (lambda p: workbook(p, sheet_with_rows("", "A1:I1000000")), "declares 1000000 rows"),
    "declared_every_column": (lambda p: workbook(p, sheet_with_rows("", "A1:XFD2")), "declares 16384 columns"),
    "rows_beyond_the_dimension": (rows_beyond_the_dimension, "more than 10000 rows"),
    "real_rows_beyond_the_limit": (real_rows_beyond_the_limit, "more than 10000 rows"),
    "shared_strings_bomb": (shared_strings_bomb, "xl/sharedStrings.xml unpacks to"),
    "shared_strings_ratio_bomb": (shared_strings_ratio_bomb, "times its packed size"),
    "xml_entity_bomb": (entity_bomb, "declares a DTD"),
    "five_thousand_parts": (lambda p: many_parts(p, 5000), "parts"),
    "zip64_marker": (zip64_marker, "ZIP64"),
    "truncated_zip": (lambda p: p.write_bytes(zip_bomb(p, 1).read_bytes()[:300_000]) or p, "not an Excel workbook"),
    "over_the_file_size_cap": (lambda p: p.write_bytes(b"PK\x03\x04" + b"\0" * (21 * 1024 * 1024)) or p,
                               "a bank workbook is at most"),
}


@pytest.mark.parametrize("name", sorted(WORKBOOK_CASES))
def test_hostile_workbook_is_refused_cheaply(tmp_path, name):
    make, fragment = WORKBOOK_CASES[name]
    path = tmp_path / f"{name}.xlsx"
    make(path)
    before = digest(path)
    out = tmp_path / "bank.yaml"
    result = run_limited("bank", "import-xlsx", path, "-o", out)
    assert_refused(result, path, fragment)
    assert digest(path) == before
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


def test_the_hostile_corpus_is_large_enough():
    assert len(YAML_CASES) + len(WORKBOOK_CASES) + 1 >= 20
