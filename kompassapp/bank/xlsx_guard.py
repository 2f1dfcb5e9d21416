"""Bounds for a bank workbook from someone else, checked on the zip before openpyxl reads any of it (Qt-free).

An .xlsx file is a zip of XML parts. A 1.5 MB zip can hold gigabytes of XML, a sheet can declare a
million rows, a central directory can list a million members: each costs time and memory long before
a cell is read. So the zip's own records are checked first (file size, central directory size, member
count, every member's uncompressed size and ratio, the total), then the head of each XML part (no
DTD: entity expansion) and each sheet's declared dimension. Reading then stays bounded as well: the
cell reader stops at MAX_ROWS rows whatever the dimension said (xlsx_cells).

The limits are far above any real bank: the 2003 bank's workbook is 44 KB, 14 parts, 215 rows.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
from pathlib import Path
from typing import BinaryIO

from kompassapp.errors import BankError

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_CENTRAL_DIRECTORY = 1024 * 1024  # ~46 bytes + name per member
MAX_MEMBERS = 1000
MAX_MEMBER_BYTES = 16 * 1024 * 1024   # uncompressed, one part
MAX_TOTAL_BYTES = 48 * 1024 * 1024    # uncompressed, all parts
MAX_RATIO = 100                       # for parts over 1 MB; real sheets compress 3–10 times
MAX_ROWS = 10_000                     # per sheet
MAX_COLS = 200

_EOCD = b"PK\x05\x06"
_DIMENSION = re.compile(rb"<(?:\w+:)?dimension\s+ref=\"\$?([A-Z]{1,3})\$?(\d{1,7})(?::\$?([A-Z]{1,3})\$?(\d{1,7}))?\"")
_SHEET_PART = re.compile(r"xl/worksheets/[^/]+\.xml", re.I)


def _mb(n: int) -> str:
    return f"{n / 1e6:.1f} MB"


def column_number(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


def check_workbook(source: str | Path | BinaryIO, filename: str) -> None:
    """Raise BankError(`FILE: message`) if the workbook would cost more than a bank can need."""
    def refuse(message: str) -> None:
        raise BankError([f"{filename}: {message}"])

    if isinstance(source, (str, Path)):
        try:
            with open(source, "rb") as fh:
                _check_stream(fh, refuse)
        except FileNotFoundError:
            refuse("cannot read the file: no such file")
        except OSError as exc:
            refuse(f"cannot read the file: {exc.strerror or exc}")
    else:
        pos = source.tell()
        try:
            _check_stream(source, refuse)
        finally:
            source.seek(pos)


def _check_stream(fh: BinaryIO, refuse) -> None:
    fh.seek(0, io.SEEK_END)
    size = fh.tell()
    if size > MAX_FILE_BYTES:
        refuse(f"the file is {_mb(size)}; a bank workbook is at most {_mb(MAX_FILE_BYTES)}")
    fh.seek(0)
    head = fh.read(8)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        refuse("not an Excel workbook (.xlsx) (an old .xls file: save it as .xlsx first)")
    # The end-of-central-directory record says how big the member list is, before zipfile builds it.
    tail_len = min(size, 22 + 65535)
    fh.seek(size - tail_len)
    tail = fh.read(tail_len)
    at = tail.rfind(_EOCD)
    if at < 0 or len(tail) - at < 22:
        refuse("not an Excel workbook (.xlsx): File is not a zip file")
    entries, cd_size = struct.unpack("<xxxxxxxxxxHI", tail[at:at + 16])
    if entries == 0xFFFF or cd_size == 0xFFFFFFFF:
        refuse("the workbook is a ZIP64 archive; a bank workbook is far smaller")
    if entries > MAX_MEMBERS or cd_size > MAX_CENTRAL_DIRECTORY:
        refuse(f"the workbook has {entries} parts ({_mb(cd_size)} of names); a bank workbook has at most {MAX_MEMBERS}")
    fh.seek(0)
    try:
        with zipfile.ZipFile(fh) as z:
            _check_members(z, refuse)
    except zipfile.BadZipFile as exc:
        refuse(f"not an Excel workbook (.xlsx): {exc}")
    except (zipfile.LargeZipFile, NotImplementedError, RuntimeError, ValueError, EOFError) as exc:
        refuse(f"not an Excel workbook (.xlsx): {exc}")


def _check_members(z: zipfile.ZipFile, refuse) -> None:
    infos = z.infolist()
    if len(infos) > MAX_MEMBERS:
        refuse(f"the workbook has {len(infos)} parts; a bank workbook has at most {MAX_MEMBERS}")
    total = 0
    for info in infos:
        # zipfile never returns more than the declared size, so the declared sizes bound what is read
        if info.file_size > MAX_MEMBER_BYTES:
            refuse(f"part {info.filename} unpacks to {_mb(info.file_size)}; a part of a bank workbook is at most "
                   f"{_mb(MAX_MEMBER_BYTES)}")
        if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            refuse(f"part {info.filename} unpacks {info.file_size // max(info.compress_size, 1)} times its packed "
                   f"size (a zip bomb?); refused")
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            refuse(f"the workbook unpacks to more than {_mb(MAX_TOTAL_BYTES)}; a bank workbook is far smaller")
    for info in infos:
        if not info.filename.lower().endswith((".xml", ".rels")) or info.file_size == 0:
            continue
        with z.open(info) as part:
            head = part.read(64 * 1024)  # the dimension comes before the rows; a DTD before the root
        if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
            refuse(f"part {info.filename} declares a DTD (entities); an Excel workbook never does")
        if _SHEET_PART.fullmatch(info.filename):
            _check_dimension(info.filename, head, refuse)


def _check_dimension(name: str, head: bytes, refuse) -> None:
    m = _DIMENSION.search(head)
    if not m:
        return  # no dimension: the cell reader counts rows as it goes
    last_col, last_row = (m.group(3), m.group(4)) if m.group(3) else (m.group(1), m.group(2))
    rows, cols = int(last_row), column_number(last_col.decode())
    if rows > MAX_ROWS + 1:
        refuse(f"sheet part {name} declares {rows} rows; a bank workbook has at most {MAX_ROWS} per sheet")
    if cols > MAX_COLS:
        refuse(f"sheet part {name} declares {cols} columns; a bank workbook has at most {MAX_COLS}")
