"""Property tests: any text gives in-order, non-overlapping spans inside it, and never an error."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workbench.segment import KINDS, detect_language, segment

ARABIC = st.characters(min_codepoint=0x0600, max_codepoint=0x06FF)
LATIN = st.characters(min_codepoint=0x20, max_codepoint=0x7E)
MARKS = st.sampled_from(list('"“”«»„‹›\'.!?؟،؛:;,-–—…\u00a0\n\r\t ')
                        + ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202a", "\u202b", "\u202c",
                           "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\ufeff", "\u2028"])
WORDS = st.sampled_from(["قال", "وقالت", "إن", "أن", "بحسب", "وفقا لـ", "مضيفا", "said", "told", "that",
                         "according to", "Mr.", "U.S.", "د.", "6.8", "REUTER", "By", "- ", "#وسم", "..", "الشركة"])
MIXED = st.lists(st.one_of(ARABIC, LATIN, MARKS, WORDS), max_size=300).map("".join)

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check(text: str) -> None:
    segs = segment(text)
    prev = 0
    for seg in segs:
        assert 0 <= prev <= seg.start < seg.end <= len(text)
        assert text[seg.start:seg.end] == seg.text
        assert seg.kind in KINDS
        assert seg.language in ("ar", "en")
        assert 0.0 <= seg.checkworthiness <= 1.0
        prev = seg.end
    assert detect_language(text) in ("ar", "en")


@FAST
@given(st.text(max_size=400))
def test_any_unicode_text(text):
    check(text)


@FAST
@given(MIXED)
def test_arabic_latin_quotes_bidi_and_zero_width_mixes(text):
    check(text)


@FAST
@given(st.lists(st.sampled_from(['"', "“", "”", "«", "»", "قال: ", "said, ", "كلمة ", "word ", ". ", "\n"]),
                max_size=200).map("".join))
def test_unbalanced_quotes(text):
    check(text)


def test_a_megabyte_without_punctuation():
    text = ("كلمة word " * 110_000)[:1_000_000]
    check(text)


def test_a_megabyte_of_one_long_quotation():
    check('وقال المسؤول: "' + "نص طويل جدا " * 80_000)


REPEATS = [
    "Prices rise, said Mr Lee, ",                  # inverted frames, one after another
    "The minister said the plan is big, and the man went home, ",
    'وقال المدير "نص قصير" ',                      # a paragraph of quotations
    '"Short text is here," he said. ',
    "قال الوزير إن الأمر كبير، وذهب الرجل إلى البيت ",
    "قال وأضاف وأكد ",
    "مضيفا أن الأمر، ",
    "الوزير، الذي ",
]


@pytest.mark.parametrize("unit", REPEATS)
def test_long_runs_of_one_construction(unit):
    check(unit * (60_000 // len(unit)))
