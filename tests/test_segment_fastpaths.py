"""The segmenter's shortcuts find exactly what the plain regex searches they stand in for would find."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.segment.checkworthiness import features
from workbench.segment.clauses import _WORD, _in_list, _separators
from workbench.segment.lexicon import load_lexicon
from workbench.segment.noise import is_question
from workbench.segment.patterns import FEATURE_LISTS, PhraseStarts, fold, patterns
from workbench.segment.pipeline import _LEAD, _QUOTES, _TAIL, _closing_bracket, _trim
from workbench.segment.sentences import _END, _is_end, _word_before, is_wrapped, paragraphs, sentences, strip_span

SETTINGS = settings(max_examples=400, deadline=None)


def spans_and_window(pieces: list[str]):
    """A text joined from `pieces` and a window (start, end) inside it."""
    return st.lists(st.sampled_from(pieces), max_size=12).map("".join).flatmap(
        lambda t: st.tuples(st.just(t), st.integers(0, len(t))).flatmap(
            lambda ts: st.tuples(st.just(ts[0]), st.just(ts[1]), st.integers(ts[1], len(ts[0])))))


# the separator pattern split_clauses used before _separators
SEPARATOR = re.compile(r"[،,؛;]\s*|\s[-–—]\s+")


@SETTINGS
@given(spans_and_window(["a", "و", " ", "  ", "\n", "\u00a0", ",", "،", ";", "؛", "-", "–", "—", ", ", " - "]))
def test_separators_are_the_spans_of_the_separator_pattern(case):
    text, start, end = case
    expected = [(m.start(), m.end(), m.group().strip() in "-–—") for m in SEPARATOR.finditer(text, start, end)]
    assert list(_separators(text, start, end)) == expected



def old_in_list(text: str, prev_comma: int | None, comma: int, pos: int, end: int) -> bool:
    """clauses._in_list before it matched three words: every word found and counted (and, as it does, no list's item
    before a comma past a quotation mark)."""
    nxt = re.compile(r"[،,؛;]").search(text, pos, min(end, pos + 80))
    if len(_WORD.findall(text, pos, nxt.start() if nxt else min(end, pos + 80))) < 3:
        return True
    return prev_comma is not None and len(_WORD.findall(text, prev_comma, comma)) <= 2 and not any(
        c in "\"“”«»'" for c in text[prev_comma:comma])


@SETTINGS
@given(spans_and_window(["a", "word", "ب", "وفرنسا", " ", "  ", "\n", ",", "،", ";", "؛", " - ", ".", ":", "«", "»",
                         '"', "(", "]", "?", "؟", "-", "\u00a0", "لـ\"سكاي نيوز\"", "France, Britain and Germany"]))
def test_in_list_counts_the_words_the_findall_counted(case):
    text, start, end = case
    prev_comma = None
    for comma, pos, _ in _separators(text, start, end):  # at each separator, as split_clauses asks
        assert _in_list(text, prev_comma, comma, pos, end) == old_in_list(text, prev_comma, comma, pos, end)
        prev_comma = pos


def spelled_texts(words: list[str]):
    """Texts of `words`, as text spells them, and what stands around them."""
    words = words + [w.upper() for w in words] + [w.capitalize() for w in words]
    signs = ("ً", "ِ")
    words += [sign + w for w in words for sign in signs] + [w[:i] + sign + w[i:] for w in words for sign in signs
                                                            for i in (1, 2)]
    # clitics, signs, non-word characters in and beyond the BMP, and word characters that are not letters (or
    # beyond the BMP)
    around = ["و", "ف", "س", "ً", "ـ", "ل", " ", " ", "  ", "\n", ",", "،", "«", "-", "\U0001F600", "_", "1", "a",
              "\U0001D400", " و", " ف", " وس", "\nف", " وً"]
    return st.lists(st.tuples(st.sampled_from(around), st.sampled_from(words)).map("".join), max_size=8).map("".join)


def phrase_texts(language: str):
    """A text of the words PhraseStarts stands in for and what stands around them, a stretch (start, end)
    inside it and a window (lo, hi) inside the stretch."""
    lex = load_lexicon(language)
    words = [w for e in lex["reporting_verbs"] for key in ("forms", "participles") for w in e.get(key) or []]
    words += list(lex["according_to"]) + list(lex["pronoun_cues"])
    text = spelled_texts(words)
    bounds = text.flatmap(lambda t: st.tuples(st.just(t), st.lists(st.integers(0, len(t)), min_size=4, max_size=4)))
    return bounds.map(lambda tb: (tb[0], *sorted(tb[1])))


@pytest.mark.parametrize("language", ["ar", "en"])
@pytest.mark.parametrize("name", ["verb", "participle", "cue", "pronoun_cue"])
def test_phrase_starts_find_what_the_patterns_find(language, name):
    pat = patterns(language)
    full = getattr(pat, name)

    @SETTINGS
    @given(phrase_texts(language))
    def check(case):
        text, start, lo, hi, end = case
        starts = PhraseStarts(text, start, end, pat)
        assert [m.span() for m in starts.finditer(full, lo, hi)] == [m.span() for m in full.finditer(text, lo, hi)]
        found, expected = starts.search(full, lo, hi), full.search(text, lo, hi)
        assert (found and found.span()) == (expected and expected.span())

    check()


def findall_features(text: str, pat) -> set[str]:
    """checkworthiness.features before feature_lead: a findall of pat.features over the text."""
    found = {pat.feature_of.get(" ".join(fold(w).split()), "number") for w in pat.features.findall(text)}
    return found | {"number"} if re.search(r"\d", text) else found


@pytest.mark.parametrize("language", ["ar", "en"])
def test_features_are_what_a_findall_of_the_feature_pattern_finds(language):
    pat = patterns(language)
    lex = load_lexicon(language)

    @SETTINGS
    @given(spelled_texts([w for key in FEATURE_LISTS.values() for w in lex[key]]))
    def check(text):
        assert features(text, pat) == findall_features(text, pat)

    check()


# the pattern sentences._is_end used before _word_before
TRAILING_WORD = re.compile(r"([\w.]+)$")


@SETTINGS
@given(spans_and_window(["a", "ب", "1", "٣", "²", "_", ".", " ", "\n", "\r", "-", "ً", "ـ", "Mr", "U.S"]))
def test_word_before_is_what_the_trailing_word_pattern_finds(case):
    text, start, end = case
    found = TRAILING_WORD.search(text, start, end)
    assert _word_before(text, start, end) == (found.group(1) if found else "")


# the pattern noise.is_question searched for before it read backwards
QUESTION_END = re.compile(r"[?؟][\"“”«»)\]'’\s،,.]*$")


@SETTINGS
@given(spans_and_window(["a", "ب", "?", "؟", '"', "”", "»", ")", "]", "'", "’", "،", ",", ".", " ", "\n", "\u00a0",
                         "«", "!", "-"]))
def test_is_question_is_what_the_question_end_pattern_finds(case):
    text, start, end = case
    assert is_question(text, start, end) == (QUESTION_END.search(text, start, end) is not None)


def old_paragraphs(text: str) -> list[tuple[int, int]]:
    """sentences.paragraphs before one regex found the stripped lines: each `[^\\r\\n]+` run, stripped."""
    lines = [strip_span(text, *m.span()) for m in re.finditer(r"[^\r\n]+", text)]
    raw = [(s, e) for s, e in lines if s < e]
    if not is_wrapped(text, raw):
        return raw
    return paragraphs(text)  # the hard-wrapped merge is the same code either way


@SETTINGS
@given(st.lists(st.sampled_from(["a", "ب", " ", "\t", "\u00a0", "\u200b", "\u2028", "\x0c", "\r", "\n", "\r\n", ".",
                                 "word " * 12]), max_size=30).map("".join))
def test_paragraphs_are_the_stripped_nonblank_lines(text):
    assert paragraphs(text) == old_paragraphs(text)


def old_trim(text: str, start: int, end: int, quote: bool) -> tuple[int, int]:
    """pipeline._trim before it stripped each end once: strip, drop an unpaired end quote (or both marks of a span
    that is one quotation whole), until nothing changes; then keep a closing bracket the span opened."""
    tail = _TAIL.replace("?", "").replace("؟", "") if quote else _TAIL
    while True:
        start, end = strip_span(text, start, end, _LEAD)
        s2, e2 = start, end
        while e2 > s2 and text[e2 - 1] in tail:
            e2 -= 1
        if not quote:
            while e2 > s2 and text[e2 - 1] == "!":
                e2 -= 1
        marks = len(re.findall("[" + _QUOTES + "]", text[s2:e2]))
        if marks % 2 == 1:
            if e2 > s2 and text[s2] in _QUOTES:
                s2 += 1
            elif e2 > s2 and text[e2 - 1] in _QUOTES:
                e2 -= 1
        elif marks == 2 and e2 - s2 > 2 and text[s2] in "\"“«" and text[e2 - 1] in "\"”»":
            s2, e2 = s2 + 1, e2 - 1
        if (s2, e2) == (start, end):
            return start, _closing_bracket(text, start, end)
        start, end = s2, e2


@SETTINGS
@given(spans_and_window(["a", "قال", " ", '"', "“", "”", "«", "»", "„", "‹", "›", ".", ",", "،", "!", "?", "؟", "(", ")",
                         "]", "[", "-", "—", ":", "\n", "\u00a0"]), st.booleans())
def test_trim_is_what_stripping_until_nothing_changes_gives(case, quote):
    text, start, end = case
    new_start, new_end = _trim(text, start, end, quote)
    old_start, old_end = old_trim(text, start, end, quote)
    # a span stripped to nothing may end at another offset (the ends meet elsewhere); emit drops it either way
    assert (new_start, new_end) == (old_start, old_end) or new_start >= new_end and old_start >= old_end


def old_sentences(text: str, start: int, end: int, language: str) -> list[tuple[int, int]]:
    """sentences.sentences before it left the paragraph's last mark to the paragraph's end: _is_end asked of each."""
    out, cur = [], start
    for m in _END.finditer(text, start, end):
        if _is_end(text, m, start, end, language):
            s, e = strip_span(text, cur, m.end())
            if s < e:
                out.append((s, e))
            cur = m.end()
    s, e = strip_span(text, cur, end)
    return out + [(s, e)] if s < e else out


@pytest.mark.parametrize("language", ["ar", "en"])
@SETTINGS
@given(spans_and_window(["a", "Mr", "U.S", "ب", "د", "1946م", "6", " ", "\n", "\u00a0", ".", "..", "…", "!", "?", "؟",
                         '"', "”", "»", ")", "The", "وقال"]))
def test_sentences_are_what_asking_is_end_of_every_mark_gives(language, case):
    text, start, end = case
    assert sentences(text, start, end, language) == old_sentences(text, start, end, language)
