"""Word (.docx) → the letter's text, read with python-docx.

Each non-empty paragraph becomes a block separated by a blank line; consecutive
list paragraphs stay together as ``- `` lines; a manual line break stays a line
break; a table becomes one line a row.
"""

from __future__ import annotations

import io
from collections.abc import Iterable

from docx import Document
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph


class DocxError(Exception):
    """The bytes are not a readable Word document."""


def docx_to_text(data: bytes) -> str:
    try:
        document = Document(io.BytesIO(data))
        blocks = _blocks(document.iter_inner_content())
    except Exception as error:
        # python-docx surfaces a damaged package as whatever its zip and XML layers
        # raise (BadZipFile, KeyError, XMLSyntaxError, ValueError, ...).
        raise DocxError(str(error) or type(error).__name__) from None
    return "\n\n".join(blocks) + "\n" if blocks else ""


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
