"""Property tests: whatever the input, letterlint answers with a sound report or
one of its own errors (InputError, ConfigError), never anything else.

Profiles (tests/conftest.py): ``ci`` (derandomized, the default) and ``deep``
(``pytest tests/fuzz --hypothesis-profile=deep``, ten times the examples)."""

from __future__ import annotations

import contextlib
import io
import json
import tempfile
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from letterlint import Config, ConfigError, InputError, Linter
from letterlint.cli import lint as cli_lint
from letterlint.cli.main import main
from letterlint.config import load_config
from letterlint.formatters.text import _window
from letterlint.letter.nlp import Pipeline
from letterlint.letter.structure import find_parts
from letterlint.sources.read import read_bytes
from tests.conftest import examples
from tests.fuzz import strategies
from tests.fuzz.invariants import check_outputs, check_report, check_span


def _lint_checked(
    linter: Linter, letter: Any, config: Config | None = None, **options: Any
) -> None:
    first = linter.lint(letter, config, **options)
    check_report(first)
    document = check_outputs([first])
    again = check_outputs([linter.lint(letter, config, **options)])
    assert json.dumps(document) == json.dumps(again), "same input, same JSON"


@settings(max_examples=examples(150, cheap=False))
@given(text=st.text(max_size=500))
def test_arbitrary_unicode(linter: Linter, text: str) -> None:
    _lint_checked(linter, text)


@settings(max_examples=examples(150, cheap=False))
@given(text=strategies.letters())
def test_letters_from_parts(linter: Linter, text: str) -> None:
    _lint_checked(linter, text)


@settings(max_examples=examples(150, cheap=False))
@given(text=strategies.mutated_corpus_letters())
def test_mutated_corpus_letters(linter: Linter, text: str) -> None:
    _lint_checked(linter, text)


@settings(max_examples=examples(3000, cheap=True))
@given(
    text=st.one_of(st.text(max_size=600), strategies.letters(), strategies.mutated_corpus_letters())
)
def test_layout_parts_are_ordered_and_inside_the_text(text: str) -> None:
    """The layout parser alone, much faster, so it sees many more examples."""
    parts = find_parts(text)
    previous_end = 0
    for part in parts:
        check_span(text, part.span.start, part.span.end, str(part.role))
        assert part.span.start >= previous_end, "parts do not overlap and come in order"
        previous_end = part.span.end
        for gap in part.gaps:
            assert part.span.contains(gap) and gap.start < gap.end, "a gap lies inside its part"
        assert "".join(piece.of(text) for piece in part.pieces()).strip() or not part.gaps
    assert parts == find_parts(text), "deterministic"


@settings(max_examples=examples(120, cheap=False))
@given(file=strategies.input_files())
def test_every_input_format(linter: Linter, file: tuple[str, bytes]) -> None:
    name, data = file
    try:
        source = read_bytes(data, name)
    except InputError as error:
        assert "\n" not in str(error) and str(error).endswith("."), str(error)
        return
    _lint_checked(linter, source)


@settings(max_examples=examples(100, cheap=False))
@given(text=strategies.letters(), data=st.data())
def test_context_and_option_values(linter: Linter, text: str, data: st.DataObject) -> None:
    options: dict[str, Any] = {}
    for key in data.draw(
        st.lists(st.sampled_from(sorted(strategies.TOP_LEVEL_VALUES)), unique=True, max_size=3)
    ):
        options[key.replace("-", "_")] = data.draw(strategies.TOP_LEVEL_VALUES[key])
    check = data.draw(st.sampled_from(sorted(strategies.CHECK_OPTIONS)))
    option = data.draw(st.sampled_from(strategies.CHECK_OPTIONS[check]))
    options[check] = {option: data.draw(strategies.OPTION_VALUES)}
    try:
        config = Config().with_options(**options)
        linter.registry.validate(config)
    except ConfigError as error:
        assert "\n" not in str(error), str(error)
        return
    try:
        _lint_checked(linter, text, **options)
    except ConfigError as error:  # a pattern only the check can judge (extra_cues, ...)
        assert "\n" not in str(error), str(error)


@settings(max_examples=examples(60, cheap=False))
@given(data=strategies.config_files(), text=strategies.letters())
def test_config_files(linter: Linter, data: bytes, text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "letterlint.toml"
        path.write_bytes(data)
        try:
            config = load_config(path)
            linter.registry.validate(config)
        except ConfigError as error:
            assert "\n" not in str(error).strip(), str(error)
            return
        try:
            _lint_checked(linter, text, config)
        except ConfigError as error:
            assert "\n" not in str(error), str(error)


@settings(max_examples=examples(40, cheap=False))
@given(file=strategies.input_files(), json_format=st.sampled_from(("json", "sarif")))
def test_cli_json(pipeline: Pipeline, file: tuple[str, bytes], json_format: str) -> None:
    """Through the command line, in process, with the session's spaCy pipeline."""
    name, data = file

    def linter_with_pipeline(*args: Any, **kwargs: Any) -> Linter:
        return Linter(*args, pipeline=pipeline, **kwargs)

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        stdout, stderr = io.StringIO(), io.StringIO()
        with (
            mock.patch.object(cli_lint, "Linter", linter_with_pipeline),
            contextlib.redirect_stdout(stdout),
            contextlib.redirect_stderr(stderr),
        ):
            status = main(["--isolated", "--ignore", "LL5", "--format", json_format, str(path)])
    assert status in (0, 1, 2), status
    assert "Traceback" not in stderr.getvalue()
    document = json.loads(stdout.getvalue())
    if status == 2:
        assert stderr.getvalue().startswith("letterlint: error: "), stderr.getvalue()
        assert len(stderr.getvalue().strip().splitlines()) == 1
    if json_format == "json":
        for report in document["files"]:
            text = report["text"] if "text" in report else read_bytes(data, name).text
            for finding in report["findings"]:
                if finding["start"] is not None:
                    assert finding["text"] == text[finding["start"] : finding["end"]]


@pytest.fixture(scope="module", autouse=True)
def _warm(linter: Linter) -> None:
    linter.lint("Dear Ana,\n\nThank you.\n\nBest,\nSam\n")


@settings(max_examples=examples(1000, cheap=True))
@given(file=strategies.input_files())
def test_reading_every_format(file: tuple[str, bytes]) -> None:
    """Reading alone (no linting): a Source whose text is a str, or one InputError."""
    name, data = file
    try:
        source = read_bytes(data, name)
    except InputError as error:
        assert "\n" not in str(error) and str(error).endswith("."), str(error)
        return
    assert isinstance(source.text, str)


@settings(max_examples=examples(800, cheap=True))
@given(data=strategies.config_files())
def test_reading_config_files(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "letterlint.toml"
        path.write_bytes(data)
        try:
            load_config(path)
        except ConfigError as error:
            assert "\n" not in str(error).strip(), str(error)


@settings(max_examples=examples(500, cheap=True))
@given(
    line=st.text(max_size=300),
    start=st.integers(-5, 320),
    length=st.integers(-5, 320),
    width=st.integers(10, 200),
)
def test_the_text_window_fits_and_keeps_the_marked_words(
    line: str, start: int, length: int, width: int
) -> None:
    """Whatever the line, span and width: the window fits the width when the line does
    not, is the line itself when it does, shows only the line's own characters between
    its cut marks, and marks a prefix of the marked words (all of them when they fit)."""
    before, words, after = _window(line, start, start + length, width)
    shown = before + words + after
    if cell_len(line) <= width:
        assert shown == line
    else:
        assert cell_len(shown) <= width
    assert shown.removeprefix("…").removesuffix("…") in line
    begin = min(max(0, start), len(line))
    marked = line[begin : min(max(begin, start + length), len(line))]
    assert marked.startswith(words)
    if cell_len(marked) <= width - 2:
        assert words == marked
