"""PDF files read with pypdfium2 (PDFium, BSD/Apache): one section per page with text,
located "page N"; encrypted, damaged and scanned (no text layer) PDFs refused in a sentence."""

from __future__ import annotations

import threading
import unicodedata
from pathlib import Path

from desktop.core.documents.types import Document, DocumentError, Section

# A PDF whose pages hold fewer visible characters than this on average has no text layer
# (a scan, or only pictures): page numbers alone do not make it readable, while a one-page
# note of two words does.
MIN_CHARS_PER_PAGE = 8
# PDFium is not thread-safe (pypdfium2's documentation): the indexer's thread and an
# attachment read must not be inside it at the same time.
_PDFIUM = threading.Lock()


def extract_pdf(path: Path) -> Document:
    """The PDF's pages as sections ("page 3"); pages without text are left out but counted.
    Raises DocumentError, OSError (the caller turns it into a sentence)."""
    import pypdfium2 as pdfium  # lazy: loads PDFium's shared library (~6 MB)

    name = path.name
    with _PDFIUM:
        try:
            pdf = pdfium.PdfDocument(path)
        except pdfium.PdfiumError as exc:
            if exc.err_code == pdfium.raw.FPDF_ERR_PASSWORD:
                raise DocumentError(
                    f"{name} is protected by a password; open it, save a copy without the "
                    "password and attach that."
                ) from None
            raise DocumentError(
                f"{name} is damaged or not a PDF (PDFium could not open it); open it in a "
                "PDF viewer and save it again."
            ) from None
        try:
            pages = len(pdf)
            texts = [_page_text(pdf, i) for i in range(pages)]
        except pdfium.PdfiumError:
            raise DocumentError(
                f"{name} has a page PDFium could not read; open it in a PDF viewer and save "
                "it again."
            ) from None
        finally:
            pdf.close()
    visible = sum(len("".join(t.split())) for t in texts)
    if visible < MIN_CHARS_PER_PAGE * max(pages, 1):
        raise DocumentError(
            f"{name} has no text layer (it looks scanned or made of images) and OCR is not "
            "supported; attach a PDF with selectable text."
        )
    sections = tuple(Section(text, f"page {i + 1}") for i, text in enumerate(texts) if text.strip())
    return Document(str(path), name, "pdf", sections, pages=pages)


def _page_text(pdf: object, index: int) -> str:
    page = pdf[index]  # type: ignore[index]
    try:
        textpage = page.get_textpage()
        try:
            raw = str(textpage.get_text_range())
        finally:
            textpage.close()
    finally:
        page.close()
    return _clean(raw)


def _clean(raw: str) -> str:
    """PDFium ends lines with \\r\\n and marks soft hyphens and unknown glyphs with control
    characters; keep the words and the line breaks."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    kept = "".join(
        ch for ch in text if ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cs", "Co")
    )
    return kept.replace("\ufffe", "").replace("\uffff", "").strip()
