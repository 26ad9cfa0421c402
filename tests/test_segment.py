"""Segmenter behaviour on sentences written for these tests, Arabic and English side by side."""

from __future__ import annotations

import pytest

from workbench.segment import Segment, detect_language, segment


def texts(article: str) -> list[str]:
    return [s.text for s in segment(article)]


def speakers(article: str) -> list[str | None]:
    return [s.speaker for s in segment(article)]


@pytest.mark.parametrize("article, expected", [
    # sentence ends: . ! ? ؟, not ، or ؛
    ("افتتحت البلدية جسرا جديدا فوق النهر. وبلغت كلفة المشروع ثلاثة ملايين دينار.",
     ["افتتحت البلدية جسرا جديدا فوق النهر", "وبلغت كلفة المشروع ثلاثة ملايين دينار"]),
    ("The council opened a new bridge over the river. The project cost three million pounds.",
     ["The council opened a new bridge over the river", "The project cost three million pounds"]),
    # a period glued to the next word
    ("ارتفعت صادرات القمح في الربع الأول.وتراجعت الواردات بشكل ملحوظ في الفترة نفسها.",
     ["ارتفعت صادرات القمح في الربع الأول", "وتراجعت الواردات بشكل ملحوظ في الفترة نفسها"]),
    # decimals
    ("بلغ معدل النمو 3.7 في المئة هذا العام.", ["بلغ معدل النمو 3.7 في المئة هذا العام"]),
    ("Growth reached 3.7 percent this year.", ["Growth reached 3.7 percent this year"]),
    # abbreviations
    ("Mr. Lane moved to the U.S. Navy base in 1990.", ["Mr. Lane moved to the U.S. Navy base in 1990"]),
    ("ألقى د. سامر كلمة في افتتاح المؤتمر السنوي.", ["ألقى د. سامر كلمة في افتتاح المؤتمر السنوي"]),
])
def test_sentence_ends(article, expected):
    assert texts(article) == expected


@pytest.mark.parametrize("article, expected_speaker, expected_text", [
    ("وقال وزير المالية إن العجز تراجع إلى النصف.", "وزير المالية", "إن العجز تراجع إلى النصف"),
    ("The finance minister said the deficit had halved.", "The finance minister", "the deficit had halved"),
    ("وأوضحت الهيئة أن عدد الزوار تضاعف.", "الهيئة", "أن عدد الزوار تضاعف"),
    ("The deficit has halved since last year, the finance minister said.", "the finance minister",
     "The deficit has halved since last year"),
])
def test_reporting_verbs(article, expected_speaker, expected_text):
    segs = segment(article)
    assert [(s.speaker, s.text) for s in segs] == [(expected_speaker, expected_text)]


@pytest.mark.parametrize("article", [
    "من سيفوز بالانتخابات المقبلة؟",
    "Who will win the next election?",
    "علاقات متوترة",
    "Related stories",
])
def test_non_claims(article):
    assert segment(article) == []


@pytest.mark.parametrize("text, language", [("قال الوزير", "ar"), ("The minister said", "en"), ("", "en")])
def test_detect_language(text, language):
    assert detect_language(text) == language


def test_spans_match_text():
    article = "قال المدير: \"ارتفعت المبيعات بنسبة كبيرة\".\r\nThe company said profits rose sharply.\r\n"
    for seg in segment(article):
        assert isinstance(seg, Segment)
        assert article[seg.start:seg.end] == seg.text
