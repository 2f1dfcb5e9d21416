"""The export actions as the CLI and the window call them: file paths in, files out.

Each writer is imported only when asked for, so `export --pdf` does not pay for openpyxl
and the jury workbook does not pay for reportlab.
"""

from __future__ import annotations

from pathlib import Path

from kompassapp.errors import KompassError
from kompassapp.exports.common import load_report
from kompassapp.exports.steps import Progress, Step


def _check_target(out: Path, *sources: Path) -> None:
    if any(out.resolve() == Path(s).resolve() for s in sources):
        raise KompassError(f"{out}: this is an evaluation file; choose another name for the export")
    if out.is_dir():
        raise KompassError(f"{out}: is a folder; give a file name")


def export(source: Path, *, xlsx: Path | None = None, pdf: Path | None = None, final: bool = False,
           compare: str | Path | None = None, anonymize: bool = False, progress: Progress | None = None) -> list[Path]:
    """Write the workbook and/or the PDF report of one evaluation; returns the files written."""
    source = Path(source)
    if xlsx is None and pdf is None:
        raise KompassError("nothing to export: give --xlsx FILE and/or --pdf FILE")
    sources = (source, Path(compare)) if compare else (source,)
    for out in (xlsx, pdf):
        if out is not None:
            _check_target(Path(out), *sources)
    steps = 1 + (xlsx is not None) + (pdf is not None)
    if progress:
        progress(0, steps, Step.READ, "")
    report = load_report(source, anonymize=anonymize, compare=compare)
    written = []
    if xlsx is not None:
        if progress:
            progress(1, steps, Step.WORKBOOK, "")
        from kompassapp.exports.xlsx import write_xlsx

        write_xlsx(report, Path(xlsx))
        written.append(Path(xlsx))
    if pdf is not None:
        if progress:
            progress(steps - 1, steps, Step.PDF, "")
        from kompassapp.exports.pdf import write_pdf

        write_pdf(report, Path(pdf), final=final)
        written.append(Path(pdf))
    if progress:
        progress(steps, steps, Step.DONE, "")
    return written


def jury(sources: list[Path], out: Path, *, progress: Progress | None = None) -> Path:
    """Write the jury workbook comparing the nominated municipalities' evaluations."""
    from kompassapp.exports.jury import write_jury

    sources = [Path(s) for s in sources]
    _check_target(Path(out), *sources)
    write_jury(sources, Path(out), progress=progress)
    return Path(out)
