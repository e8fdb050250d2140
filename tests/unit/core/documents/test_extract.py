"""extract(): real files of every kind written by the test, and every bad input refused as
one sentence naming the file (never a traceback, never part of a file)."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from fpdf import FPDF

from desktop.core.documents import extract_office
from desktop.core.documents.extract import (
    SUPPORTED_SUFFIXES,
    extract,
    is_supported,
    markdown_sections,
)
from desktop.core.documents.types import DocumentError

# --- writers of real files ---------------------------------------------------------------


def _pdf(path: Path, pages: list[str], *, user_password: str | None = None) -> Path:
    pdf = FPDF()
    if user_password is not None:
        pdf.set_encryption(owner_password="owner", user_password=user_password)
    for text in pages:
        pdf.add_page()
        pdf.set_font("helvetica", size=12)
        pdf.multi_cell(0, 8, text)
    pdf.output(str(path))
    return path


def _docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_paragraph("Preface before any heading.")
    document.add_heading("Installation", level=1)
    document.add_paragraph("Run the installer and follow the steps.")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "OS", "Size"
    table.cell(1, 0).text, table.cell(1, 1).text = "Linux", "120 MB"
    document.add_heading("Usage", level=2)
    document.add_paragraph("Open a chat and type.")
    document.save(str(path))
    return path


def _pptx(path: Path) -> Path:
    from pptx import Presentation

    presentation = Presentation()
    for n in (1, 2):
        slide = presentation.slides.add_slide(presentation.slide_layouts[1])
        slide.shapes.title.text = f"Title {n}"
        slide.placeholders[1].text = f"Bullet on slide {n}"
    presentation.slides[1].notes_slide.notes_text_frame.text = "Speaker notes here"
    presentation.save(str(path))
    return path


def _xlsx(path: Path) -> Path:
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Totals"
    sheet.append(["Item", "Price"])
    sheet.append(["Tea", 3.0])
    sheet.append([None, None])
    sheet.append(["Cake", 4.5])
    second = workbook.create_sheet("Empty")
    assert second.title == "Empty"
    workbook.save(str(path))
    return path


def _refused(path: Path, *words: str, **kwargs: int) -> str:
    with pytest.raises(DocumentError) as caught:
        extract(path, **kwargs)
    message = str(caught.value)
    assert path.name in message
    assert message.endswith(".")
    assert "\n" not in message
    assert "Traceback" not in message
    for word in words:
        assert word in message
    return message


# --- reading -----------------------------------------------------------------------------


def test_text_code_and_bom(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_bytes(b"first line\r\nsecond line\r\n")
    doc = extract(tmp_path / "notes.txt")
    assert (doc.kind, doc.title, doc.text) == ("text", "notes.txt", "first line\nsecond line\n")
    (tmp_path / "tool.py").write_bytes(b"\xef\xbb\xbfprint('hi')\n")  # UTF-8 with a BOM
    assert extract(tmp_path / "tool.py").text == "print('hi')\n"
    (tmp_path / "wide.txt").write_bytes("h\u00e9llo UTF-16".encode("utf-16"))  # NULs, a BOM
    assert extract(tmp_path / "wide.txt").text == "h\u00e9llo UTF-16"
    french = (
        "Le caf\u00e9 de la gare \u00e9tait ferm\u00e9; nous avons mang\u00e9 une cr\u00e8me "
        "br\u00fbl\u00e9e \u00e0 c\u00f4t\u00e9, pr\u00e8s de la for\u00eat. "
    )
    (tmp_path / "latin.txt").write_bytes(french.encode("cp1252") * 3)  # not UTF-8: guessed
    assert extract(tmp_path / "latin.txt").text == french * 3
    (tmp_path / "Makefile").write_text("all:\n\techo hi\n")
    assert extract(tmp_path / "Makefile").kind == "code"
    (tmp_path / "empty.md").write_bytes(b"")
    assert extract(tmp_path / "empty.md").sections == ()


def test_markdown_sections_by_heading() -> None:
    text = (
        "Intro line.\n\n# Install\nStep one.\n\n```sh\n# not a heading\n```\n\n"
        "Usage\n-----\nType here.\n\n## Deep ##\nLast."
    )
    sections = markdown_sections(text)
    assert [s.locator for s in sections] == ["", "Install", "Usage", "Deep"]
    assert "# not a heading" in sections[1].text
    assert sections[2].text.startswith("Usage\n-----")


def test_pdf_pages(tmp_path: Path) -> None:
    pages = [f"Page {n} is about the river number {n}. " * 4 for n in (1, 2, 3)]
    pdf = _pdf(tmp_path / "book.pdf", [pages[0], "", pages[2]])  # a blank page 2
    doc = extract(pdf)
    assert (doc.kind, doc.pages) == ("pdf", 3)
    assert [s.locator for s in doc.sections] == ["page 1", "page 3"]
    assert "river number 3" in doc.sections[1].text


def test_office_files(tmp_path: Path) -> None:
    doc = extract(_docx(tmp_path / "guide.docx"))
    assert doc.kind == "docx"
    assert [s.locator for s in doc.sections] == ["", "Installation", "Usage"]
    assert "OS | Size\nLinux | 120 MB" in doc.sections[1].text
    slides = extract(_pptx(tmp_path / "deck.pptx"))
    assert [s.locator for s in slides.sections] == ["slide 1", "slide 2"]
    assert "Bullet on slide 2" in slides.sections[1].text
    assert "Notes: Speaker notes here" in slides.sections[1].text
    sheets = extract(_xlsx(tmp_path / "prices.xlsx"))
    assert [s.locator for s in sheets.sections] == ["sheet Totals"]
    assert sheets.sections[0].text == "Item | Price\nTea | 3\nCake | 4.5"


def test_supported() -> None:
    assert {".pdf", ".docx", ".pptx", ".xlsx", ".md", ".txt", ".py", ".rs"} <= SUPPORTED_SUFFIXES
    assert is_supported(Path("A.PDF"))
    assert not is_supported(Path("photo.jpg"))


# --- bad input -----------------------------------------------------------------------------


def test_pdf_encrypted_scanned_and_damaged(tmp_path: Path) -> None:
    locked = _pdf(tmp_path / "locked.pdf", ["Secret plans. " * 10], user_password="pw")
    _refused(locked, "password")
    scan = tmp_path / "scan.pdf"
    pdf = FPDF()
    for _ in range(2):
        pdf.add_page()
        pdf.rect(20, 20, 120, 160, style="F")  # a picture, no text
    pdf.output(str(scan))
    _refused(scan, "no text layer", "OCR is not supported")
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\n" + os.urandom(2000))
    _refused(broken, "damaged")


def test_huge_file_refused_without_reading(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with open(huge, "wb") as handle:
        handle.truncate(1 << 30)  # sparse: 1 GB that takes no disk
    message = _refused(huge, "1.1 GB", "limit")
    assert "67.1 MB" in message  # the default limit, 64 MiB
    _refused(_pdf(tmp_path / "small.pdf", ["Enough text on this page."]), "limit", max_bytes=100)


def test_binary_named_as_text(tmp_path: Path) -> None:
    for name in ("image.txt", "notes.md", "script.py"):
        blob = tmp_path / name
        blob.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(4096))
        _refused(blob, "not a text file")
    controls = tmp_path / "controls.txt"
    controls.write_bytes(bytes(range(1, 32)) * 50)  # no NUL, yet no text either
    _refused(controls, "not a text file")


def test_missing_unreadable_and_unsupported(tmp_path: Path) -> None:
    _refused(tmp_path / "gone.pdf", "no longer there")
    (tmp_path / "folder.md").mkdir()
    _refused(tmp_path / "folder.md", "not a file")
    _refused(tmp_path / "photo.jpg", "not a kind of file")
    locked = tmp_path / "locked.txt"
    locked.write_text("private")
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):  # root reads anything: check the sentence directly
            from desktop.core.documents.extract import os_error

            message = str(os_error(locked, PermissionError(13, "Permission denied")))
            assert "not allowed to read locked.txt" in message
        else:
            _refused(locked, "not allowed to read")
    finally:
        locked.chmod(0o600)


def _bomb_docx(path: Path, declared: int) -> Path:
    """A .docx whose document part claims `declared` bytes unpacked: the sizes in both the
    local header and the central directory are rewritten (a crafted archive; a few KB)."""
    _docx(path)
    data = bytearray(path.read_bytes())
    name = b"word/document.xml"
    headers = ((b"PK\x03\x04", 22, 26, 30), (b"PK\x01\x02", 24, 28, 46))  # local, central
    for signature, size_at, length_at, name_at in headers:
        at = data.find(signature)
        while at >= 0:
            (name_len,) = struct.unpack_from("<H", data, at + length_at)
            if data[at + name_at : at + name_at + name_len] == name:
                struct.pack_into("<I", data, at + size_at, declared)
            at = data.find(signature, at + 4)
    path.write_bytes(bytes(data))
    return path


def test_zip_bombs_and_damaged_office_files(tmp_path: Path) -> None:
    crafted = _bomb_docx(tmp_path / "crafted.docx", 0xF000_0000)  # claims 4 GB
    with zipfile.ZipFile(crafted) as archive:
        assert archive.getinfo("word/document.xml").file_size == 0xF000_0000
    _refused(crafted, "zip bomb")
    # A real bomb: 64 MiB of zeros, deflated to ~64 KB (over 1000 times).
    real = tmp_path / "zeros.xlsx"
    with (
        zipfile.ZipFile(real, "w", zipfile.ZIP_DEFLATED) as archive,
        archive.open("xl/worksheets/sheet1.xml", "w") as member,
    ):
        for _ in range(64):
            member.write(bytes(1 << 20))
    assert real.stat().st_size < 1 << 20
    _refused(real, "zip bomb", "times larger")
    not_zip = tmp_path / "fake.pptx"
    not_zip.write_text("just text with an Office name")
    _refused(not_zip, "not a zip archive")
    ole = tmp_path / "protected.docx"
    ole.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512))
    _refused(ole, "password")
    hollow = tmp_path / "hollow.docx"
    with zipfile.ZipFile(hollow, "w") as archive:
        archive.writestr("readme.txt", "a zip, but no Word document inside")
    _refused(hollow, "could not be read as a Word file")


def test_many_wide_rows_refused_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(extract_office, "MAX_CELLS", 1000)
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in range(1, 20):
        sheet.cell(row=row, column=200, value="far")
    workbook.save(str(tmp_path / "wide.xlsx"))
    _refused(tmp_path / "wide.xlsx", "more text than Hearth reads")


def test_heavy_libraries_stay_unimported() -> None:
    code = (
        "import sys, desktop.core.documents.extract, desktop.core.documents.context, "
        "desktop.core.documents.attachments\n"
        "print(sorted(m for m in ('pypdfium2', 'docx', 'pptx', 'openpyxl', 'charset_normalizer')"
        " if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
