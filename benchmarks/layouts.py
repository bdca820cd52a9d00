"""How letterlint's reading of labelled letters holds when the same letters are laid
out as people paste them: hard-wrapped, CRLF, one paragraph, greeting inline, on one
line, as HTML, as an e-mail.

    .venv/bin/python benchmarks/layouts.py corpus/heldout/set21 corpus/heldout/set22

For each layout it prints the labelled stock phrases found, the three points read as
labelled, the labelled negative phrases found and the bad-toned letters flagged. A
layout that reads worse than the letters as written is a parsing gap.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
import tempfile
import textwrap
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from letterlint import Linter, Report  # noqa: E402
from letterlint.sources.read import read_path  # noqa: E402

sys.path.insert(0, str(ROOT / "benchmarks"))
from accuracy import Interval, SpanScore, _check_spans  # noqa: E402

_GREETING = re.compile(r"(Dear|Hi|Hello|Hey|Good (morning|afternoon|evening)|Respected)\b")
_POINTS = ("interest", "standout", "learned")


def _paragraphs(text: str) -> list[str]:
    return re.split(r"\n\s*\n", text.strip())


def _wrapped(text: str) -> str:
    return "\n\n".join(
        "\n".join(textwrap.wrap(p, 60)) if len(p) > 60 else p for p in _paragraphs(text)
    ) + "\n"


def _greeting_index(paragraphs: list[str]) -> int | None:
    return next(
        (i for i, p in enumerate(paragraphs) if _GREETING.match(p) and len(p.split()) <= 6), None
    )


def _body_run_on(text: str, inline_greeting: bool) -> str:
    """The body as one paragraph; with ``inline_greeting`` on the greeting's line."""
    paragraphs = _paragraphs(text)
    greeting = _greeting_index(paragraphs)
    if greeting is None:
        return text
    end = len(paragraphs)
    while (end > greeting + 2 and len(paragraphs[end - 1].split()) <= 8
           and not paragraphs[end - 1].rstrip().endswith(".")):
        end -= 1  # the sign-off and signature stay below
    body = " ".join(p.replace("\n", " ") for p in paragraphs[greeting + 1 : end])
    opening = paragraphs[greeting] + (" " if inline_greeting else "\n\n") + body
    return "\n\n".join([*paragraphs[:greeting], opening, *paragraphs[end:]]) + "\n"


def _one_line(text: str) -> str:
    """Every line break gone, a subject line or letterhead run into the greeting too."""
    return " ".join(p.replace("\n", " ") for p in _paragraphs(text)) + "\n"


def _html(text: str) -> str:
    paragraphs = "".join(
        f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in _paragraphs(text)
    )
    return f"<html><body>{paragraphs}</body></html>"


def _email(text: str) -> bytes:
    message = EmailMessage()
    message["From"] = "sam@example.com"
    message["To"] = "dana@example.com"
    message["Subject"] = "Thank you"
    message.set_content(text)
    return message.as_bytes()


@dataclass(frozen=True)
class Layout:
    name: str
    suffix: str
    render: Callable[[str], str | bytes]


LAYOUTS = (
    Layout("as written", ".txt", lambda text: text),
    Layout("single newlines", ".txt", lambda text: "\n".join(_paragraphs(text)) + "\n"),
    Layout("hard-wrapped", ".txt", _wrapped),
    Layout("hard-wrapped CRLF", ".txt", lambda text: _wrapped(text).replace("\n", "\r\n")),
    Layout("two spaces", ".txt", lambda text: re.sub(r"([.!?]) (?=[A-Z])", r"\1  ", text)),
    Layout("body one paragraph", ".txt", lambda text: _body_run_on(text, False)),
    Layout("greeting inline", ".txt", lambda text: _body_run_on(text, True)),
    Layout("one line", ".txt", _one_line),
    Layout("HTML", ".html", _html),
    Layout("e-mail", ".eml", _email),
    Layout("Markdown", ".md", lambda text: text),
)


@dataclass
class Tally:
    stock: SpanScore = field(default_factory=SpanScore)
    negative: SpanScore = field(default_factory=SpanScore)
    points_right: int = 0
    points: int = 0
    flagged: int = 0
    bad_toned: int = 0

    def add(self, name: str, report: Report, labels: dict[str, Any]) -> None:
        for score, check, field_name in (
            (self.stock, "phrasing", "robotic_phrases"), (self.negative, "tone", "negative_phrases")
        ):
            located = (_locate(report.text, phrase) for phrase in labels[field_name])
            score.add(name, report.text, [where for where in located if where],
                      _check_spans(report, check))
        for point in _POINTS:
            self.points += 1
            self.points_right += report.points[point].covered == labels[f"covers_{point}"]
        if labels["negative_phrases"]:
            self.bad_toned += 1
            self.flagged += any(f.check == "tone" for f in report.findings)


def _locate(text: str, phrase: str) -> Interval | None:
    """Where a labelled phrase is in a re-laid-out letter: its words, any spacing."""
    words = phrase.split()
    match = re.search(r"\s+".join(map(re.escape, words)), text) if words else None
    return (match.start(), match.end()) if match else None


def measure(folders: Sequence[Path]) -> dict[str, Tally]:
    tallies = {layout.name: Tally() for layout in LAYOUTS}
    with Linter() as linter, tempfile.TemporaryDirectory() as scratch:
        for folder in folders:
            for path in sorted(folder.glob("*.txt")):
                labels = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
                text = path.read_text(encoding="utf-8")
                for layout in LAYOUTS:
                    copy = Path(scratch) / f"letter{layout.suffix}"
                    rendered = layout.render(text)
                    if isinstance(rendered, bytes):
                        copy.write_bytes(rendered)
                    else:
                        copy.write_text(rendered, encoding="utf-8", newline="")
                    tallies[layout.name].add(path.name, linter.lint(read_path(copy)), labels)
    return tallies


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="+", type=Path, help="folders of labelled letters")
    args = parser.parse_args(argv)
    tallies = measure(args.folders)
    print(f"{'layout':20} {'stock found':>12} {'points right':>13} {'negative found':>15} "
          f"{'bad letters flagged':>20}")
    for name, t in tallies.items():
        stock, negative = t.stock, t.negative
        print(f"{name:20} {stock.found_labels:>5}/{stock.labels:<6} "
              f"{t.points_right:>6}/{t.points:<6} {negative.found_labels:>7}/{negative.labels:<7} "
              f"{t.flagged:>10}/{t.bad_toned:<9}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
