"""Ids and normalization: stable, path-safe, the same in every workspace."""

import pytest

from workbench.model import (
    DEFAULT_SCALE,
    MAX_SOURCE_ID_LENGTH,
    Claim,
    InvalidFieldError,
    claim_id,
    is_safe_id,
    normalize_text,
    source_id_from_name,
)


@pytest.mark.parametrize("name, expected", [
    ("000_c619e1871c456d82.txt", "000_c619e1871c456d82"),
    ("reuters report.txt", "reuters-report"),
    ("../../etc/passwd.txt", "passwd"),
    ("/abs/path/story.TXT", "story"),
    ("..hidden.txt", "hidden"),
    ("تقرير الجزيرة.txt", "تقرير-الجزيرة"),
    ("a\x00b.txt", "ab"),
    ("...txt", "article"),
    ('what?*:<>|".txt', "what"),
    ("C:\\news\\item.txt", "item"),
])
def test_source_ids_are_safe_path_components(name, expected):
    source_id = source_id_from_name(name)
    assert source_id == expected
    assert is_safe_id(source_id)


def test_very_long_names_are_cut_but_stay_distinct():
    a = source_id_from_name("خبر" * 100 + "أ.txt")
    b = source_id_from_name("خبر" * 100 + "ب.txt")
    assert a != b
    assert len(a) <= MAX_SOURCE_ID_LENGTH and len(b) <= MAX_SOURCE_ID_LENGTH
    assert is_safe_id(a) and is_safe_id(b)


@pytest.mark.parametrize("a, b", [
    ("إن أمازون أخذت زمام المبادرة", "ان امازون اخذت زمام المبادره"),   # hamza forms, ta marbuta
    ("مُستشفى", "مستشفي"),                                           # diacritics, alef maqsura
    ("The  Company said", "the company said"),                      # case, spaces
    ("ـالعـربيـة", "العربيه"),                                        # tatweel
])
def test_normalized_texts_match_across_spelling_variants(a, b):
    assert normalize_text(a) == normalize_text(b)
    assert claim_id("s", a) == claim_id("s", b)


def test_claim_ids_depend_on_source_text_and_occurrence_only():
    assert claim_id("s1", "نص") == claim_id("s1", "نص")
    assert len({claim_id("s1", "نص"), claim_id("s2", "نص"), claim_id("s1", "نص", occurrence=1)}) == 3


@pytest.mark.parametrize("field, value, reason", [
    ("span", (5, 5), "start must be below end"),
    ("kind", "rumour", "not one of"),
    ("language", "fr", "not 'ar' or 'en'"),
    ("checkworthiness", 1.5, "from 0 to 1"),
    ("status", "maybe", "allowed: unreviewed"),
    ("orphaned", "no", "true or false"),
    ("id", "../x", "ids may hold"),
])
def test_validation_names_the_field(field, value, reason):
    claim = Claim(id="abc", source="s", span=(0, 3), text="abc")
    setattr(claim, field, value)
    with pytest.raises(InvalidFieldError, match=reason) as caught:
        claim.validate(DEFAULT_SCALE)
    assert caught.value.field == field
