"""The export actions as the CLI and the window call them: file paths in, files out.

Each writer is imported only when asked for, so `export --pdf` does not pay for openpyxl
and the jury workbook does not pay for reportlab.
"""

from __future__ import annotations

from pathlib import Path

from kompassapp.errors import KompassError
from kompassapp.exports import names
from kompassapp.exports.common import open_report
from kompassapp.exports.steps import Progress, Step


class NamesFound(KompassError):
    """An export that promises no names would show some; `hits` lists each with where it is."""

    def __init__(self, source: Path, hits: list[names.Hit]):
        self.hits = hits
        n = len(hits)
        super().__init__(
            f"{source}: {n} {'ställe' if n == 1 else 'ställen'} i texten liknar namn på intervjuade; rätta texten, "
            "exportera med --anonymize (ersätter dem) eller godta dem med --allow-names:\n"
            + "\n".join(f"  {h}" for h in hits))


def _check_target(out: Path, *sources: Path) -> None:
    if any(out.resolve() == Path(s).resolve() for s in sources):
        raise KompassError(f"{out}: this is an evaluation file; choose another name for the export")
    if out.is_dir():
        raise KompassError(f"{out}: is a folder; give a file name")


def name_hits(source: Path, *, anonymize: bool = False) -> list[names.Hit]:
    """What an export promising no names would still show of interviewees' names (for the window
    to list before it exports; the CLI refuses with the same list)."""
    with open_report(Path(source), anonymize=anonymize) as report:
        return names.check(report)


def export(source: Path, *, xlsx: Path | None = None, pdf: Path | None = None, final: bool = False,
           compare: str | Path | None = None, anonymize: bool = False, allow_names: bool = False,
           progress: Progress | None = None, docx: Path | None = None) -> list[Path]:
    """Write the workbook, the PDF report and/or the Word report of one evaluation; returns the files written.

    The PDF and the Word report always promise no interviewees' names, the workbook when anonymised: if such an
    export would show something like a name, it is refused (`NamesFound`) unless `allow_names`
    (the auditor has seen the list and accepts it). Anonymising replaces every hit."""
    source = Path(source)
    if xlsx is None and pdf is None and docx is None:
        raise KompassError("nothing to export: give --xlsx FILE, --pdf FILE and/or --docx FILE")
    sources = (source, Path(compare)) if compare else (source,)
    for out in (xlsx, pdf, docx):
        if out is not None:
            _check_target(Path(out), *sources)
    steps = 1 + (xlsx is not None) + (pdf is not None) + (docx is not None)
    if progress:
        progress(0, steps, Step.READ, "")
    written = []
    with open_report(source, anonymize=anonymize, compare=compare) as report:
        if (pdf is not None or docx is not None or anonymize) and not allow_names:
            hits = names.check(report)
            if hits:
                raise NamesFound(source, hits)
        if xlsx is not None:
            if progress:
                progress(1, steps, Step.WORKBOOK, "")
            from kompassapp.exports.xlsx import write_xlsx

            write_xlsx(report, Path(xlsx))
            written.append(Path(xlsx))
        if pdf is not None:
            if progress:
                progress(steps - 1 - (docx is not None), steps, Step.PDF, "")
            from kompassapp.exports.pdf import write_pdf

            write_pdf(report, Path(pdf), final=final)
            written.append(Path(pdf))
        if docx is not None:
            if progress:
                progress(steps - 1, steps, Step.DOCX, "")
            from kompassapp.exports.docx import write_docx

            write_docx(report, Path(docx), final=final)
            written.append(Path(docx))
    if progress:
        progress(steps, steps, Step.DONE, "")
    return written


def jury(sources: list[Path], out: Path, *, progress: Progress | None = None, published: list[Path] = ()) -> Path:
    """Write the jury workbook comparing the nominated municipalities' evaluations, reference
    profiles (.yaml) and the rows of tables of published totals (csv or xlsx)."""
    from kompassapp.exports.jury import write_jury

    sources = [Path(s) for s in sources]
    published = [Path(p) for p in published]
    _check_target(Path(out), *sources, *published)
    write_jury(sources, Path(out), progress=progress, published=published)
    return Path(out)
