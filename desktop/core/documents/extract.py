"""Files read as text (a Document of located sections), with every bad input refused as one
sentence: the checks that need no library (missing, unreadable, too large, binary) and the
plain-text kinds live here; PDF and Office files are read by extract_pdf and extract_office."""

from __future__ import annotations

import codecs
import os
import re
import stat
import unicodedata
from pathlib import Path

from desktop.core.documents.types import Document, DocumentError, Section
from desktop.core.units import format_bytes

MAX_BYTES = 64 << 20  # 64 MiB: a 1,000-page PDF; anything larger is refused before reading
SNIFF_BYTES = 8192  # how much of a text file is looked at for NUL bytes (as `file` and git do)
# A text with more control characters than this share (after decoding) is a binary file.
MAX_CONTROL_SHARE = 0.01

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd", ".mdx"})
PLAIN_SUFFIXES = frozenset(
    {".txt", ".text", ".log", ".csv", ".tsv", ".rst", ".adoc", ".asciidoc", ".org", ".tex",
     ".bib", ".srt", ".vtt", ".nfo", ".me", ".1st"}
)  # fmt: skip
CODE_SUFFIXES = frozenset(
    {
        # C family and systems languages
        ".c", ".h", ".cc", ".cpp", ".cxx", ".hh", ".hpp", ".hxx", ".m", ".mm", ".cs", ".java",
        ".kt", ".kts", ".scala", ".go", ".rs", ".swift", ".zig", ".d", ".nim", ".v", ".cu",
        # scripting
        ".py", ".pyi", ".pyw", ".rb", ".pl", ".pm", ".php", ".lua", ".r", ".jl", ".tcl",
        ".sh", ".bash", ".zsh", ".fish", ".ps1", ".psm1", ".bat", ".cmd", ".awk", ".sed",
        # web
        ".js", ".mjs", ".cjs", ".jsx", ".ts", ".tsx", ".vue", ".svelte", ".html", ".htm",
        ".css", ".scss", ".sass", ".less", ".xml", ".xsl", ".svg",
        # functional and others
        ".hs", ".ml", ".mli", ".fs", ".fsx", ".ex", ".exs", ".erl", ".hrl", ".clj", ".cljs",
        ".el", ".lisp", ".scm", ".rkt", ".dart", ".groovy", ".gradle", ".f90", ".f", ".pas",
        ".vb", ".asm", ".s", ".sql", ".graphql", ".proto", ".thrift",
        # configuration and data
        ".json", ".jsonl", ".yaml", ".yml", ".toml", ".ini", ".cfg", ".conf", ".properties",
        ".env", ".mk", ".cmake", ".nix", ".tf", ".hcl", ".dockerfile", ".ipynb", ".diff",
        ".patch",
    }
)  # fmt: skip
PDF_SUFFIXES = frozenset({".pdf"})
OFFICE_SUFFIXES = frozenset({".docx", ".pptx", ".xlsx", ".xlsm"})
SUPPORTED_SUFFIXES: frozenset[str] = (
    MARKDOWN_SUFFIXES | PLAIN_SUFFIXES | CODE_SUFFIXES | PDF_SUFFIXES | OFFICE_SUFFIXES
)
# Text files known by their whole name (no suffix).
CODE_NAMES = frozenset(
    {"makefile", "dockerfile", "containerfile", "rakefile", "gemfile", "cmakelists.txt",
     "license", "readme", "changelog", "copying", "authors", "notice"}
)  # fmt: skip

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# An ATX heading ("## Install") and the fence of a code block (inside which "#" is code).
_ATX = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.*?)[ \t#]*$")
_FENCE = re.compile(r"^ {0,3}(```|~~~)")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_ALLOWED_CONTROLS = frozenset("\n\t\r\f\v\b\x1b")


def is_supported(path: Path) -> bool:
    """Whether Hearth reads this kind of file (by its suffix, or its name: Makefile)."""
    return path.suffix.lower() in SUPPORTED_SUFFIXES or path.name.lower() in CODE_NAMES


def extract(path: Path, *, max_bytes: int = MAX_BYTES) -> Document:
    """The file at path read as text, in located sections (a heading, "page 3", "slide 2",
    "sheet Totals"); title is the file's name. An empty file is a Document with no sections
    (the caller decides whether to mention it). Raises DocumentError (one sentence naming the
    file and what to do) for anything it cannot read; never returns part of a file."""
    path = Path(path)
    name = path.name
    if not is_supported(path):
        raise DocumentError(
            f"{name} is not a kind of file Hearth can read; attach text, Markdown, source "
            "code, PDF, Word (.docx), PowerPoint (.pptx) or Excel (.xlsx) files."
        )
    info = regular_file(path)
    if info.st_size > max_bytes:
        raise too_large(path, info.st_size, max_bytes)
    suffix = path.suffix.lower()
    try:
        if suffix in PDF_SUFFIXES:
            from desktop.core.documents.extract_pdf import extract_pdf

            return extract_pdf(path)
        if suffix in OFFICE_SUFFIXES:
            from desktop.core.documents.extract_office import extract_office

            return extract_office(path, max_bytes=max_bytes)
        text = decode_text(path, read_bytes(path, max_bytes))
    except OSError as exc:  # vanished or locked between the checks and the read
        raise os_error(path, exc) from exc
    if suffix in MARKDOWN_SUFFIXES:
        return Document(str(path), name, "markdown", markdown_sections(text))
    kind = "text" if suffix in PLAIN_SUFFIXES else "code"
    sections = (Section(text),) if text.strip() else ()
    return Document(str(path), name, kind, sections)


def os_error(path: Path, exc: OSError) -> DocumentError:
    """The sentence for a file that cannot be opened or read."""
    name = path.name
    if isinstance(exc, FileNotFoundError):
        return DocumentError(f"{name} is no longer there (moved or deleted); attach it again.")
    if isinstance(exc, PermissionError):
        return DocumentError(
            f"Hearth is not allowed to read {name}; check its permissions or copy it elsewhere."
        )
    if isinstance(exc, IsADirectoryError):
        return DocumentError(f"{name} is a folder, not a file; attach a file.")
    reason = exc.strerror or str(exc)
    return DocumentError(f"{name} could not be read ({reason}); check the file and try again.")


def regular_file(path: Path) -> os.stat_result:
    """The status of the regular file at path: a missing, unreadable or special path (a
    folder, a device) is a DocumentError."""
    try:
        info = os.stat(path)
    except OSError as exc:
        raise os_error(path, exc) from exc
    if not stat.S_ISREG(info.st_mode):
        raise DocumentError(
            f"{path.name} is not a file (it is a folder or a device); attach a file."
        )
    return info


def too_large(path: Path, size: int, limit: int) -> DocumentError:
    return DocumentError(
        f"{path.name} is {format_bytes(size)}, over the {format_bytes(limit)} limit for a "
        "document; split it into smaller files."
    )


def read_bytes(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, refusing one that grew past max_bytes since it was measured."""
    with open(path, "rb") as handle:
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise too_large(path, len(data), max_bytes)
    return data


def decode_text(path: Path, data: bytes) -> str:
    """The text of a text file: by its byte-order mark, else UTF-8, else the encoding
    charset_normalizer guesses (when installed). Binary content (NUL bytes without a BOM, or
    many control characters) is refused. Line ends become \\n."""
    text = _decode(path, data)
    sample = text[:SNIFF_BYTES]
    controls = sum(
        1 for ch in sample if ch not in _ALLOWED_CONTROLS and unicodedata.category(ch) == "Cc"
    )
    if sample and controls > MAX_CONTROL_SHARE * len(sample):
        raise _binary(path)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode(path: Path, data: bytes) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError:
                raise _binary(path) from None
    if b"\0" in data[:SNIFF_BYTES]:
        raise _binary(path)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        # Comes with requests (through gguf); without it only UTF-8 and BOM files read.
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - depends on the install
        raise _binary(path) from None
    best = from_bytes(data).best()
    if best is None:
        raise _binary(path)
    return str(best)


def _binary(path: Path) -> DocumentError:
    return DocumentError(
        f"{path.name} is not a text file (it holds binary data) despite its name; attach "
        "the original document or save it as text."
    )


def markdown_sections(text: str) -> tuple[Section, ...]:
    """Markdown cut at its headings (ATX "## Title" and one-line setext titles, not inside
    code fences); each section keeps its heading line and is located by the heading's text.
    Text before the first heading has no locator."""
    sections: list[Section] = []
    heading = ""
    lines: list[str] = []
    fence = ""

    def close(next_heading: str) -> None:
        nonlocal heading, lines
        body = "\n".join(lines).strip("\n")
        if body.strip():
            sections.append(Section(body, heading))
        heading, lines = next_heading, []

    for line in text.split("\n"):
        fenced = _FENCE.match(line)
        if fence:
            if fenced and fenced.group(1) == fence:
                fence = ""
        elif fenced:
            fence = fenced.group(1)
        elif atx := _ATX.match(line):
            close(atx.group(2).strip())
        elif (
            _SETEXT.match(line)
            and lines
            and lines[-1].strip()
            and (len(lines) == 1 or not lines[-2].strip())
            and not _ATX.match(lines[-1])
        ):
            title = lines.pop()
            close(title.strip())
            lines.append(title)
        lines.append(line)
    close("")
    return tuple(sections)
