"""Readings of the spaCy parse for the pre-send check: which organisation a
sentence names as the one the writer wants to join, and which job title it
names as the one applied for.

Both need a trained pipeline (tags and a dependency parse); with a blank one
they find nothing, and the check says so in its metrics.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from letterlint.checks.parsing import lemma as _lemma
from letterlint.checks.presend.names import fold
from letterlint.model import Span

if TYPE_CHECKING:
    from spacy.tokens import Token

    from letterlint.letter.parse import Sentence

Words = Mapping[str, Sequence[str]]

_NUMERIC_ENTITIES = frozenset({
    "DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL", "NORP", "LANGUAGE",
})
_PLACE_OR_PERSON = frozenset({"PERSON", "GPE", "LOC", "FAC"})
_WISH_VERBS = frozenset({
    "want", "hope", "wish", "love", "like", "long", "aspire", "aim", "plan", "look", "excite",
    "thrill", "eager", "keen", "would", "seek", "apply",
})
_OWN = frozenset({"my", "our", "his", "her", "their"})
_DEFINITE = frozenset({"the", "this", "that", "your"})
_TITLE_JOINERS = frozenset({"&", "and", "-", "/", "of"})


@dataclass(frozen=True)
class Target:
    """A name the letter gives to what it is applying to, and the words that say so."""

    span: Span
    text: str
    cue: str
    entity: str = ""  # spaCy's entity label of the name's head word ("ORG", "GPE", "")


def has_parse(sentence: Sentence) -> bool:
    return bool(sentence.tokens.doc.has_annotation("DEP"))


def organisation_targets(
    text: str, sentences: Sequence[Sentence], words: Words, skip: Sequence[Span] = ()
) -> Iterator[Target]:
    """Proper names the letter wants to join, work at, be part of or contribute to.
    Names overlapping ``skip`` (placeholders) are left out."""
    for sentence in sentences:
        if not has_parse(sentence):
            continue
        for token in sentence.tokens:
            extent = _name_extent(token)
            if extent is None or token.ent_type_ in _NUMERIC_ENTITIES:
                continue
            cue = _organisation_cue(token, words)
            if cue is None:
                continue
            first, last = extent
            span = Span(sentence.offset + first.idx, sentence.offset + last.idx + len(last.text))
            if any(span.overlaps(other) for other in skip):
                continue
            yield Target(span, span.of(text), cue, token.ent_type_)


def _name_extent(token: Token) -> tuple[Token, Token] | None:
    """A name's first and last tokens when ``token`` is the head word of a name:
    the whole entity for an organisation spaCy recognised ("Bloom & Vine"), else
    the proper noun with the compound words before it ("Brightline Health")."""
    entity = None
    if token.ent_type_ == "ORG":  # checked first: most tokens are in no entity
        entity = next((ent for ent in token.doc.ents if ent.start <= token.i < ent.end), None)
    elif token.pos_ != "PROPN":
        return None
    if entity is not None and entity.label_ == "ORG":
        if token.i != entity.root.i:
            return None
        tokens = [word for word in entity if word.dep_ != "det" and word.lower_ != "the"]
        return (tokens[0], tokens[-1]) if tokens else None
    if token.pos_ != "PROPN" or (token.dep_ in ("compound", "flat") and token.head.pos_ == "PROPN"):
        return None
    first = token
    while first.i > first.sent.start:
        previous = first.doc[first.i - 1]
        if previous.head == token and previous.dep_ in ("compound", "flat", "nmod") and (
            previous.pos_ == "PROPN" or previous.text in ("&", "-")
        ):
            first = previous
        elif (
            previous.dep_ == "case"
            and previous.head.dep_ == "poss"
            and previous.head.head == token
            and previous.head.pos_ == "PROPN"
        ):
            first = previous.head.left_edge  # "St Aidan's Primary" is one name
        else:
            break
    return first, token


def _organisation_cue(token: Token, words: Words) -> str | None:
    name = token
    while name.dep_ == "conj":  # "join Acme and Globex"
        name = name.head
    organisation = token.ent_type_ == "ORG"
    if name.dep_ in ("poss", "compound") and name.head.pos_ == "NOUN":
        # "the Acme team", "Acme's mission": the organisation modifies its noun.
        noun = name.head
        if token.ent_type_ in _PLACE_OR_PERSON:
            return None
        if not organisation or _lemma(noun) not in words["organisation_nouns"]:
            return None
        cue = _cue(noun, words, organisation=True, person=False)
        return f"{cue} … {noun.text}" if cue else None
    return _cue(name, words, organisation, token.ent_type_ == "PERSON")


def _cue(word: Token, words: Words, organisation: bool, person: bool) -> str | None:
    """How ``word`` is the target: "join", "work at", "role at", "part of", …

    Only cues that name an employer count: "work with X", "excited about X" and
    "interested in X" name tools and ideas as often ("work with Python")."""
    while word.dep_ == "conj":
        word = word.head
    head = word.head
    if word.dep_ in ("dobj", "attr") and _lemma(head) in words["join_verbs"]:
        return head.text if _prospective(head) else None
    if word.dep_ != "pobj":
        return None
    preposition = head
    while preposition.dep_ == "conj":
        preposition = preposition.head
    relation = preposition.lower_
    governor = preposition.head
    lemma = _lemma(governor)
    strong = relation in ("at", "for")
    if governor.pos_ in ("VERB", "AUX"):
        if lemma in words["join_verbs"] and relation == "at":
            # "join the team at Acme": the parse hangs "at Acme" on the verb
            return f"{governor.text} … {relation}" if _prospective(governor) else None
        if lemma in words["work_verbs"] and relation in ("at", "for"):
            return f"{governor.text} {relation}" if _prospective(governor) else None
        if lemma in words["bring_verbs"] and relation == "to" and organisation:
            return f"{governor.text} {relation}" if _prospective(governor) else None
    if lemma in words["part_nouns"] and relation == "of":
        verb = governor.head
        if _lemma(verb) in ("be", "become", "feel") and _prospective(verb):
            return f"{governor.text} of"
        return None
    if governor.pos_ == "NOUN" and lemma in words["role_nouns"] and relation in (
        "at", "with", "for"
    ):
        if not (strong or organisation) or person or not _current_noun(governor, words):
            return None
        if _in_past_story(governor) or (
            governor.dep_ == "pobj" and governor.head.lower_ in _SPAN_PREPOSITIONS
        ):
            return None  # "I led the team at Loop", "during fellowship at Emory"
        return f"{governor.text} {relation}"
    return None


def _prospective(verb: Token) -> bool:
    """Whether a verb speaks of the future or a wish ("to join", "joining"), not the
    writer's past or present ("I joined", "I am working at", "working at Loop
    taught me")."""
    if verb.tag_ == "VBG":
        if any(_lemma(child) == "be" and child.dep_ == "aux" for child in verb.children):
            return False
    elif verb.tag_ != "VB":
        return False
    if any(child.lower_ in ("will", "'ll", "would", "'d", "could", "might") for child in
           verb.children):
        return True
    governor = verb.head
    while governor.pos_ == "ADP" and governor.head.i != governor.i:
        governor = governor.head  # "look forward to working at"
    if governor.i == verb.i:
        return True
    return not (governor.tag_ == "VBD" and _lemma(governor) not in _WISH_VERBS)


_HELD_VERBS = frozenset({
    "hold", "lead", "run", "manage", "fill", "occupy", "leave", "quit", "take", "start", "do",
    "spend", "serve", "work", "get", "land", "accept", "build", "own", "cover", "head",
    "supervise", "oversee", "coordinate", "promote", "hire", "move", "step", "join", "rejoin",
})
"""Verbs of doing a job rather than applying for one: "I held the role at Loop"."""


_SPAN_PREPOSITIONS = frozenset({"during", "throughout", "since", "until", "till"})
"""Prepositions that make a role a stretch of the writer's time: "during fellowship at
Emory", "throughout the placement at Loop"."""


_PARTITIVES = frozenset({
    "lot", "plenty", "deal", "bit", "amount", "range", "variety", "number", "couple", "mix",
    "share", "load", "most", "some", "all", "much",
})
"""Words that measure out the noun after "of": "a lot of contract work for Acme"."""


_SPELLS = frozenset({
    "year", "time", "day", "month", "week", "tenure", "stint", "experience", "summer", "decade",
})


def _in_past_story(noun: Token) -> bool:
    """Whether the noun belongs to the writer's past work ("I led the team at Loop",
    "I was promoted into the Team Lead role"), rather than the application ("I
    interviewed for the role at Acme", "I left the interview excited about the
    role")."""
    direct = noun.head.head if noun.head.pos_ == "ADP" else noun.head
    if noun.head.lower_ == "of" and _lemma(direct) in _PARTITIVES:
        direct = direct.head  # "I've done a lot of work for Acme": the work is done
    verb = noun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        if _lemma(verb) in _SPELLS and any(
            child.dep_ == "poss" and child.lower_ in _OWN for child in verb.children
        ):
            return True  # "my years with the team at Loop"
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if any(_lemma(child) in _SPELLS and any(
        grandchild.dep_ == "poss" and grandchild.lower_ in _OWN for grandchild in child.children
    ) for child in verb.children):
        return True  # "I loved my years with the team at Loop"
    if verb.i != direct.i:
        return False  # "I left the interview excited about the role": not the verb's object
    past = verb.tag_ == "VBD" or (
        verb.tag_ == "VBN"
        and any(
            child.dep_ in ("aux", "auxpass") and (_lemma(child) == "have" or child.tag_ == "VBD")
            for child in verb.children
        )
    )  # "I led", "I have held", "I was promoted"
    return past and _lemma(verb) in _HELD_VERBS


def _current_noun(noun: Token, words: Words) -> bool:
    """"the role at X", "this opportunity with X" — not "my role at X", "a role at X",
    "my previous job at X"."""
    for child in noun.children:
        if child.dep_ == "poss" and child.lower_ in _OWN:
            return False
        if child.dep_ == "amod" and child.lower_ in words["own_history"]:
            return False
        if child.dep_ == "det" and child.lower_ in ("a", "an", "another"):
            return False
    return True


def same_organisation(named: str, company: str, words: Words) -> bool:
    """Whether ``named`` is (a short form of) ``company``: "Brightline" for
    "Brightline Health Inc." and the reverse both count."""
    first = _significant_words(named, words)
    second = _significant_words(company, words)
    if not first or not second:
        return True
    return set(first) <= set(second) or set(second) <= set(first) or first[0] == second[0]


def _significant_words(name: str, words: Words) -> list[str]:
    tokens = [fold(token) for token in re.findall(r"[\w&.'’-]+", name)]
    tokens = [re.sub(r"['’]s$", "", token).strip(".'’-") for token in tokens]
    return [token for token in tokens if token and token not in words["legal_forms"]]


# --- positions ------------------------------------------------------------------


def position_mentions(
    sentences: Sequence[Sentence], words: Words, ignore: Sequence[str] = ()
) -> Iterator[Target]:
    """Job titles named as the job applied for: "the Data Analyst role", "the
    position of Office Administrator". Words in ``ignore`` (the company's name)
    are not part of a title."""
    ignored = {fold(word) for word in ignore}
    for sentence in sentences:
        if not has_parse(sentence):
            continue
        for token in sentence.tokens:
            if token.pos_ != "NOUN" or token.tag_ == "NNS" or _lemma(token) not in words[
                "role_nouns"
            ]:
                continue
            if _glued_to_next(token) or not _current_noun(token, words):
                continue  # "post-op", "my previous role"
            if _in_past_story(token):
                continue  # "I held the Store Manager position at Loop"
            title = _title_before(token, sentence, words, ignored) or _title_after(
                token, words, ignored
            )
            if not title:
                continue
            determiners = [child.lower_ for child in token.children if child.dep_ == "det"]
            capitalised = _capitalised(title)
            if not (capitalised or (determiners and determiners[0] in _DEFINITE)):
                continue
            if not capitalised and not _names_a_person(title[-1].lower_, words):
                continue  # "the middle school job" is a project, not a title
            start = sentence.offset + title[0].idx
            end = sentence.offset + title[-1].idx + len(title[-1].text)
            shown = "".join(word.text_with_ws for word in title).strip()
            yield Target(Span(start, end), " ".join(shown.split()), token.text)


_AGENT_ENDING = re.compile(r"(er|or|ist|ant|ent|ian|ee|man|woman|person|ive|ary|ate)$")


def _names_a_person(word: str, words: Words) -> bool:
    """A lower-case title ends in a word for a person: "supervisor", "barista"."""
    return bool(_AGENT_ENDING.search(word)) or word in words["person_nouns"]


def _glued_to_next(token: Token) -> bool:
    return not token.whitespace_ and token.i + 1 < len(token.doc) and token.nbor().text == "-"


def _capitalised(title: Sequence[Token]) -> bool:
    return all(
        word.text[:1].isupper()
        for word in title
        if word.is_alpha and word.lower_ not in _TITLE_JOINERS
    )


def _title_before(
    noun: Token, sentence: Sentence, words: Words, ignored: set[str]
) -> list[Token]:
    """The title words right before a role noun, a hyphenated word ("second-year",
    "full-time") judged as one."""
    doc = sentence.tokens.doc
    title: list[Token] = []
    index = noun.i - 1
    while index >= sentence.tokens.start:
        word = doc[index]
        if (
            index - 2 >= sentence.tokens.start
            and doc[index - 1].text == "-"
            and not doc[index - 2].whitespace_
            and not doc[index - 1].whitespace_
        ):
            compound = doc[index - 2 : index + 1]
            if compound.text.lower() in words["not_title"] or not word.is_alpha:
                break
            title[:0] = list(compound)
            index -= 3
            continue
        joins = (
            word.lower_ in _TITLE_JOINERS
            and bool(title)
            and index - 1 >= sentence.tokens.start
            and _title_word(doc[index - 1], words)
        )
        if not (joins or (_title_word(word, words) and fold(word.text) not in ignored)):
            break
        title.insert(0, word)
        index -= 1
    while title and title[0].lower_ in _TITLE_JOINERS:
        title.pop(0)
    return title


def _title_after(noun: Token, words: Words, ignored: set[str]) -> list[Token]:
    """"the role of Senior Analyst", "the position as Office Administrator"."""
    for preposition in noun.children:
        if preposition.dep_ != "prep" or preposition.lower_ not in ("of", "as"):
            continue
        objects = [child for child in preposition.children if child.dep_ == "pobj"]
        if not objects:
            return []
        title: list[Token] = []
        for word in (word for word in objects[0].subtree if word.i > preposition.i):
            if word.dep_ == "det" and not title:
                continue
            if word.lower_ == "of" or not (
                _title_word(word, words) or word.lower_ in _TITLE_JOINERS
            ):
                break  # "Chief Operating Officer of Pinnacle Transit": the title ends
            if fold(word.text) in ignored:
                break
            title.append(word)
        while title and title[-1].lower_ in _TITLE_JOINERS:
            title.pop()
        if title and _capitalised(title):
            return title
    return []


def _title_word(word: Token, words: Words) -> bool:
    lower = word.lower_
    if lower in words["not_title"] or lower in _OWN:
        return False
    if lower in words["title_adjectives"]:
        return True
    if word.pos_ in ("PROPN", "NOUN"):
        return word.is_alpha or "-" in word.text
    return word.pos_ == "ADJ" and word.text[:1].isupper()


def same_title(named: str, position: str) -> bool:
    """Whether a title in the letter names the position: either's words all appear
    in the other ("Analyst" for "Data Analyst"), a word's stem counting
    ("engineering" for "Engineer", "teaching" for "Teacher")."""
    first = _title_words(named)
    second = _title_words(position)
    if not first or not second:
        return True

    def covered(words: list[str], others: list[str]) -> bool:
        return all(any(_same_stem(word, other) for other in others) for word in words)

    return covered(first, second) or covered(second, first)


def _title_words(title: str) -> list[str]:
    return [fold(word) for word in re.findall(r"[^\W_]+", title) if word.lower() not in
            _TITLE_JOINERS]


def _same_stem(first: str, second: str) -> bool:
    if first == second:
        return True
    shorter = min(len(first), len(second))
    common = 0
    while common < shorter and first[common] == second[common]:
        common += 1
    return common >= 5 and common >= 0.7 * shorter
