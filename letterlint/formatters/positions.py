"""Line and column from character offsets, worked out only when reporting."""

from __future__ import annotations

import bisect
import re

from letterlint.model import Finding, Report, Span


class LineIndex:
    """1-based line and column of offsets in one text; CRLF counts as one break."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0] + [match.end() for match in re.finditer(r"\r\n|\n|\r", text)]

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1

    def line_text(self, line: int) -> str:
        start = self.starts[line - 1]
        end = self.starts[line] if line < len(self.starts) else len(self.text)
        return self.text[start:end].rstrip("\r\n")


Region = tuple[int, int, int, int]
"""Line, column, end line and end column (exclusive), 1-based."""


class FilePositions:
    """Where a report's findings are in the file the user opened: the checked
    text's own lines for a plain-text letter, through the report's ``origin`` for
    one extracted from Markdown, HTML, an email or a Word document."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self.origin = report.origin
        self.text_index = LineIndex(report.text)

    def region(self, finding: Finding) -> Region | None:
        """The finding's words in the file; None for a whole-letter finding (an
        email header's finding is on that header's line)."""
        if finding.span is None:
            header = finding.metadata.get("header")
            if self.origin is not None and isinstance(header, str):
                place = self.origin.headers.get(header)
                if place is not None:
                    line, column, end_column = place
                    # the words the finding quotes, where the header shows them as written
                    quoted = finding.metadata.get("header_text")
                    value = self.origin.lines.get(line, "")[column - 1 : end_column - 1]
                    if isinstance(quoted, str) and quoted and quoted in value:
                        found = column + value.index(quoted)
                        return line, found, line, found + len(quoted)
                    return line, column, line, end_column
            return None
        if self.origin is not None:
            return self.origin.region(finding.span)
        return self.text_region(finding.span)

    def text_region(self, span: Span) -> Region:
        """A span's place in the checked text (what JSON's ``line`` and ``column`` say)."""
        line, column = self.text_index.position(span.start)
        end_line, end_column = self.text_index.position(span.end)
        return line, column, end_line, end_column

    def line_text(self, line: int) -> str | None:
        """The file's line (a Word document's paragraph), for showing it."""
        if self.origin is None:
            return self.text_index.line_text(line)
        return self.origin.lines.get(line)
