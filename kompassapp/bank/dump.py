"""Bank → YAML in the layout of the shipped banks: the inverse of the loader (Qt-free).

Key order, flow-style options and sources, quoted ids, folded descriptions. The text is parsed back
before it is returned: if it would not give the same bank, every string is double-quoted instead.
"""

from __future__ import annotations

import re
from fractions import Fraction

from kompassapp.bank.loader import parse_bank
from kompassapp.bank.model import FORMAT, Bank
from kompassapp.errors import BankError, KompassError


_PRINTABLE = re.compile("[\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]")


_ESCAPE = re.compile('["\\\\]|[^\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]')
_NAMED = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r", "\0": "\\0"}


def _escape(m: re.Match) -> str:
    ch = m.group()
    if ch in _NAMED:
        return _NAMED[ch]
    n = ord(ch)
    return f"\\x{n:02x}" if n <= 0xFF else f"\\u{n:04x}" if n <= 0xFFFF else f"\\U{n:08x}"


def _dq(s: str) -> str:
    """A YAML double-quoted scalar that reads back as exactly `s`."""
    return '"' + _ESCAPE.sub(_escape, s) + '"'


def _plain_ok(s: str) -> bool:
    """Whether `s` can be written unquoted, in block and in flow context alike (commas and brackets never)."""
    import yaml

    if not s or s != s.strip() or not all(_PRINTABLE.fullmatch(ch) for ch in s):
        return False
    if s[0] in "-?:,[]{}#&*!|>'\"%@`" or re.search(r"[:#\[\]{},\"'\\]", s):
        return False
    try:
        return yaml.safe_load(s) == s
    except yaml.YAMLError:
        return False


def _scalar(s: str) -> str:
    return s if _plain_ok(s) else _dq(s)


def _yaml_float(x: float) -> str:
    r = repr(x)
    if "e" in r:
        mantissa, exp = r.split("e")
        if "." not in mantissa:
            mantissa += ".0"
        r = f"{mantissa}e{exp if exp[0] in '+-' else '+' + exp}"
    return r


def _number(x: Fraction, always_float: bool = False) -> str:
    if x.denominator == 1:
        return f"{x.numerator}.0" if always_float else str(x.numerator)
    return _yaml_float(float(x))


def _folded(text: str, indent: str, width: int = 96) -> str | None:
    """A `>-` block for one paragraph of single-spaced text, or None when folding could change it."""
    if not text or text != text.strip() or "  " in text or not all(_PRINTABLE.fullmatch(ch) for ch in text):
        return None
    lines, cur = [], ""
    for word in text.split(" "):
        if cur and len(cur) + 1 + len(word) > width:
            lines.append(cur)
            cur = word
        else:
            cur = f"{cur} {word}" if cur else word
    lines.append(cur)
    return ">-\n" + "\n".join(indent + ln for ln in lines)


def bank_yaml(bank: Bank, header: str = "", *, plain: bool = True) -> str:
    """The bank as YAML: key order, flow options and sources, quoted ids, like the shipped banks."""
    q = _scalar if plain else _dq
    out = [header.rstrip("\n")] if header else []
    out += [f"format: {q(bank.format)}", f"id: {q(bank.id)}", f"title: {q(bank.title)}", f"edition: {_dq(bank.edition)}",
            f"language: {q(bank.language)}", f"revision: {bank.revision}"]
    if bank.description:
        out.append(f"description: {(_folded(bank.description, '  ') if plain else None) or _dq(bank.description)}")
    v2 = bank.format != FORMAT
    for key, items in (("groups", bank.groups), ("documents", bank.documents)):
        if items:
            out.append(f"{key}:")
            for item in items:
                name_key = "label" if key == "groups" else "title"
                desc = f", description: {q(item.description)}" if item.description else ""
                out.append(f"  - {{id: {q(item.id)}, {name_key}: {q(getattr(item, name_key))}{desc}}}")
    if bank.themes:
        out.append("themes:")
        for t in bank.themes:
            out.append(f"  - {{id: {q(t.id)}, title: {q(t.title)}, areas: [{', '.join(_dq(x) for x in t.areas)}]}}")
    out.append("scales:")
    for scale in bank.scales.values():
        out.append(f"  {q(scale.key)}:")
        for o in scale.options:
            out.append(f"    - {{key: {q(o.key)}, label: {q(o.label)}, value: {_number(o.value, always_float=True)}}}")
    out.append("areas:")
    for a in bank.areas:
        out += [f"  - id: {_dq(a.id)}", f"    title: {q(a.title)}", f"    short: {q(a.short)}"]
        if a.aliases:
            out.append(f"    aliases: [{', '.join(q(x) for x in a.aliases)}]")
        if a.role:
            out.append(f"    role: {q(a.role)}")
        out += [f"    max: {_number(a.max)}", "    subareas:"]
        for s in a.subareas:
            out += [f"      - id: {_dq(s.id)}", f"        title: {q(s.title)}", "        questions:"]
            for qu in s.questions:
                out += [f"          - id: {_dq(qu.id)}", f"            text: {_dq(qu.text)}"]
                if qu.guidance:
                    out.append(f"            guidance: {_dq(qu.guidance)}")
                out += [f"            points: {_number(qu.points)}", f"            scale: {q(qu.scale)}"]
                for key in ("sources", "groups", "documents"):
                    if getattr(qu, key):
                        out.append(f"            {key}: [{', '.join(q(x) for x in getattr(qu, key))}]")
                if qu.levels:
                    out.append("            levels:")
                    order = [o.key for o in bank.scales[qu.scale].options] if qu.scale in bank.scales else []
                    for key in sorted(qu.levels, key=lambda k: order.index(k) if k in order else len(order)):
                        out.append(f"              {_dq(key)}: {_dq(qu.levels[key])}")
                if qu.basis:
                    out.append(f"            basis: {q(qu.basis)}")
                if qu.statute:
                    out.append(f"            statute: {_dq(qu.statute)}")
                if not qu.na_allowed or v2:  # in /2 said out loud, beside its na_when
                    out.append(f"            na_allowed: {'true' if qu.na_allowed else 'false'}")
                if qu.na_when:
                    out.append(f"            na_when: {_dq(qu.na_when)}")
    text = "\n".join(out) + "\n"
    try:
        same = parse_bank(text, "<yaml>") == bank
    except BankError:
        same = False
    if not same:
        if plain:
            return bank_yaml(bank, header, plain=False)
        raise KompassError(f"cannot write bank {bank.id} as YAML that reads back the same")  # pragma: no cover
    return text
