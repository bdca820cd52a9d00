"""The real-letter corpus (``corpus/real``): letters written by other people,
paraphrased sentence by sentence, each with its source page.

The corpus must be what its README says (big enough, from many sites, split by
site, no page reserved for evaluation), and the layout must be read right on it:
the body paragraph count of every dev letter, and the exact salutation, closing
and signature of the letters whose labels follow LABELLING.md's conventions. The
test split is asserted only in aggregate, so a failure never names (and so never
shows) a test letter.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any

import pytest

from letterlint.letter.structure import Role, find_parts
from tests.conftest import ROOT

REAL = ROOT / "corpus" / "real"
SPLITS = ("dev", "test", "test2", "test3", "test4", "test5", "test6", "test7")
RESERVED = ROOT.parent / "shared" / "reserved-sources.txt"
LABEL_FIELDS = {
    "kind", "paragraphs", "too_long", "covers_interest", "covers_standout", "covers_learned",
    "robotic_phrases", "negative_phrases", "has_placeholders", "references_deadline", "verdict",
    "source_url", "site", "layouts", "parts",
}

# Dev letters whose labels follow another convention than LABELLING.md (read and
# judged by hand); the parser is not tuned to them.
PART_LABEL_DISAGREEMENTS = {
    "b1-internationalstudent-01": "the signature name also stands in the letterhead: left unlabelled",
    "b1-sampleletterz-01": "two sign-off lines; only the last one labelled",
    "b9-4hb-01": "the signature slot also stands in the letterhead: left unlabelled",
    "r3b-employmentcrossing-01": "the signature name also stands in the letterhead: left unlabelled",
}


def _letters(split: str) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (path.stem, path.with_suffix(".txt").read_text("utf-8"), json.loads(path.read_text("utf-8")))
        for path in sorted((REAL / split).glob("*.json"))
    ]


def _normalised(url: str) -> str:
    url = re.sub(r"^https?://(www\.)?", "", url.strip().lower())
    return url.rstrip("/")


def test_the_corpus_is_large_and_split_by_site() -> None:
    dev, test = _letters("dev"), _letters("test")
    assert len(dev) >= 100 and len(test) >= 50
    dev_sites = {labels["site"] for _, _, labels in dev}
    test_sites = {labels["site"] for _, _, labels in test}
    assert not dev_sites & test_sites, "a site is in both dev and test"
    assert len(dev_sites | test_sites) >= 40


def test_no_letter_comes_from_a_page_reserved_for_evaluation() -> None:
    if not RESERVED.is_file():
        pytest.skip(f"{RESERVED} is not beside the checkout (CI puts shared/ there)")
    reserved = {
        _normalised(line.split(" (")[0])
        for line in RESERVED.read_text("utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }
    for split in SPLITS:
        for name, _, labels in _letters(split):
            assert _normalised(labels["source_url"]) not in reserved, f"{name}: a reserved page"


@pytest.mark.parametrize(("split", "size"), [
    ("test2", 20), ("test3", 36), ("test4", 40), ("test5", 11), ("test6", 15), ("test7", 3)
])
def test_a_later_test_split_is_from_sites_in_no_other_split(split: str, size: int) -> None:
    """``test2`` and ``test3`` were gathered after ``test`` was used up: new sites
    only, by helpers who labelled them without running letterlint, unread by those
    who tune."""
    others = [name for name in SPLITS if name != split]
    used = {labels["site"] for other in others for _, _, labels in _letters(other)}
    letters = _letters(split)
    assert len(letters) >= size
    assert not {labels["site"] for _, _, labels in letters} & used


def test_test7_and_its_dev_letters_were_split_by_the_site_hash() -> None:
    """A site's SHA-1 sent it to test7 (even) or dev (odd) before any letter was read."""

    def even(site: str) -> bool:
        return int(hashlib.sha1(site.lower().encode()).hexdigest(), 16) % 2 == 0

    assert all(even(labels["site"]) for _, _, labels in _letters("test7"))
    late_dev = [labels for name, _, labels in _letters("dev") if name.startswith("r7")]
    assert late_dev and not any(even(labels["site"]) for labels in late_dev)


def test_test3_and_its_dev_letters_were_split_by_the_site_hash() -> None:
    """A site's SHA-1 sent it to test3 (even) or dev (odd) before any letter was read."""

    def even(site: str) -> bool:
        return int(hashlib.sha1(site.lower().encode()).hexdigest(), 16) % 2 == 0

    assert all(even(labels["site"]) for _, _, labels in _letters("test3"))
    late_dev = [labels for name, _, labels in _letters("dev") if name.startswith(("r3a-", "r3b-"))]
    assert late_dev and not any(even(labels["site"]) for labels in late_dev)


@pytest.mark.parametrize("split", SPLITS)
def test_labels_are_complete_and_quote_the_letter(split: str) -> None:
    for name, text, labels in _letters(split):
        assert set(labels) == LABEL_FIELDS, name
        assert labels["kind"] in ("thank-you", "follow-up"), name
        assert labels["verdict"] in ("good", "needs-work", "bad"), name
        for phrase in labels["robotic_phrases"] + labels["negative_phrases"]:
            assert phrase in text, f"{name}: {phrase!r} is not in the letter"
        assert len(labels["parts"]["body"]) == labels["paragraphs"], name


def _body_count(text: str) -> int:
    return sum(part.role is Role.BODY for part in find_parts(text))


@pytest.mark.parametrize(
    ("name", "text", "labels"), _letters("dev"), ids=[name for name, _, _ in _letters("dev")]
)
def test_dev_letter_body_paragraph_count(name: str, text: str, labels: dict[str, Any]) -> None:
    assert _body_count(text) == labels["paragraphs"]


@pytest.mark.parametrize(
    ("name", "text", "labels"), _letters("dev"), ids=[name for name, _, _ in _letters("dev")]
)
def test_dev_letter_has_no_letterhead_subject_or_signature_in_its_body(
    name: str, text: str, labels: dict[str, Any]
) -> None:
    """Every body paragraph lies between the first labelled body word and the last."""
    outside = _outside_body(text, labels)
    assert not outside, f"non-body text read as body: {outside}"


def _outside_body(text: str, labels: dict[str, Any]) -> list[str]:
    """The start of each body paragraph read outside the labelled body (letterhead,
    subject or signature text taken for body)."""
    body = labels["parts"]["body"]
    if not body:
        return []
    low = text.find(body[0]["first"])
    high = text.rfind(body[-1]["last"]) + len(body[-1]["last"])
    spans = [part.span for part in find_parts(text) if part.role is Role.BODY]
    return [span.of(text)[:40] for span in spans if span.start < low or span.end > high]


def _part_text(text: str, role: Role) -> str | None:
    found = [part.span.of(text) for part in find_parts(text) if part.role is role]
    return found[0] if found else None


def test_dev_salutation_closing_and_signature_spans_are_exact() -> None:
    checked = 0
    for name, text, labels in _letters("dev"):
        if name in PART_LABEL_DISAGREEMENTS:
            continue
        wanted = labels["parts"]
        for key, role in (("salutation", Role.SALUTATION), ("closing", Role.CLOSING),
                          ("signature", Role.SIGNATURE)):
            expected = wanted[key].strip() if wanted[key] else None
            assert _part_text(text, role) == expected, f"{name}: {key}"
        checked += 1
    assert checked >= 30


def _leaked(letters: list[tuple[str, str, dict[str, Any]]]) -> int:
    """How many letters have text outside their labelled body read as body."""
    return sum(bool(_outside_body(text, labels)) for _, text, labels in letters)


def test_test_split_layout_in_aggregate() -> None:
    """Only the share is asserted, never which letter missed. The split was scored
    once, blind, when the layout work of the real-letters issue was done: 51/55 body
    paragraph counts exact and 5 letters with non-body text read as body (README,
    "Accuracy"), short of the 0.95 and 0 the issue asked for. These floors guard that
    result against regressions; they are not tuned on the letters."""
    letters = _letters("test")
    exact = sum(_body_count(text) == labels["paragraphs"] for _, text, labels in letters)
    assert exact / len(letters) >= 0.90, f"{exact}/{len(letters)} body paragraph counts exact"
    leaked = _leaked(letters)
    assert leaked <= 5, f"{leaked} test letters have letterhead, subject or signature text in a body"


def test_every_real_letter_parses_with_offsets_into_its_text() -> None:
    for split in SPLITS:
        for _, text, _ in _letters(split):
            for part in find_parts(text):
                assert 0 <= part.span.start <= part.span.end <= len(text)
                assert part.span.of(text) == part.span.of(text).strip()



@pytest.mark.parametrize(("split", "exact_floor", "leaked_ceiling"), [
    ("test2", 18, 5),  # scored once, blind, 2026-12-03 14:29 UTC: 18/20, 5 letters
    ("test3", 34, 2),  # scored once, blind, 2026-12-03 16:56 UTC: 34/36, 2 letters
    ("test4", 39, 5),  # scored once, blind, 2026-12-03 19:03 UTC: 39/40, 5 letters
    ("test5", 9, 0),  # scored once, blind, 2026-12-03 22:29 UTC: 9/11, no letter
    ("test6", 14, 0),  # scored once, blind, 2026-12-04 16:58 UTC: 14/15, no letter
    ("test7", 3, 0),  # scored once, blind, 2026-12-04 19:29 UTC: 3/3, no letter
])
def test_a_later_test_split_layout_in_aggregate(
    split: str, exact_floor: int, leaked_ceiling: int
) -> None:
    """Each later test split was scored once, blind, after a day's work (README,
    "Accuracy"). The floors guard that result; they are not tuned on the letters."""
    letters = _letters(split)
    exact = sum(_body_count(text) == labels["paragraphs"] for _, text, labels in letters)
    assert exact >= exact_floor, f"{exact}/{len(letters)} body paragraph counts exact"
    leaked = _leaked(letters)
    assert leaked <= leaked_ceiling, f"{leaked} letters have non-body text in a body"


def test_the_judge_never_trains_on_a_blind_set() -> None:
    """The held-out sets never read (corpus/heldout/MANIFEST.md) and the real test
    splits are measures only: the judge's training data must not read them. The sets
    read after their one blind scoring (up to 62) are training data since the
    twenty-third session."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_data", ROOT / "training" / "build_data.py")
    assert spec is not None and spec.loader is not None
    build_data = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build_data)
    read = {folder.resolve() for folder in build_data.LETTER_FOLDERS}
    unread = (7, 8, 11, 12, 15, 17, 28, 31, 32, 33, 34, 35, 49, 51, 53, 55, 57, 59, 61, 63,
              106, 107)
    blind = {
        *(ROOT / "corpus" / "heldout" / f"set{n}" for n in unread),
        *(ROOT / "corpus" / "real" / name
          for name in ("test", "test2", "test3", "test4", "test5", "test6", "test7")),
    }
    assert not read & {folder.resolve() for folder in blind}
    assert ROOT / "corpus" / "real" / "dev" in read
