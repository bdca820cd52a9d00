"""The prefilter of the tone cues (``checks/tone/prefilter.py``): it may name a
cue that then does not match, never leave out one that does."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from letterlint.automaton import relax
from letterlint.checks.tone.check import ToneCheck, build_cues, normalise
from letterlint.checks.tone.prefilter import CueFilter
from tests.conftest import examples

CHECK = ToneCheck()
CUES = CHECK.cues
FILTER = CHECK.cue_filter  # the built-in cues' kept automaton

# Words from the cues, with the characters where Python and RE2 read classes
# differently: non-ASCII letters and digits, non-breaking and wide spaces, a final
# newline, apostrophes of both kinds.
_PIECES = st.sampled_from([
    "i'm", "so", "sorry", "still", "haven't", "heard", "back", "despite", "late",
    "as", "i", "said", "in", "my", "last", "email", "need", "this", "job", "lol",
    "frankly", "disappointed", "per", "previous", "xx", "é", "ü", "٣", "x", "2",
    "\u00a0", "\u2003", " ", "\n", "’", ".", "!", ",", "\U00010d30", "İ", "ı",
])
_TEXTS = st.one_of(st.lists(_PIECES, max_size=30).map("".join),
                   st.lists(_PIECES, max_size=20).map(" ".join), st.text(max_size=80))


@settings(max_examples=examples(300, cheap=True))
@given(_TEXTS)
def test_every_cue_python_matches_is_a_candidate(raw: str) -> None:
    text = normalise(raw)
    candidates = FILTER.candidates(text)
    for cue in CUES:
        if cue.pattern.search(text):
            assert cue in candidates, (cue.pattern.pattern[:60], text)


def test_a_sentence_with_no_cue_words_runs_only_the_cues_the_automaton_cannot_take() -> None:
    text = normalise("Thank you for showing me the new warehouse on Tuesday.")
    candidates = FILTER.candidates(text)
    assert len(CUES) > 40 and len(candidates) <= 1  # the over-familiar cue has a lookahead
    assert all("(?=" in str(getattr(cue.pattern, "pattern", "")) for cue in candidates)


def test_a_cue_that_matches_is_named() -> None:
    text = normalise("I still haven't heard back, which is disappointing.")
    codes = {cue.code for cue in FILTER.candidates(text)}
    assert {"LL401", "LL402"} <= codes


def test_relaxing_widens_classes_and_drops_only_boundaries() -> None:
    """Each rewrite matches at least what Python's pattern does: ``\\w`` widened to any
    character beyond ASCII, kept exact inside a negated class."""
    assert relax(r"\bcaf\w\b") == r"caf[0-9A-Z_a-z\x{80}-\x{10FFFF}]"
    assert relax(r"[\w ]+") == r"[0-9A-Z_a-z\x{80}-\x{10FFFF} ]+"
    assert relax(r"[^\w.]") == "[^0-9A-Z_a-z.]"
    assert relax(r"[^\d\s]") == r"[^0-9\t\n\x0b\f\r\x1c-\x20]"
    assert relax(r"\D\S") == r"[^0-9][^\t\n\x0b\f\r\x1c-\x20]"
    assert relax(r"\W") == "[^0-9A-Z_a-z]"
    assert relax(r"[\d-]+ days") == r"[0-9\x{80}-\x{10FFFF}-]+ days"
    assert relax(r"\d") == r"[0-9\x{80}-\x{10FFFF}]"  # digits newer than the automaton's tables
    assert relax(r"over$") == r"over(?:\n?\z)"


def test_bounded_repeats_become_unbounded() -> None:
    """RE2 writes a bounded repeat out copy by copy; ``*`` matches every count."""
    assert relax(r"i .{0,60} late") == "i .* late"
    assert relax(r"(\w+ ){0,3}(feedback)") == "([0-9A-Z_a-z\\x{80}-\\x{10FFFF}]+ )*(feedback)"
    assert relax(r"x{2}y{3,}z{1,4}?") == "x*y*z*?"
    assert relax(r"a{b}") == "a{b}"  # no repeat: a literal brace
    assert relax(r"a{}b") == "a{}b"
    assert relax(r"a{,}b") == "a*b"
    assert relax(r"[{]") == "[{]"


def test_the_automaton_of_the_built_in_cues_is_small() -> None:
    """Hyperscan's database of every relaxed cue: 3.7 MB in the twenty-seventh session
    (the RE2 sets it replaced grew to 150 MB of DFA states in a long run). A guard,
    not a timing."""
    assert 0 < FILTER.automaton.size < 8_000_000, FILTER.automaton.size


def test_patterns_relaxing_cannot_keep_exact_are_always_run() -> None:
    assert relax(r"(\w)\1") is None  # a backreference
    assert relax(r"(?i)sorry") is None  # inline flags
    assert relax(r"[^\W]") is None  # a negated class inside brackets


def test_lookarounds_are_dropped_so_their_cues_are_filtered_too() -> None:
    """A lookaround only narrows a match: without it the set matches more, never less."""
    assert relax(r"(?<=very )rude") == "rude"
    assert relax(r"rude(?! (if|unless)\b)[.!]") == "rude[.!]"
    assert relax(r"a(?=[)(])b(?<!x\)y)c") == "abc"
    cues = build_cues([{"code": "LL401", "pattern": r"(?<=very )rude"}], "test", user=False)
    lookbehind = CueFilter(cues)
    assert lookbehind.candidates("a plain sentence") == []
    assert lookbehind.candidates("a very rude reply") == list(cues)


def test_user_cues_compiled_with_re2_are_always_run() -> None:
    cues = build_cues([{"code": "LL401", "pattern": "grumpy"}], "test")
    assert not isinstance(cues[0].pattern, re.Pattern)
    assert CueFilter(cues).candidates("nothing here") == list(cues)


def test_every_built_in_cue_compiles_in_python() -> None:
    """Built-in cues compile on first use; a broken one must fail here, not in a run."""
    for cue in CUES:
        for pattern in (cue.pattern, cue.requires):
            if pattern is not None:
                re.compile(str(getattr(pattern, "pattern", "")))


def test_extra_cues_run_after_the_built_in_ones_without_a_new_automaton() -> None:
    extra = build_cues([{"code": "LL401", "pattern": "grumpy"}], "test")
    combined = FILTER.with_extra(extra)
    assert combined.candidates("nothing here")[-1:] == list(extra)
    assert FILTER.with_extra(()) is FILTER
    text = normalise("I still haven't heard back.")
    assert combined.candidates(text)[:-1] == FILTER.candidates(text)


def test_every_built_in_cue_is_in_the_automaton() -> None:
    """No built-in cue is refused, so none runs on every sentence."""
    assert FILTER.automaton.always == []
    assert FILTER.automaton.database is not None


def test_a_pattern_the_automaton_refuses_always_runs() -> None:
    """Hyperscan refuses some constructs Python knows (here a character by its name,
    ``\\N{DIGIT ONE}``); such a cue is then run on every sentence, and the others stay
    filtered."""
    cues = build_cues([{"code": "LL401", "pattern": "sorry"},
                       {"code": "LL401", "pattern": r"x\N{DIGIT ONE}y"}], "test", user=False)
    refusing = CueFilter(cues)
    assert refusing.candidates("a plain sentence") == [cues[1]]
    assert refusing.candidates("so sorry") == list(cues)
    assert re.search(str(getattr(cues[1].pattern, "pattern", "")), "x1y")


def test_a_lone_surrogate_runs_every_cue() -> None:
    """Text read with ``surrogateescape`` may hold a lone surrogate, which no UTF-8
    encoder takes as it is and Python's classes match: every cue is then run."""
    text = normalise("thank you Ren\udce9e for today, I still haven't heard back")
    assert FILTER.candidates(text) == list(CUES)


def test_flags_that_change_a_match_keep_a_cue_out_of_the_automaton() -> None:
    """A pattern compiled case-blind (or with any flag but Unicode) is not what the
    automaton reads, so it runs on every sentence."""
    from letterlint.checks.tone.check import Cue

    cue = Cue("LL401", re.compile("sorry", re.IGNORECASE))
    assert CueFilter([cue]).candidates("SO SORRY") == [cue]


def test_without_hyperscan_re2_sets_name_the_same_cues(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Hyperscan has no wheel for Linux on ARM; there the cues run as RE2 sets (a
    hidden module stands in for the missing wheel). Every cue Python matches is still
    a candidate, in sets of at most CHUNK cues."""
    from letterlint.automaton import CHUNK

    monkeypatch.setitem(sys.modules, "hyperscan", None)
    fallback = CueFilter(CUES)
    assert fallback.automaton.database is None and len(fallback.automaton.sets) > 1
    assert all(len(entries) <= CHUNK for _, entries in fallback.automaton.sets)
    for raw in ("I still haven't heard back, which is disappointing.",
                "Thank you for showing me the new warehouse on Tuesday.",
                "With all due respect, I expect a reply by Friday or I'll go elsewhere.",
                "hiya gorgeous 😘 so when do I start?"):
        text = normalise(raw)
        candidates = fallback.candidates(text)
        for cue in CUES:
            if cue.pattern.search(text):
                assert cue in candidates, (cue.pattern.pattern[:60], text)
