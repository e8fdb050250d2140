"""Word, PowerPoint and Excel files (python-docx, python-pptx, openpyxl), each zip checked
for bombs before a library opens it: sections by heading, "slide N" and "sheet NAME"."""

from __future__ import annotations

import datetime
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from desktop.core.documents.types import Document, DocumentError, Section
from desktop.core.units import format_bytes

# Python's zipfile never inflates a member past its declared size (ZipExtFile stops at
# file_size and checks the CRC), and all three libraries read through it: so the declared
# sizes bound what unpacking can cost, and checking them up front catches a bomb.
MAX_MEMBERS = 10_000
MAX_UNZIPPED = 512 << 20  # all members together, as declared
MAX_RATIO = 200  # XML compresses 10-50x; a member above 200x and RATIO_FLOOR is a bomb
RATIO_FLOOR = 8 << 20
# What one file may produce: bounds a sheet whose rows claim 16,384 columns each.
MAX_CELLS = 20_000_000
MAX_TEXT_CHARS = 32_000_000
# A password-protected Office file (and a .doc/.xls of old) is an OLE compound file.
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_KINDS = {".docx": "docx", ".pptx": "pptx", ".xlsx": "xlsx", ".xlsm": "xlsx"}
_APPS = {"docx": "Word", "pptx": "PowerPoint", "xlsx": "Excel"}


def extract_office(path: Path, *, max_bytes: int) -> Document:
    """A .docx, .pptx or .xlsx read into sections. Raises DocumentError, OSError."""
    kind = _KINDS[path.suffix.lower()]
    check_zip(path, _APPS[kind])
    reader = {"docx": _docx, "pptx": _pptx, "xlsx": _xlsx}[kind]
    budget = _Budget(path)
    try:
        sections = tuple(reader(path, budget))
    except (DocumentError, OSError, MemoryError):
        raise
    except Exception as exc:  # untrusted XML: the libraries raise KeyError, lxml errors...
        raise DocumentError(
            f"{path.name} could not be read as a {_APPS[kind]} file ({type(exc).__name__}); "
            f"open it in {_APPS[kind]} or LibreOffice and save it again."
        ) from exc
    return Document(str(path), path.name, kind, sections)


def check_zip(path: Path, app: str) -> None:
    """Refuse an Office file that is not a zip, is encrypted, or would unpack to more than
    MAX_UNZIPPED (or a member inflating over MAX_RATIO times): before any library reads it."""
    name = path.name
    with open(path, "rb") as handle:
        head = handle.read(len(_OLE_MAGIC))
    if head == _OLE_MAGIC:
        raise DocumentError(
            f"{name} is protected by a password or in an old {app} format; open it in {app} "
            "and save a copy without a password as a modern file."
        )
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, ValueError, EOFError):
        raise DocumentError(
            f"{name} is damaged or not a real {app} file (it is not a zip archive); open it in "
            f"{app} or LibreOffice and save it again."
        ) from None
    if len(members) > MAX_MEMBERS:
        raise _bomb(path, f"it holds {len(members):,} parts")
    total = 0
    for member in members:
        total += member.file_size
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > RATIO_FLOOR and ratio > MAX_RATIO:
            raise _bomb(path, f"a part would unpack {ratio:,.0f} times larger")
    if total > MAX_UNZIPPED:
        raise _bomb(path, f"it would unpack to {format_bytes(total)}")


def _bomb(path: Path, why: str) -> DocumentError:
    return DocumentError(
        f"{path.name} looks like a zip bomb ({why}, over Hearth's limit of "
        f"{format_bytes(MAX_UNZIPPED)}) and was not opened; attach a smaller or cleaner copy."
    )


class _Budget:
    """Counts what a file produces and refuses it, whole, when that runs past the limits."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.cells = 0
        self.chars = 0

    def spend(self, cells: int = 0, chars: int = 0) -> None:
        self.cells += cells
        self.chars += chars
        if self.cells > MAX_CELLS or self.chars > MAX_TEXT_CHARS:
            raise DocumentError(
                f"{self.path.name} holds more text than Hearth reads from one document "
                f"({MAX_TEXT_CHARS:,} characters); split it into smaller files."
            )


def _docx(path: Path, budget: _Budget) -> Iterator[Section]:
    import docx  # lazy: python-docx pulls lxml
    from docx.table import Table

    document = docx.Document(str(path))
    heading, parts = "", list[str]()
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            text = _table_text(([c.text for c in row.cells] for row in block.rows), budget)
        else:
            text = block.text.strip()
            style = block.style.name if block.style is not None else ""
            if text and (style or "").startswith(("Heading", "Title")):
                if parts:
                    yield Section("\n\n".join(parts), heading)
                heading, parts = text, []
        if text:
            budget.spend(chars=len(text))
            parts.append(text)
    if parts:
        yield Section("\n\n".join(parts), heading)


def _pptx(path: Path, budget: _Budget) -> Iterator[Section]:
    from pptx import Presentation  # lazy: python-pptx pulls lxml and Pillow

    presentation = Presentation(str(path))
    for number, slide in enumerate(presentation.slides, 1):
        parts = [t for t in _shape_texts(slide.shapes, budget) if t]
        if slide.has_notes_slide:
            frame = slide.notes_slide.notes_text_frame
            notes = frame.text.strip() if frame is not None else ""
            if notes:
                parts.append(f"Notes: {notes}")
        text = "\n\n".join(parts)
        budget.spend(chars=len(text))
        if text:
            yield Section(text, f"slide {number}")


def _shape_texts(shapes: Iterable[Any], budget: _Budget) -> Iterator[str]:
    from pptx.enum.shapes import MSO_SHAPE_TYPE

    for shape in shapes:
        if shape.shape_type == MSO_SHAPE_TYPE.GROUP:
            yield from _shape_texts(shape.shapes, budget)
        elif shape.has_text_frame:
            yield shape.text_frame.text.strip()
        elif getattr(shape, "has_table", False) and shape.has_table:
            rows = ([c.text for c in row.cells] for row in shape.table.rows)
            yield _table_text(rows, budget)


def _table_text(rows: Iterable[list[str]], budget: _Budget) -> str:
    """A table as lines of cells joined by " | " (merged cells, which the libraries repeat,
    once)."""
    lines = []
    for row in rows:
        budget.spend(cells=len(row))
        cells: list[str] = []
        for cell in row:
            text = " ".join(cell.split())
            if not cells or text != cells[-1]:
                cells.append(text)
        if any(cells):
            lines.append(" | ".join(cells))
    return "\n".join(lines)


def _xlsx(path: Path, budget: _Budget) -> Iterator[Section]:
    import openpyxl  # lazy: openpyxl is large

    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        for sheet in workbook.worksheets:
            # A sheet's declared dimensions may be wrong or hostile (A1:XFD1048576): without
            # them rows are as wide as their last cell, not padded to the claim.
            sheet.reset_dimensions()
            lines = []
            for row in sheet.iter_rows(values_only=True):
                budget.spend(cells=max(len(row), 1))
                values = [_cell_text(v) for v in row]
                while values and not values[-1]:
                    values.pop()
                if values:
                    line = " | ".join(values)
                    budget.spend(chars=len(line))
                    lines.append(line)
            if lines:
                yield Section("\n".join(lines), f"sheet {sheet.title}")
    finally:
        workbook.close()


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime.datetime) and value.time() == datetime.time():
        return value.date().isoformat()
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    return " ".join(str(value).split())
