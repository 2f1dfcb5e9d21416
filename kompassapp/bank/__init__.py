"""Question banks: the model, the YAML loader and the banks shipped with the app."""

from pathlib import Path

from kompassapp.bank.loader import load_bank, parse_bank
from kompassapp.bank.model import FORMAT, Area, Bank, Option, Question, Scale, Subarea
from kompassapp.bank.translation import is_translation, is_translation_file, load_translation, parse_translation, translate
from kompassapp.errors import KompassError
from kompassapp.paths import bank_dir

__all__ = [
    "FORMAT", "Area", "Bank", "Option", "Question", "Scale", "Subarea",
    "bundled_banks", "bundled_translations", "is_translation", "is_translation_file", "load_bank", "load_translation", "parse_bank",
    "resolve_bank", "translate",
]


def bundled_banks() -> list[Path]:
    """The bank files shipped with the app, e.g. question_bank/kommunkompassen-2003.sv.yaml."""
    return [p for p in sorted(bank_dir().glob("*.yaml")) if not is_translation(p.read_text(encoding="utf-8"))]


def bundled_translations(bank: Bank) -> dict[str, dict]:
    """Language → translation of `bank` (same id and revision) shipped beside it."""
    found = {}
    for path in sorted(bank_dir().glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        if is_translation(text):
            data = parse_translation(text, str(path))
            if (data["bank"], data["revision"]) == (bank.id, bank.revision):
                found[data["language"]] = data
    return found


def resolve_bank(name: str) -> Bank:
    """A bank given as a file path or as the id of a bundled bank (e.g. 'kommunkompassen-2003')."""
    path = Path(name)
    if path.suffix in (".yaml", ".yml") or path.exists():
        return load_bank(path)
    for candidate in bundled_banks():
        bank = load_bank(candidate)
        if bank.id == name:
            return bank
    known = ", ".join(load_bank(p).id for p in bundled_banks()) or "none"
    raise KompassError(f"no bank file or bundled bank named '{name}' (bundled: {known})")
