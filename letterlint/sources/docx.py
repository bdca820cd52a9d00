"""Word (.docx) → the letter's text, read with python-docx.

Each non-empty paragraph becomes a block separated by a blank line; consecutive
list paragraphs stay together as ``- `` lines; a manual line break stays a line
break; a table becomes one line a row.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable, Iterator

from docx import Document
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from letterlint.model import Origin
from letterlint.sources.origin import align

MAX_UNPACKED_BYTES = 64 * 1024 * 1024
"""Most a .docx may unpack to, all entries together. A letter's document.xml is
tens of kilobytes; a zip bomb's inflates to gigabytes."""

MAX_ENTRIES = 2000
"""Most entries (parts) a .docx may hold; Word writes a few dozen."""

_CHUNK = 64 * 1024


class DocxError(Exception):
    """The bytes are not a readable Word document."""


class DocxTooLarge(DocxError):
    """The document unpacks to more than letterlint reads."""


def check_unpacked_size(data: bytes) -> None:
    """Raise DocxTooLarge when the package declares, or actually inflates to, more
    than MAX_UNPACKED_BYTES. Entries are inflated in chunks and counted, so an
    entry whose header understates its size is caught after the limit, not after
    the bomb has filled memory."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
            if len(entries) > MAX_ENTRIES:
                raise DocxTooLarge(f"it has {len(entries)} parts")
            if sum(entry.file_size for entry in entries) > MAX_UNPACKED_BYTES:
                raise DocxTooLarge("it declares more than the limit")
            unpacked = 0
            for entry in entries:
                with archive.open(entry) as member:
                    while chunk := member.read(_CHUNK):
                        unpacked += len(chunk)
                        if unpacked > MAX_UNPACKED_BYTES:
                            raise DocxTooLarge("it inflates past the limit")
    except DocxTooLarge:
        raise
    except Exception as error:  # zipfile raises BadZipFile, zlib.error, NotImplementedError, ...
        raise DocxError(str(error) or type(error).__name__) from None


def docx_to_text(data: bytes) -> str:
    return read_docx(data)[0]


def read_docx(data: bytes) -> tuple[str, list[str]]:
    """The letter's text, and the text of every paragraph of the document's body
    in order (table cells' paragraphs included, empty ones kept) for
    :func:`docx_origin`."""
    check_unpacked_size(data)
    try:
        document = Document(io.BytesIO(data))
        content = list(document.iter_inner_content())
        blocks = _blocks(content)
        paragraphs = list(_paragraphs(content))
    except Exception as error:
        # python-docx surfaces a damaged package as whatever its zip and XML layers
        # raise (BadZipFile, KeyError, XMLSyntaxError, ValueError, ...).
        raise DocxError(str(error) or type(error).__name__) from None
    return ("\n\n".join(blocks) + "\n" if blocks else ""), paragraphs


def docx_origin(text: str, paragraphs: list[str]) -> Origin:
    """Where the text is in the document: a line is a paragraph (a manual line
    break within one is a space), a column a character of it."""
    flat = "\n".join(" ".join(paragraph.split("\n")) for paragraph in paragraphs)
    found = align(text, flat)
    return Origin(runs=found.runs, lines=found.lines, unit="paragraph")


def _paragraphs(content: Iterable[Paragraph | Table]) -> Iterator[str]:
    for item in content:
        if isinstance(item, Paragraph):
            yield item.text
        else:
            seen: list[object] = []
            for row in item.rows:
                for cell in row.cells:
                    if any(cell._tc is other for other in seen):
                        continue
                    seen.append(cell._tc)
                    yield from (paragraph.text for paragraph in cell.paragraphs)


def _blocks(content: Iterable[Paragraph | Table]) -> list[str]:
    blocks: list[str] = []
    in_list = False
    for item in content:
        if isinstance(item, Table):
            rows = ["  ".join(_unique_cells(row.cells)) for row in item.rows]
            text = "\n".join(row for row in rows if row.strip())
            if text:
                blocks.append(text)
            in_list = False
        elif isinstance(item, Paragraph):
            text = "\n".join(line.strip() for line in item.text.split("\n")).strip()
            if not text:
                in_list = False
                continue
            if _is_list(item):
                if in_list:
                    blocks[-1] += f"\n- {text}"
                else:
                    blocks.append(f"- {text}")
                in_list = True
            else:
                blocks.append(text)
                in_list = False
    return blocks


def _unique_cells(cells: Iterable[_Cell]) -> list[str]:
    """Cell texts of a row; a merged cell is listed once, not once per grid column."""
    seen: list[object] = []
    texts = []
    for cell in cells:
        if any(cell._tc is other for other in seen):
            continue
        seen.append(cell._tc)
        text = " ".join(cell.text.split())
        if text:
            texts.append(text)
    return texts


def _is_list(paragraph: Paragraph) -> bool:
    style = paragraph.style
    name = (style.name or "") if style is not None else ""
    if name.lower().startswith("list"):
        return True
    properties = paragraph._p.pPr  # numbered or bulleted by direct formatting
    return properties is not None and properties.numPr is not None
