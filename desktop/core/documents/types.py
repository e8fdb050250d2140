"""The shapes documents take between extraction, the index, a prompt and a reply's sources."""

from __future__ import annotations

from dataclasses import dataclass


class DocumentError(Exception):
    """A file Hearth cannot read as a document; str(error) is one sentence for the user
    (what is wrong and what to do), naming the file."""


@dataclass(frozen=True, slots=True)
class Section:
    """A run of a document's text with where it sits: a page ("page 3"), a heading
    ("Installation"), a slide or a sheet. locator is what a source line shows."""

    text: str
    locator: str = ""


@dataclass(frozen=True, slots=True)
class Document:
    """A file read as text. kind is 'text', 'markdown', 'code', 'pdf', 'docx', 'pptx' or
    'xlsx'; pages is the PDF's page count (0 for others)."""

    path: str
    title: str
    kind: str
    sections: tuple[Section, ...]
    pages: int = 0

    @property
    def text(self) -> str:
        return "\n\n".join(s.text for s in self.sections if s.text)


@dataclass(frozen=True, slots=True)
class Chunk:
    """A passage cut from a document for retrieval: its order in the file, its text and
    where it came from. start is the passage's character offset in Document.text."""

    ordinal: int
    text: str
    locator: str = ""
    start: int = 0


@dataclass(frozen=True, slots=True)
class Source:
    """A passage a reply drew on, as stored with the reply and listed under it: the file's
    name, where in the file, the passage itself (what clicking the source opens), and the
    file's path (a folder's file) or content hash (an attachment's stored copy)."""

    name: str
    locator: str
    text: str
    path: str = ""
    sha256: str = ""
    score: float = 0.0
