"""One regression test per bug of issue 15 that is not a whole-file case in
test_hostile.py: each failed on 0.1.0."""

from __future__ import annotations

import contextlib
import http.server
import itertools
import json
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest

from letterlint import ConfigError, Linter, Status
from letterlint.checks.tone.check import normalise
from letterlint.letter.structure import Role, find_parts
from letterlint.registry import Registry
from letterlint.sources.read import read_bytes
from tests.fuzz import hostile


def test_tone_spans_survive_lowercasing_that_changes_length(linter: Linter) -> None:
    text = "Dear Ana,\n\nİİİİ İstanbul. İ still haven't heard back from you.\n\nBest,\nSam\n"
    assert len(normalise(text)) == len(text)
    report = linter.lint(text)
    spans = [f.span for f in report.findings if f.code == "LL402" and f.span is not None]
    assert spans, report.codes()
    assert "heard back" in spans[0].of(text)
    assert spans[0].of(text).startswith("İ still")


def test_spans_never_include_a_list_marker_or_trailing_space(linter: Linter) -> None:
    text = "Dear Ana,\n\n- \n- I still haven't heard back from you.   \n\nBest,\nSam\n"
    report = linter.lint(text)
    quoted = [f.span.of(text) for f in report.findings if f.span is not None]
    assert quoted
    for piece in quoted:
        assert not piece.startswith(("-", " ", "\n")) and piece == piece.rstrip(), piece


def test_a_bare_list_marker_is_never_quoted() -> None:
    """Found by the deep profile: a paragraph that is only "- " made LL101 quote "-"."""
    from letterlint.engine import tidy_span
    from letterlint.model import Span

    text = "Dear Ana,\n\n- \n\nBest,\nSam"
    tidied = tidy_span(Span(11, 12), text)
    assert tidied is not None and tidied.start == tidied.end
    assert tidy_span(Span(11, 14), "Dear Ana,\n\n- hi there") == Span(13, 14)


@pytest.mark.parametrize(
    ("check", "options", "expected"),
    [
        ("tone", {"allow": "sorry"}, "[tone] allow must be a list of strings"),
        # found by the deep profile: a table in a list of phrases crashed the tone check
        ("tone", {"allow": [{}]}, "[tone] allow must be a list of strings, not a list"),
        ("length", {"max_words": "many"}, "[length] max_words must be a whole number"),
        ("length", {"max_grade": True}, "[length] max_grade must be a number"),
        ("coverage", {"threshold": float("nan")}, "[coverage] threshold must be a number"),
        ("coverage", {"threshold": {"learned": "low"}}, "[coverage] threshold must be a number"),
        ("coverage", {"model_weight": {"tone": 0.2}}, "[coverage] model_weight must be a number"),
        # found by the deep profile: a negative limit crashed the length check
        ("length", {"max_paragraphs": -2},
         "[length] max_paragraphs must be a whole number of 0 or more, not -2"),
        ("tone", {"model_threshold": -0.5}, "[tone] model_threshold must be a number of 0 or more"),
    ],
)
def test_option_types_are_validated(check: str, options: dict[str, object], expected: str) -> None:
    with pytest.raises(ConfigError, match=expected.replace("[", r"\[").replace("]", r"\]")):
        Linter(**{check: options})


def test_a_negative_setting_is_allowed_where_the_default_is_negative(linter: Linter) -> None:
    report = linter.lint("Dear Ana,\n\nThanks.\n\nSam", tone={"lexicon_threshold": -0.9})
    assert report.check("tone") is not None


@pytest.mark.parametrize(
    "text",
    [
        "0\n@\n\n>\n\n0",  # found by the third deep run: a signature spanned a quote
        "Thanks for the chat.\n\nBest,\nAnn\n\n> your note\n\nAnn Smith\nann@example.com\n",
    ],
)
def test_a_quoted_block_inside_a_sign_off_splits_it(text: str) -> None:
    parts = find_parts(text)
    for before, after in itertools.pairwise(parts):
        assert before.span.end <= after.span.start, (before, after)
    quoted = [part for part in parts if part.role is Role.QUOTED]
    assert quoted and all(part.span.of(text).startswith(">") for part in quoted)
    assert any(part.role is Role.SIGNATURE and part.span.start > quoted[0].span.end
               for part in parts)


def test_catastrophic_user_patterns_are_linear(linter: Linter) -> None:
    cue = {"code": "LL401", "pattern": "(a+)+$"}
    text = "Dear Ana,\n\n" + "a" * 50_000 + "b\n\nBest,\nSam\n"
    started = time.monotonic()
    linter.lint(text, tone={"extra_cues": [cue]})
    assert time.monotonic() - started < 60, "RE2 matches in linear time"
    with pytest.raises(ConfigError, match="RE2 cannot use this pattern"):
        linter.lint(text, tone={"extra_cues": [{"code": "LL401", "pattern": "(a)\\1"}]})


def test_wildcard_phrases_compile_in_bounded_time(linter: Linter) -> None:
    started = time.monotonic()
    with contextlib.suppress(ConfigError):
        linter.lint(hostile.LETTER, phrasing={"extra_phrases": [" ... ".join(["very"] * 40)]})
    assert time.monotonic() - started < 60


def test_email_limits_are_one_sentence() -> None:
    from letterlint import InputError

    for data, message in (
        (hostile.nested_mime(60), "nests more than 50 multipart sections"),
        (hostile.encoded_words(2000), "more than 1000 encoded header words"),
    ):
        with pytest.raises(InputError, match=message):
            read_bytes(data, "letter.eml")
    assert "thank you" in read_bytes(hostile.nested_mime(3), "letter.eml").text


# --- LanguageTool faults: a stub server, named as such, stands in for a broken one ---------

Handler = Callable[[http.server.BaseHTTPRequestHandler], None]


@contextmanager
def stub_languagetool_server(answer_check: Handler) -> Iterator[str]:
    """A stub LanguageTool that lists languages properly but answers /v2/check
    with ``answer_check`` (a fault the real server could show)."""

    class StubHandler(http.server.BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:  # /v2/languages
            body = json.dumps([{"name": "English", "code": "en", "longCode": "en-US"}]).encode()
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                answer_check(self)

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), StubHandler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def _trickle(handler: http.server.BaseHTTPRequestHandler) -> None:
    handler.send_response(200)
    handler.end_headers()
    for _ in range(200):
        handler.wfile.write(b" ")
        handler.wfile.flush()
        time.sleep(0.2)


def _endless(handler: http.server.BaseHTTPRequestHandler) -> None:
    handler.send_response(200)
    handler.end_headers()
    chunk = b" " * 65536
    for _ in range(2000):  # 128 MB, far past the cap
        handler.wfile.write(chunk)


def _answer(body: bytes) -> Handler:
    def answer(handler: http.server.BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    return answer


@pytest.mark.parametrize(
    ("fault", "reason"),
    [
        (_trickle, "no answer in time"),
        (_endless, "over 16 MB"),
        (_answer(b"[1, 2]"), "unexpected document"),
        (_answer(b'{"matches": [{"offset": 1, "length": 2, "rule": "x"}]}'), "unexpected"),
        (_answer(b'{"matches": 5}'), "unexpected document"),
        (_answer(b"not json"), "did not answer with JSON"),
    ],
)
def test_languagetool_faults_skip_the_grammar_check(
    pipeline: object, fault: Handler, reason: str
) -> None:
    with stub_languagetool_server(fault) as url:
        started = time.monotonic()
        with Linter(
            registry=Registry.default(), pipeline=pipeline,  # type: ignore[arg-type]
            languagetool=url, grammar={"request_timeout": 1.0},
        ) as linter:
            report = linter.lint(hostile.LETTER)
        elapsed = time.monotonic() - started
    grammar = report.check("grammar")
    assert grammar is not None and grammar.status is Status.SKIPPED, grammar
    assert reason in (grammar.reason or ""), grammar.reason
    assert elapsed < 60, "one deadline for the whole request"
