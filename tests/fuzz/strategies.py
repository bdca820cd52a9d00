"""Hypothesis strategies for letters: arbitrary Unicode, letters assembled from
parts, mutated corpus letters, each input format, config files and option values."""

from __future__ import annotations

import io
from email.message import EmailMessage
from functools import cache
from pathlib import Path

from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent.parent
CORPUS_FOLDERS = (ROOT / "corpus" / "letters", ROOT / "corpus" / "real" / "dev")

# --- pieces of letters ------------------------------------------------------------

GREETINGS = (
    "Dear Ana,",
    "Hi Sam,",
    "Hello Dr. Okafor,",
    "Dear Hiring Manager,",
    "Dear Sir or Madam,",
    "Dear [Interviewer],",
    "Hi {{name}},",
    "Dear İlkay,",
    "Ms. Straße,",
    "Dear ﬁona,",
    "",
)
SIGN_OFFS = (
    "Best,\nSam",
    "Best regards,\nSam Ortiz",
    "Thanks!\n—Sam",
    "Sincerely,\n\nSam\nsam@example.com",
    "Kind regards\nSam",
    "Cheers",
    "",
)
STOCK = (
    "I am writing to express my sincere gratitude for the opportunity.",
    "Please do not hesitate to contact me at your earliest convenience.",
    "Please find attached my portfolio.",
    "I would like to utilize my skills at your esteemed organization.",
    "Thank you for taking the time to meet with me today.",
    "I enjoyed learning about the data platform migration you described.",
    "I led the move of our billing system to Postgres, cutting costs by 30%.",
    "I am very excited about the analyst role at Acme.",
)
HOSTILE = (
    "I still haven't heard back from you.",
    "As I said in my last email, I assume you forgot.",
    "Despite the interview starting late, it went well.",
    "I'm so sorry, sorry, sorry for bothering you.",
    "I need an answer by Friday or I will take another offer.",
    "Please, I really need this job, I'm begging you.",
    "Cheers mate, let's grab a beer lol.",
    "ı İ ß ẞ ﬁ ﬂ ǅ ŉ ΐ İstanbul STRASSE.",
)
SYMBOLS = (
    "😀",
    "👍🏽",
    "👨‍👩‍👧",
    "…",
    "—",
    "“",
    "”",
    "’",
    "\u200b",
    "\u200f",
    "\u202e",
    "\u0301",
    "שלום",
    "مرحبا",
    "\t",
    "\r\n",
    "\r",
    "\u2028",
    "\x0c",
    "!!!",
    "???",
    "...",
    "* * *",
    "> ",
    "- ",
)
PLACEHOLDERS = ("[Company]", "{{position}}", "<Job Title>", "XX", "[insert detail]", "__________")


def _sentence() -> st.SearchStrategy[str]:
    words = st.lists(
        st.sampled_from(
            (
                "the",
                "team",
                "role",
                "I",
                "really",
                "loved",
                "Acme",
                "project",
                "İ",
                "ß",
                "data",
                "you",
                "said",
                "lol",
                "2026-03-02",
                "$5,000",
            )
        ),
        min_size=1,
        max_size=12,
    ).map(" ".join)
    mixed = st.tuples(words, st.sampled_from(SYMBOLS + PLACEHOLDERS), words).map(" ".join)
    return st.one_of(
        st.sampled_from(STOCK),
        st.sampled_from(HOSTILE),
        words.map(lambda w: w + "."),
        mixed,
        st.text(max_size=40),
    )


def _paragraph() -> st.SearchStrategy[str]:
    sentences = st.lists(_sentence(), min_size=1, max_size=5).map(" ".join)
    bullets = st.lists(_sentence(), min_size=1, max_size=6).map(
        lambda items: "\n".join(f"- {item}" for item in items)
    )
    numbered = st.lists(_sentence(), min_size=1, max_size=4).map(
        lambda items: "\n".join(f"{n}. {item}" for n, item in enumerate(items, 1))
    )
    quoted = st.lists(_sentence(), min_size=1, max_size=4).map(
        lambda items: "\n".join(f"> {item}" for item in items)
    )
    return st.one_of(sentences, sentences, bullets, numbered, quoted)


@st.composite
def letters(draw: st.DrawFn) -> str:
    """Greeting, paragraphs and sign-off assembled from parts."""
    greeting = draw(st.sampled_from(GREETINGS))
    body = draw(st.lists(_paragraph(), min_size=0, max_size=6))
    sign_off = draw(st.sampled_from(SIGN_OFFS))
    gap = draw(st.sampled_from(("\n\n", "\n", "\r\n\r\n", "\n\n\n", "\n \n")))
    text = gap.join(part for part in (greeting, *body, sign_off) if part)
    return text + draw(st.sampled_from(("", "\n", "\n\n", " ")))


@cache
def corpus_letters() -> tuple[str, ...]:
    return tuple(
        path.read_text("utf-8")
        for folder in CORPUS_FOLDERS
        for path in sorted(folder.glob("*.txt"))
    )


FURNITURE = (
    "Page 1 of 2",
    "Thank-you letter – 3 December 2026                Page 2",
    "Page 2\tM. Bellamy",
    "- 2 -",
    "🍳🔥",
    "Date: 02.12.2026",
    "Place: Jaipur",
    "~ ~ ~",
)
"""Lines a PDF copy or a signature puts among a letter's own: page numbers and running
headers, emoji, an Indian letter's date and place."""


@st.composite
def mutated_corpus_letters(draw: st.DrawFn) -> str:
    """A real letter with lines inserted, deleted, duplicated or swapped."""
    lines = draw(st.sampled_from(corpus_letters())).split("\n")
    for _ in range(draw(st.integers(0, 6))):
        at = draw(st.integers(0, max(len(lines) - 1, 0)))
        action = draw(st.sampled_from(("insert", "delete", "duplicate", "swap", "edit")))
        if action == "insert":
            lines.insert(at, draw(st.one_of(
                _sentence(), _paragraph(), st.just(""), st.sampled_from(FURNITURE)
            )))
        elif action == "delete" and lines:
            del lines[at]
        elif action == "duplicate" and lines:
            lines.insert(at, lines[at])
        elif action == "swap" and len(lines) > 1:
            other = draw(st.integers(0, len(lines) - 1))
            lines[at], lines[other] = lines[other], lines[at]
        elif action == "edit" and lines:
            line = lines[at]
            cut = draw(st.integers(0, len(line)))
            lines[at] = line[:cut] + draw(st.sampled_from(SYMBOLS + PLACEHOLDERS)) + line[cut:]
    return "\n".join(lines)


def any_letter() -> st.SearchStrategy[str]:
    return st.one_of(st.text(max_size=400), letters(), mutated_corpus_letters())


# --- input formats ------------------------------------------------------------------


def _escape_html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@st.composite
def html_files(draw: st.DrawFn) -> bytes:
    paragraphs = draw(letters()).split("\n\n")
    tags = ("p", "div", "blockquote", "li", "span", "b", "td", "pre", "h1")
    chunks = []
    for paragraph in paragraphs:
        tag = draw(st.sampled_from(tags))
        depth = draw(st.integers(0, 3))
        inner = _escape_html(paragraph).replace(
            "\n", draw(st.sampled_from(("<br>", "\n", "</div><div>")))
        )
        chunks.append(f"<{tag}>" + "<div>" * depth + inner + "</div>" * depth + f"</{tag}>")
    markup = "".join(chunks)
    if draw(st.booleans()):
        markup = f"<html><head><style>p{{}}</style></head><body>{markup}</body></html>"
    if draw(st.booleans()):  # unbalanced or raw tags
        markup += draw(
            st.sampled_from(("<ul><li>", "</p></p>", "<script>x", "<!--", "<br/>", "&#0;"))
        )
    return markup.encode("utf-8")


@st.composite
def markdown_files(draw: st.DrawFn) -> bytes:
    paragraphs = draw(letters()).split("\n\n")
    decorated = []
    for paragraph in paragraphs:
        style = draw(st.sampled_from(("", "**", "*", "_", "`", "# ", "> ", "- ", "[", "<b>")))
        if style in ("# ", "> ", "- "):
            decorated.append(style + paragraph)
        elif style == "[":
            decorated.append(f"[{paragraph}](https://example.com/a)")
        elif style == "<b>":
            decorated.append(f"<b>{paragraph}</b> <Job Title>")
        else:
            decorated.append(style + paragraph + style)
    return "\n\n".join(decorated).encode("utf-8")


@st.composite
def email_files(draw: st.DrawFn) -> bytes:
    message = EmailMessage()
    message["From"] = draw(
        st.sampled_from(("Sam Ortiz <sam@example.com>", "=?utf-8?q?S=C3=A1m?= <s@x.io>"))
    )
    message["To"] = "Elena Alvarez <elena@example.com>"
    subject = draw(
        st.one_of(
            st.sampled_from(("Thank you", "Following up", "Still waiting?!")),
            st.text(max_size=30).filter(lambda s: "\n" not in s and "\r" not in s),
        )
    )
    try:
        message["Subject"] = subject
    except (ValueError, TypeError):
        message["Subject"] = "Thank you"
    message["Date"] = "Tue, 03 Mar 2026 17:05:00 -0500"
    body = draw(letters())
    message.set_content(body, cte=draw(st.sampled_from(("8bit", "quoted-printable", "base64"))))
    if draw(st.booleans()):
        message.add_alternative(
            "<p>" + _escape_html(body).replace("\n", "<br>") + "</p>", subtype="html"
        )
    if draw(st.booleans()):
        message.add_attachment(
            b"%PDF-1.4 portfolio",
            maintype="application",
            subtype="pdf",
            filename=draw(st.sampled_from(("portfolio.pdf", "résumé.pdf"))),
        )
    return message.as_bytes()


@st.composite
def docx_files(draw: st.DrawFn) -> bytes:
    from docx import Document

    document = Document()
    for paragraph in draw(letters()).split("\n\n"):
        clean = "".join(
            char for char in paragraph if char in "\t\n" or (ord(char) >= 32 and char != "\x7f")
        )
        clean = "".join(
            char
            for char in clean
            if not 0xD800 <= ord(char) <= 0xDFFF and ord(char) not in (0xFFFE, 0xFFFF)
        )
        style = draw(st.sampled_from((None, "List Bullet", "Heading 1")))
        document.add_paragraph(clean, style=style)
    if draw(st.booleans()):
        table = document.add_table(rows=2, cols=2)
        table.cell(0, 0).text = "Sam Ortiz"
        table.cell(1, 1).text = draw(st.sampled_from(STOCK))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def input_files() -> st.SearchStrategy[tuple[str, bytes]]:
    """(file name, bytes) in every format letterlint reads."""
    text = any_letter().map(lambda letter: ("letter.txt", letter.encode("utf-8")))
    raw = st.binary(max_size=300).map(lambda data: ("letter.txt", data))
    return st.one_of(
        text,
        raw,
        st.tuples(st.just("letter.md"), markdown_files()),
        st.tuples(st.just("letter.html"), html_files()),
        st.tuples(st.just("letter.eml"), email_files()),
        st.tuples(st.just("letter.docx"), docx_files()),
        st.tuples(
            st.sampled_from(("letter.eml", "letter.docx", "letter.html", "letter.md")),
            st.binary(max_size=300),
        ),
    )


# --- config -------------------------------------------------------------------------

OPTION_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**6), 10**6),
    st.floats(allow_nan=True),
    st.text(max_size=20),
    st.lists(st.text(max_size=10), max_size=3),
    st.lists(
        st.dictionaries(
            st.sampled_from(("code", "pattern", "requires", "id", "message")),
            st.sampled_from(
                ("LL401", "(a+)+$", "sorry", "...", "x{1000}{1000}", "[", "not ... at all")
            ),
            max_size=3,
        ),
        max_size=2,
    ),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
)
CHECK_OPTIONS = {
    "length": ("max_paragraphs", "max_words", "min_words", "max_grade", "max_sentence_words"),
    "coverage": ("threshold",),
    "phrasing": ("extra_phrases", "allow", "i_openers_min", "i_openers_share"),
    "tone": ("extra_cues", "allow"),
    "presend": ("placeholders",),
    "nosuch": ("x",),
}
TOP_LEVEL_VALUES = {
    "kind": st.sampled_from(("thank-you", "follow-up", "auto", "other", 3)),
    "select": st.one_of(
        st.sampled_from(("LL1", "LL401,LL3", "tone", "LL999", "")),
        st.lists(st.text(max_size=6), max_size=2),
    ),
    "ignore": st.sampled_from(("LL5", ["LL5", "LL6"], "stock-phrase", 7)),
    "fail-on": st.sampled_from(("error", "warning", "never", "fatal", True)),
    "fail-under": st.one_of(st.integers(-5, 105), st.floats(allow_nan=True), st.text(max_size=3)),
    "interview-date": st.one_of(
        st.sampled_from(
            (
                "2026-03-02",
                "2026-03-02T10:00",
                "9999-12-31",
                "0001-01-01",
                "2026-03-02T10:00+05:00",
                "1969-12-31",
                "2201-01-01",
                "nope",
            )
        ),
        st.dates().map(str),
    ),
    "deadline": st.one_of(
        st.sampled_from(("2026-03-09", "2026-02-01", "9999-12-31", "x")), st.dates().map(str)
    ),
    "sent": st.sampled_from(
        ("2026-03-03T09:00", "2026-03-03T09:00Z", "9999-12-31T23:59", "2026-03-01")
    ),
    "told": st.sampled_from(("a few days", "by Friday", "next week", "whenever", "")),
}


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        text = repr(value)
        return {"nan": "nan", "inf": "inf", "-inf": "-inf"}.get(text, text)
    if isinstance(value, str):
        escaped = "".join(
            char if char.isprintable() and char not in '"\\' else f"\\u{ord(char):04x}"
            for char in value
            if not 0xD800 <= ord(char) <= 0xDFFF
        )
        return f'"{escaped}"'
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(item) for item in value) + "]"
    if isinstance(value, dict):
        return (
            "{"
            + ", ".join(f"{_toml_value(str(k))} = {_toml_value(v)}" for k, v in value.items())
            + "}"
        )
    raise TypeError(type(value))


@st.composite
def config_files(draw: st.DrawFn) -> bytes:
    """A letterlint.toml: well-formed settings of any value, or broken TOML."""
    lines = []
    for key in draw(st.lists(st.sampled_from(sorted(TOP_LEVEL_VALUES)), unique=True, max_size=4)):
        lines.append(f"{key} = {_toml_value(draw(TOP_LEVEL_VALUES[key]))}")
    for check in draw(st.lists(st.sampled_from(sorted(CHECK_OPTIONS)), unique=True, max_size=2)):
        lines.append(f"[{check}]")
        for option in draw(
            st.lists(st.sampled_from(CHECK_OPTIONS[check]), unique=True, max_size=2)
        ):
            value = draw(OPTION_VALUES)
            if value is not None:
                lines.append(f"{option} = {_toml_value(value)}")
    text = "\n".join(lines) + "\n"
    data = text.encode("utf-8")
    broken = draw(st.sampled_from(("", "cut", "garbage", "latin1", "deep")))
    if broken == "cut":
        data = data[: draw(st.integers(0, len(data)))]
    elif broken == "garbage":
        data += draw(st.binary(max_size=40))
    elif broken == "latin1":
        data += b"# caf\xe9\n"
    elif broken == "deep":
        depth = draw(st.integers(1, 3000))
        data += b"x = " + b"[" * depth + b"]" * depth + b"\n"
    return data
