"""Read and check question bank YAML files, reporting every problem as `FILE:LINE: message`.

We walk PyYAML's node tree (not the constructed dicts) so that each problem can name
the line it is on. The walk checks the structure and builds the plain data at the same time;
the semantic checks (duplicate ids, unknown scales, point sums) run on the result.
"""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path
from typing import Any

import yaml

from kompassapp.bank import format2
from kompassapp.bank.fields import (AREA_FIELDS, BANK_FIELDS, DOCUMENT_FIELDS, FIELDS_2, GROUP_FIELDS, OPTION_FIELDS,
                                    QUESTION_FIELDS, SUBAREA_FIELDS, THEME_FIELDS, V2_KEYS)
from kompassapp.bank.model import FORMAT, FORMAT_2, FORMATS, SOURCES, Bank, exact
from kompassapp.errors import BankError

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: 10x faster

# A bank is someone else's file: bound what it may cost. The shipped banks are ~100 KB and ~4 000 nodes.
MAX_BANK_BYTES = 2 * 1024 * 1024
MAX_NODES = 250_000
_PRESCAN_CHARS = 256 * 1024  # above this, count nodes on the event stream before building any

_TAG = "tag:yaml.org,2002:"


class _Walker:
    def __init__(self, filename: str, fmt: str = FORMAT):
        self.filename = filename
        self.problems: list[tuple[int, str]] = []
        self.lines: dict[tuple[str, str], int] = {}  # (kind, id) -> line, for later checks
        self.v2 = fmt != FORMAT  # an unknown format is reported; its fields are read as /2's meanwhile
        self.fields = FIELDS_2 if self.v2 else {"bank": BANK_FIELDS, "question": QUESTION_FIELDS}

    def problem(self, node: yaml.Node | int, message: str) -> None:
        line = node if isinstance(node, int) else node.start_mark.line + 1
        self.problems.append((line, message))

    # -- scalars ----------------------------------------------------------------------
    def value(self, node: yaml.Node, kind: str, what: str) -> Any:
        """Check one field's node against its kind; return the plain value or None."""
        if kind in ("scales", "areas", "subareas", "questions", "groups", "documents", "themes", "levels"):
            return getattr(self, kind)(node, what)
        if kind == "strlist":
            if not isinstance(node, yaml.SequenceNode):
                return self.problem(node, f"{what} must be a list")
            items = [self.value(n, "str", what) for n in node.value]
            return [i for i in items if i is not None]
        if not isinstance(node, yaml.ScalarNode):
            return self.problem(node, f"{what} must be a single value, not a {'list' if isinstance(node, yaml.SequenceNode) else 'mapping'}")
        tag = node.tag.removeprefix(_TAG)
        raw = node.value
        if kind in ("str", "text"):
            if tag in ("null",) or (tag != "str" and kind == "text" and raw == ""):
                return self.problem(node, f"{what} is empty")
            if tag not in ("str", "int") and not (tag == "float" and kind == "str"):
                return self.problem(node, f"{what} must be text, got {raw!r}")
            if kind == "text" and not raw.strip():
                return self.problem(node, f"{what} is empty")
            return raw
        if kind == "id":
            if tag == "float":
                return self.problem(node, f"{what} {raw} must be quoted, e.g. \"{raw}\" (unquoted it is a number)")
            if tag not in ("str", "int") or not raw.strip():
                return self.problem(node, f"{what} must be a non-empty text")
            return raw.strip()
        if kind == "int":
            if tag != "int":
                return self.problem(node, f"{what} must be a whole number, got {raw!r}")
            return int(raw)
        if kind == "number":
            if tag not in ("int", "float"):
                return self.problem(node, f"{what} must be a number, got {raw!r}")
            try:
                return exact(int(raw) if tag == "int" else float(raw))
            except (ValueError, OverflowError):
                return self.problem(node, f"{what} must be a finite number, got {raw!r}")
        if kind == "bool":
            if tag != "bool":
                return self.problem(node, f"{what} must be true or false, got {raw!r}")
            return raw.lower() in ("true", "yes", "on")
        raise AssertionError(kind)

    # -- mappings ---------------------------------------------------------------------
    def mapping(self, node: yaml.Node, fields: dict, what: str) -> dict[str, Any] | None:
        if not isinstance(node, yaml.MappingNode):
            return self.problem(node, f"{what} must be a mapping of fields")
        out: dict[str, Any] = {}
        seen: set[str] = set()
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            if key in seen:
                self.problem(key_node, f"{what}: duplicate key '{key}'")
                continue
            if key not in fields:
                allowed = ", ".join(fields)
                needs = f"; it needs format: {FORMAT_2}" if not self.v2 and key in V2_KEYS else ""
                self.problem(key_node, f"{what}: unknown key '{key}' (allowed: {allowed}){needs}")
                continue
            seen.add(key)
            self.lines[(what, key)] = key_node.start_mark.line + 1
            value = self.value(value_node, fields[key][0], f"{what}: field '{key}'")
            if value is not None:
                out[key] = value
        for name, (_, required) in fields.items():
            if required and name not in seen:
                self.problem(node, f"{what}: missing field '{name}'")
        return out

    def sequence(self, node: yaml.Node, what: str) -> list[yaml.Node]:
        if not isinstance(node, yaml.SequenceNode):
            self.problem(node, f"{what} must be a list")
            return []
        if not node.value:
            self.problem(node, f"{what} is empty")
        return node.value

    def named(self, node: yaml.Node, fields: dict, label: str, kind: str) -> dict | None:
        """A mapping with an `id`, labelled by that id in messages and remembered for its line."""
        ident = _peek_id(node)
        item = self.mapping(node, fields, f"{label} {ident}" if ident else label)
        if item is not None and "id" in item:
            key = (kind, item["id"])
            if key in self.lines:
                self.problem(node, f"duplicate {label} id '{item['id']}' (first at line {self.lines[key]})")
            else:
                self.lines[key] = node.start_mark.line + 1
        return item

    def scales(self, node: yaml.Node, what: str) -> dict | None:
        if not isinstance(node, yaml.MappingNode):
            return self.problem(node, f"{what} must be a mapping of scale names to option lists")
        if not node.value:
            self.problem(node, f"{what} is empty")
        out = {}
        for key_node, value_node in node.value:
            name = key_node.value
            if name in out:
                self.problem(key_node, f"duplicate scale '{name}'")
                continue
            self.lines[("scale", name)] = key_node.start_mark.line + 1
            options, keys = [], set()
            for opt_node in self.sequence(value_node, f"scale '{name}'"):
                opt = self.mapping(opt_node, OPTION_FIELDS, f"scale '{name}' option")
                if opt is None:
                    continue
                if opt.get("key") in keys:
                    self.problem(opt_node, f"scale '{name}': duplicate option key '{opt['key']}'")
                keys.add(opt.get("key"))
                value = opt.get("value")
                if value is not None and not 0 <= value <= 1:
                    self.problem(opt_node, f"scale '{name}' option '{opt.get('key')}': value {float(value):g} is outside 0–1")
                options.append(opt)
            out[name] = options
        return out

    def areas(self, node: yaml.Node, what: str) -> list:
        return [a for n in self.sequence(node, what) if (a := self.named(n, AREA_FIELDS, "area", "area")) is not None]

    def subareas(self, node: yaml.Node, what: str) -> list:
        return [s for n in self.sequence(node, what) if (s := self.named(n, SUBAREA_FIELDS, "sub-area", "subarea")) is not None]

    def questions(self, node: yaml.Node, what: str) -> list:
        fields = self.fields["question"]
        return [q for n in self.sequence(node, what) if (q := self.named(n, fields, "question", "question")) is not None]

    # -- format /2 ----------------------------------------------------------------------
    def groups(self, node: yaml.Node, what: str) -> list:
        return [g for n in self.sequence(node, what) if (g := self.named(n, GROUP_FIELDS, "group", "group")) is not None]

    def documents(self, node: yaml.Node, what: str) -> list:
        return [d for n in self.sequence(node, what)
                if (d := self.named(n, DOCUMENT_FIELDS, "document", "document")) is not None]

    def themes(self, node: yaml.Node, what: str) -> list:
        return [t for n in self.sequence(node, what) if (t := self.named(n, THEME_FIELDS, "theme", "theme")) is not None]

    def levels(self, node: yaml.Node, what: str) -> dict | None:
        """option key -> descriptor; each key's line kept under (what, key) for the checks against the scale."""
        if not isinstance(node, yaml.MappingNode):
            return self.problem(node, f"{what} must be a mapping of option keys to descriptors")
        out: dict[str, str] = {}
        for key_node, value_node in node.value:
            key = self.value(key_node, "id", f"{what}: option key")
            if key is None:
                continue
            if key in out:
                self.problem(key_node, f"{what}: duplicate option key '{key}'")
                continue
            self.lines[(what, key)] = key_node.start_mark.line + 1
            text = self.value(value_node, "text", f"{what}: descriptor of '{key}'")
            if text is not None:
                out[key] = text
        return out


def _peek_format(root: yaml.Node) -> str:
    """The bank's `format`, read before the walk: it decides which fields are allowed."""
    if isinstance(root, yaml.MappingNode):
        for k, v in root.value:
            if isinstance(k, yaml.ScalarNode) and k.value == "format" and isinstance(v, yaml.ScalarNode):
                return v.value
    return FORMAT


def _peek_id(node: yaml.Node) -> str:
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            if isinstance(k, yaml.ScalarNode) and k.value == "id" and isinstance(v, yaml.ScalarNode):
                return v.value
    return ""


def _check_semantics(w: _Walker, data: dict) -> None:
    if data.get("format") not in (None, *FORMATS):
        w.problem(w.lines[("bank", "format")],
                  f"unsupported format '{data['format']}' (expected '{FORMAT}' or '{FORMAT_2}')")
    if "revision" in data and data["revision"] < 1:
        w.problem(w.lines[("bank", "revision")], "field 'revision' must be 1 or more")
    scales = data.get("scales") or {}
    for area in data.get("areas", []):
        aline = w.lines.get(("area", area.get("id")), 1)
        if "max" in area and area["max"] <= 0:
            w.problem(w.lines[(f"area {area.get('id')}", "max")], f"area {area.get('id')}: max must be above 0")
        total = Fraction(0)
        for sub in area.get("subareas", []):
            for q in sub.get("questions", []):
                qline = w.lines.get(("question", q.get("id")), aline)
                points = q.get("points")
                if points is not None:
                    total += points
                    if points <= 0:
                        w.problem(w.lines[(f"question {q.get('id')}", "points")], f"question {q.get('id')}: points must be above 0")
                if "scale" in q and q["scale"] not in scales:
                    known = ", ".join(scales) or "none defined"
                    w.problem(qline, f"question {q.get('id')}: unknown scale '{q['scale']}' (known: {known})")
                for source in q.get("sources", []):
                    if source not in SOURCES:
                        w.problem(qline, f"question {q.get('id')}: unknown source '{source}' (allowed: {', '.join(SOURCES)})")
        if area.get("max", 0) > 0 and area.get("subareas") and total != area["max"]:
            w.problem(aline, f"area {area.get('id')}: question points sum to {_fmt(total)}, not the area's max {_fmt(area['max'])}")
    if w.v2:
        format2.check(w, data)


def _fmt(x: Fraction) -> str:
    return str(x.numerator) if x.denominator == 1 else f"{float(x):g}"


def compose(text: str, filename: str) -> yaml.Node | None:
    """The YAML node tree of untrusted text, or BankError (`FILE:LINE: message`).

    Refused before any of it is walked: text over MAX_BANK_BYTES, more than MAX_NODES nodes, and any
    alias (`*name`). Aliases are never needed in a bank, and each one multiplies what the walk visits:
    a 2 KB file aliasing question lists through sub-areas and areas cost seconds and gigabytes."""
    if len(text) > MAX_BANK_BYTES:
        raise BankError([f"{filename}:1: {_too_big(len(text))}"])
    try:
        if len(text) > _PRESCAN_CHARS:  # many tiny nodes cost ~300 bytes each: count them before building
            _prescan(text, filename)
        root = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = mark.line + 1 if mark else 1
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise BankError([f"{filename}:{line}: invalid YAML: {problem}"]) from None
    except RecursionError:  # the pure-Python composer; libyaml stops at depth 1000 itself
        raise BankError([f"{filename}:1: invalid YAML: nested too deeply"]) from None
    if root is not None:
        _check_tree(root, text, filename)
    return root


def _too_big(size: int) -> str:
    return (f"the file is {size / 1e6:.1f} MB; a bank or translation file is at most "
            f"{MAX_BANK_BYTES // (1024 * 1024)} MB")


def _alias_problem(name: str) -> str:
    return (f"YAML aliases (*{name}) are not allowed in a bank or translation file; "
            "write each value out in full")


def _too_many() -> str:
    return f"more than {MAX_NODES:_} YAML values (keys, texts, numbers); a bank has far fewer".replace("_", " ")


def _prescan(text: str, filename: str) -> None:
    nodes = 0
    for event in yaml.parse(text, Loader=_Loader):
        if isinstance(event, yaml.AliasEvent):
            line = event.start_mark.line + 1
            raise BankError([f"{filename}:{line}: {_alias_problem(event.anchor)}"])
        if isinstance(event, (yaml.ScalarEvent, yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            nodes += 1
            if nodes > MAX_NODES:
                line = event.start_mark.line + 1
                raise BankError([f"{filename}:{line}: {_too_many()}"])


def _check_tree(root: yaml.Node, text: str, filename: str) -> None:
    """Count the nodes; a node reached twice is an alias (the composer shares the anchored node)."""
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            # the composed tree has no mark for the alias itself: find it on the event stream
            alias = next(e for e in yaml.parse(text, Loader=_Loader) if isinstance(e, yaml.AliasEvent))
            line = alias.start_mark.line + 1
            raise BankError([f"{filename}:{line}: {_alias_problem(alias.anchor)}"])
        seen.add(id(node))
        if len(seen) > MAX_NODES:
            raise BankError([f"{filename}:{node.start_mark.line + 1}: {_too_many()}"])
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                stack.append(key)
                stack.append(value)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)


def parse_bank(text: str, filename: str = "<bank>") -> Bank:
    """Parse bank YAML text; raise BankError listing every problem as `FILE:LINE: message`."""
    root = compose(text, filename)
    if root is None:
        raise BankError([f"{filename}:1: the file is empty; expected a bank (format: {FORMAT})"])
    w = _Walker(filename, _peek_format(root))
    data = w.mapping(root, w.fields["bank"], "bank")
    if data is not None:
        _check_semantics(w, data)
    if w.problems:
        raise BankError([f"{filename}:{line}: {msg}" for line, msg in sorted(w.problems, key=lambda p: p[0])])
    return Bank.from_dict(data)


def read_text(path: str | Path) -> str:
    """A bank or translation file's text: size checked before reading, UTF-8 checked with its line."""
    path = Path(path)
    try:
        with path.open("rb") as fh:
            raw = fh.read(MAX_BANK_BYTES + 1)
    except OSError as exc:
        raise BankError([f"{path}:1: cannot read the file: {exc.strerror or exc}"]) from None
    if len(raw) > MAX_BANK_BYTES:
        try:
            size = path.stat().st_size
        except OSError:  # pragma: no cover - it was just opened
            size = len(raw)
        raise BankError([f"{path}:1: {_too_big(max(size, len(raw)))}"])
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise BankError([f"{path}:{line}: the file is not UTF-8 text (byte {exc.start})"]) from None


def load_bank(path: str | Path) -> Bank:
    return parse_bank(read_text(path), str(Path(path)))
