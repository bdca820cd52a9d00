"""Markdown → the letter's prose, so markup is never linted as prose.

Parsed with markdown-it-py (CommonMark plus tables and strikethrough). Blocks
are separated by a blank line; a link becomes its text (so ``[the article](url)``
reads "the article" and is never taken for a placeholder); code blocks, images
and comments are dropped; list items keep a ``- `` marker and quotes a ``> ``
prefix, which the letter's structure understands. Something in angle brackets
that is not an HTML element, such as ``<Interviewer>`` or ``<Job Title>``, is
an unfilled template slot rather than markup: it is kept as written so the
pre-send check can find it.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.token import Token
from markdown_it.tree import SyntaxTreeNode

from letterlint.model import Origin
from letterlint.sources.html import html_to_text
from letterlint.sources.origin import align, masked

HTML_ELEMENTS = frozenset({
    "a", "abbr", "address", "area", "article", "aside", "audio", "b", "base", "bdi", "bdo",
    "blockquote", "body", "br", "button", "canvas", "caption", "center", "cite", "code", "col",
    "colgroup", "data", "datalist", "dd", "del", "details", "dfn", "dialog", "div", "dl", "dt",
    "em", "embed", "fieldset", "figcaption", "figure", "font", "footer", "form", "h1", "h2",
    "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "i", "iframe", "img",
    "input", "ins", "kbd", "label", "legend", "li", "link", "main", "map", "mark", "menu",
    "meta", "meter", "nav", "noscript", "object", "ol", "optgroup", "option", "output", "p",
    "param", "picture", "pre", "progress", "q", "rp", "rt", "ruby", "s", "samp", "script",
    "section", "select", "slot", "small", "source", "span", "strike", "strong", "style", "sub",
    "summary", "sup", "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead",
    "time", "title", "tr", "track", "tt", "u", "ul", "var", "video", "wbr",
})
_TAG = re.compile(r"^<(/?)([A-Za-z][\w-]*)([^<>]*?)(/?)>$")
_ATTRIBUTE = re.compile(r"""\s*[^\s=/>"']+(\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>`]+))?""")
_BLANK_LINES = re.compile(r"\n{3,}")
_LIST_ITEM = re.compile(r"^\s*(-|\d+\.)\s")


_HIDDEN_MARKDOWN = (
    re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL),
    re.compile(r"^ {0,3}(```|~~~).*?(?:^ {0,3}\1|\Z)", re.DOTALL | re.MULTILINE),
    re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)"),
    re.compile(r"\]\([^)\n]*\)"),
    re.compile(r"^ {0,3}\[[^\]\n]+\]:.*$", re.MULTILINE),
)
"""What in a Markdown file is never prose: comments, fenced code, images, link
targets and link reference definitions (HTML tags are masked one by one, since
``<Company>`` is a template slot, not markup)."""
_ANGLED = re.compile(r"<[^<>\n]*>")


def markdown_origin(text: str, source: str) -> Origin:
    """Where ``markdown_to_text(source)``'s characters are in ``source``."""
    tags = [match.span() for match in _ANGLED.finditer(source) if is_html_tag(match.group())]
    return align(text, source, masked(source, _HIDDEN_MARKDOWN, tags))


def markdown_to_text(source: str) -> str:
    """The prose of a Markdown document, blocks separated by blank lines."""
    parser = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    tokens = parser.parse(source)
    for token in tokens:
        if token.type == "inline":
            # Render inline markup flat, then drop its tokens: emphasis nested
            # thousands deep would otherwise nest the tree (and its recursion).
            token.content = _inline(token.children or [])
            token.children = []
    tree = SyntaxTreeNode(tokens)
    blocks = _blocks(tree)
    text = "\n\n".join(block for block in blocks if block.strip())
    lines = [_tidy(line) for line in text.split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip("\n") + "\n"


def _tidy(line: str) -> str:
    """Drop spaces left at a line's ends by removed markup; keep list indents."""
    line = line.rstrip()
    return line if _LIST_ITEM.match(line) else line.lstrip()


def is_html_tag(markup: str) -> bool:
    """Whether ``markup`` (one ``<…>``) is an HTML element's tag, not a template slot.

    Real tags are lowercase or all capitals (``<br>``, ``<P>``) and their
    attributes have values; ``<Address>``, ``<Job Title>`` and ``<name here>``
    are slots.
    """
    if markup.startswith("<!--"):
        return True
    match = _TAG.match(markup.strip())
    if not match:
        return False
    name, attributes = match.group(2), match.group(3)
    if name.lower() not in HTML_ELEMENTS or not (name.islower() or name.isupper()):
        return False
    rest = _ATTRIBUTE.sub(lambda found: "" if found.group(1) else "\0", attributes)
    return not rest.strip()


def _blocks(node: SyntaxTreeNode) -> list[str]:
    blocks: list[str] = []
    for child in node.children:
        kind = child.type
        if kind in ("paragraph", "heading"):
            blocks.append(_inline_of(child))
        elif kind in ("bullet_list", "ordered_list"):
            blocks.append(_list(child))
        elif kind == "blockquote":
            inner = "\n\n".join(_blocks(child))
            blocks.append("\n".join(f"> {line}" if line else ">" for line in inner.split("\n")))
        elif kind == "table":
            blocks.append(_table(child))
        elif kind == "html_block":
            blocks.append(_html_block(child.content))
        elif kind not in ("fence", "code_block", "hr"):
            blocks.extend(_blocks(child))
    return blocks


def _list(node: SyntaxTreeNode, depth: int = 0) -> str:
    lines = []
    for number, item in enumerate(node.children, start=1):
        marker = f"{number}." if node.type == "ordered_list" else "-"
        parts: list[str] = []
        nested: list[str] = []
        for child in item.children:
            if child.type in ("bullet_list", "ordered_list"):
                nested.append(_list(child, depth + 1))
            elif child.type in ("paragraph", "heading"):
                parts.append(_inline_of(child).replace("\n", " "))
            else:
                parts.extend(block.replace("\n", " ") for block in _blocks(child))
        lines.append("  " * depth + f"{marker} " + " ".join(parts))
        lines.extend(nested)
    return "\n".join(lines)


def _table(node: SyntaxTreeNode) -> str:
    rows = []
    for row in _descendants(node, "tr"):
        cells = [_inline_of(cell).strip() for cell in row.children]
        rows.append("  ".join(cell for cell in cells if cell))
    return "\n".join(row for row in rows if row)


def _descendants(node: SyntaxTreeNode, kind: str) -> list[SyntaxTreeNode]:
    found = []
    for child in node.children:
        if child.type == kind:
            found.append(child)
        else:
            found.extend(_descendants(child, kind))
    return found


def _html_block(content: str) -> str:
    first_tag = re.match(r"\s*(<[^<>]*>)", content)
    if first_tag and is_html_tag(first_tag.group(1)):
        return html_to_text(content).strip("\n")
    return content.strip("\n")


def _inline_of(block: SyntaxTreeNode) -> str:
    return "".join(child.content for child in block.children).strip()


def _inline(tokens: list[Token]) -> str:
    """An inline token stream as text: one pass, whatever the nesting."""
    texts = []
    for token in tokens:
        kind = token.type
        if kind in ("text", "code_inline"):
            texts.append(token.content)
        elif kind in ("softbreak", "hardbreak"):
            texts.append("\n")
        elif kind == "html_inline":
            markup = token.content
            if not is_html_tag(markup):
                texts.append(markup)
            elif re.match(r"<br\b", markup, re.IGNORECASE):
                texts.append("\n")
    return "".join(texts)
