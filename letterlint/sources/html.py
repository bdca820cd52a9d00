"""HTML → the letter's text, laid out the way a browser shows it.

Paragraph-like blocks (``<p>``, headings, lists, quotes, tables) are separated by
a blank line, a ``<div>`` starts a new line (mail clients write one ``<div>`` a
line and ``<div><br></div>`` for a blank one), ``<br>`` is a line break, and
scripts, styles and other invisible parts are dropped. Quoted blocks come out
with ``> `` before every line, so the letter's structure recognises them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bs4 import BeautifulSoup
from bs4.element import NavigableString, PageElement, PreformattedString, Tag

from letterlint.model import Origin
from letterlint.sources.origin import align, masked

_INVISIBLE = frozenset({
    "script", "style", "head", "title", "meta", "link", "noscript", "template", "svg",
    "object", "iframe", "canvas", "button", "select", "input", "textarea", "img",
})
_PARAGRAPH_BLOCKS = frozenset({
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table", "blockquote",
    "pre", "address", "figure", "hr", "section", "article", "header", "footer", "aside",
    "main", "nav", "form", "fieldset",
})
_LINE_BLOCKS = frozenset({"div", "li", "tr", "dt", "dd", "caption", "center", "body", "html"})
_CELLS = frozenset({"td", "th"})
_SPACES = re.compile(r"[ \t\r\n\f\v\u00a0\u200b]+")
_BLANK_LINES = re.compile(r"\n{3,}")
_MAX_INDENT = 8
"""Deepest list indent or quote prefix written; deeper levels are shown at this one."""


HIDDEN_MARKUP = (
    re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL),
    re.compile(
        r"<(script|style|head|title|template|svg|noscript|textarea|select|button)\b"
        r".*?(?:</\1\s*>|\Z)",
        re.DOTALL | re.IGNORECASE,
    ),
    re.compile(r"<[!?/]?[A-Za-z][^<>]*>|<![^<>]*>"),
    re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?"),
)
"""What in an HTML file is never prose: comments, invisible elements, tags and
character references (whose characters the extracted text has decoded)."""


def html_origin(text: str, markup: str) -> Origin:
    """Where ``html_to_text(markup)``'s characters are in ``markup``."""
    return align(text, markup, masked(markup, HIDDEN_MARKUP))


def html_to_text(markup: str) -> str:
    """The visible text of an HTML document or fragment."""
    soup = BeautifulSoup(markup, "html.parser")
    writer = _Writer()
    writer.walk(soup)
    return writer.text()


@dataclass(frozen=True)
class _Close:
    """Marks, on the walk's stack, the end of an element's children."""

    name: str
    breaks: int


@dataclass
class _Writer:
    chunks: list[str] = field(default_factory=list)
    quote_depth: int = 0
    in_pre: bool = False
    list_depth: int = 0
    pending_breaks: int = 0  # newlines owed before the next text

    def walk(self, root: Tag) -> None:
        """Visit the tree in document order with an explicit stack, so a page
        nested thousands of elements deep cannot exhaust Python's recursion."""
        stack: list[PageElement | _Close] = list(reversed(list(root.children)))
        while stack:
            item = stack.pop()
            if isinstance(item, _Close):
                self.close(item.name, item.breaks)
            elif isinstance(item, PreformattedString):  # comments, doctype, CDATA
                continue
            elif isinstance(item, NavigableString):
                self.write(str(item))
            elif isinstance(item, Tag):
                closing = self.open(item)
                if closing is not None:
                    stack.append(closing)
                    stack.extend(reversed(list(item.children)))

    def open(self, tag: Tag) -> _Close | None:
        """Write what comes before the element's children; None skips them."""
        name = tag.name.lower()
        if name in _INVISIBLE:
            return None
        if name == "br":
            self.line_break()
            return None
        if name == "hr":
            self.block(2)
            return None
        if name in _CELLS:
            self.write(" ")
            return _Close(name, -1)
        breaks = 2 if name in _PARAGRAPH_BLOCKS else 1 if name in _LINE_BLOCKS else 0
        if name in ("ul", "ol") and self.list_depth:
            breaks = 1  # a nested list continues its item's block
        self.block(breaks)
        if name == "blockquote":
            self.quote_depth += 1
        elif name == "pre":
            self.in_pre = True
        elif name in ("ul", "ol"):
            self.list_depth += 1
        elif name == "li":
            self.write("  " * min(self.list_depth - 1, _MAX_INDENT) + "- ")
        return _Close(name, breaks)

    def close(self, name: str, breaks: int) -> None:
        if breaks < 0:  # a table cell
            self.write(" ")
            return
        if name == "blockquote":
            self.quote_depth -= 1
        elif name == "pre":
            self.in_pre = False
        elif name in ("ul", "ol"):
            self.list_depth -= 1
        self.block(breaks)

    def block(self, breaks: int) -> None:
        if self.chunks:
            self.pending_breaks = max(self.pending_breaks, breaks)

    def line_break(self) -> None:
        self._flush_breaks()
        self.chunks.append("\n")

    def write(self, text: str) -> None:
        if not self.in_pre:
            text = _SPACES.sub(" ", text)
            if text == " " and (not self.chunks or self.chunks[-1].endswith((" ", "\n"))):
                return
        if not text:
            return
        self._flush_breaks()
        if self.quote_depth and self._at_line_start():
            self.chunks.append("> " * min(self.quote_depth, _MAX_INDENT))
            text = text.lstrip(" ")
        if self.quote_depth and "\n" in text:
            text = text.replace("\n", "\n" + "> " * min(self.quote_depth, _MAX_INDENT))
        self.chunks.append(text)

    def _at_line_start(self) -> bool:
        return not self.chunks or self.chunks[-1].endswith("\n")

    def _flush_breaks(self) -> None:
        if not self.pending_breaks:
            return
        owed = self.pending_breaks - _trailing_newlines(self.chunks)
        self.pending_breaks = 0
        if owed > 0:
            self.chunks.append("\n" * owed)

    def text(self) -> str:
        lines = [line.strip() for line in "".join(self.chunks).split("\n")]
        joined = "\n".join(line if line.strip("> ") else "" for line in lines)
        return _BLANK_LINES.sub("\n\n", joined).strip("\n") + "\n"


def _trailing_newlines(chunks: list[str]) -> int:
    count = 0
    for chunk in reversed(chunks):
        stripped = chunk.rstrip(" ")
        count += len(stripped) - len(stripped.rstrip("\n"))
        if stripped.rstrip("\n"):
            break
    return count
