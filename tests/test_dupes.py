"""Near-duplicate claims across sources: found on normalized text, blocked, copied only when asked."""

from __future__ import annotations

import pytest

from tests.conftest import add_claim, add_source
from workbench.dupes import (
    DupesError,
    comparable_text,
    copy_decision,
    duplicates_of,
    find_duplicates,
    group_duplicates,
)
from workbench.model import Claim


def _claim(cid: str, source: str, text: str, **fields) -> Claim:
    return Claim(id=cid, source=source, span=(0, len(text)), text=text, **fields)


# (text in one article, text in another, same claim?)
PAIRS = [
    ("أعلنت الحكومة زيادة الميزانية بنسبة 12 في المئة هذا العام.",
     "أعلنت الحكومةُ زيادةَ الميزانيّة بنسبة ١٢ في المئة هذا العام", True),     # diacritics, Arabic digits
    ("فازت شركة مايكروسوفت بعقد وزارة الدفاع البالغة قيمته 10 مليارات دولار",
     "فازت شركة مايكروسوفت بعقد وزارة الدفاع البالغه قيمته 10 مليارات دولار.", True),  # ta marbuta
    ("إن أمازون أخذت زمام المبادرة في تأييد بايدن",
     "ان امازون اخذت زمام المبادره في تاييد بايدن", True),                     # hamza forms
    ("The Pentagon awarded Microsoft the $10 billion cloud contract.",
     "The Pentagon awarded Microsoft the 10 billion dollar cloud contract", True),
    ("Microsoft won the cloud contract, the Pentagon said on Friday.",
     "the pentagon said on friday microsoft won the cloud contract", True),     # case, word order
    ("أعلنت الحكومة زيادة الميزانية بنسبة 12 في المئة هذا العام.",
     "قال وزير الصحة إن المستشفيات تلقت أجهزة تنفس جديدة.", False),
    ("The Pentagon awarded Microsoft the $10 billion cloud contract.",
     "Amazon sued over the decision in a federal court in Washington.", False),
]


@pytest.mark.parametrize("first, second, same", PAIRS)
def test_pairs_in_arabic_and_english(first, second, same):
    claims = [_claim("a1", "one", first), _claim("b2", "two", second)]
    pairs = find_duplicates(claims)
    assert bool(pairs) is same
    if same:
        [pair] = pairs
        assert (pair.a, pair.b, pair.source_a, pair.source_b) == ("a1", "b2", "one", "two")
        assert 85 <= pair.score <= 100
        assert [p.other("a1") for p in duplicates_of("a1", claims)] == ["b2"]


def test_comparable_text_folds_what_readers_do_not_see():
    assert comparable_text("  الحكومةُ، زادت ١٢٪!") == "الحكومه زادت 12"
    assert comparable_text("The $10 Billion-deal.") == "the 10 billion deal"


def test_threshold_and_same_source():
    text_a = "The finance minister said the deficit would halve next year."
    text_b = "The finance minister said the deficit would fall next year."
    claims = [_claim("a1", "one", text_a), _claim("b2", "two", text_b), _claim("c3", "one", text_b)]
    assert {(p.a, p.b) for p in find_duplicates(claims, threshold=80)} == {("a1", "b2"), ("b2", "c3")}
    assert [(p.a, p.b) for p in find_duplicates(claims, threshold=99)] == [("b2", "c3")]
    assert ("a1", "c3") in {(p.a, p.b) for p in find_duplicates(claims, threshold=80, same_source=True)}


def test_orphaned_claims_are_left_out():
    text = "The Pentagon awarded Microsoft the cloud contract."
    claims = [_claim("a1", "one", text), _claim("b2", "two", text, orphaned=True)]
    assert find_duplicates(claims) == []


def test_groups_link_pairs():
    text = "Microsoft won the ten billion dollar cloud contract from the Pentagon."
    claims = [_claim(f"{i}0", f"s{i}", text) for i in range(1, 4)] + [
        _claim("90", "s9", "Amazon protested the award in federal court, saying it was political.")]
    assert group_duplicates(find_duplicates(claims)) == [["10", "20", "30"]]


def test_blocking_still_finds_a_pair_among_many_unrelated_claims():
    filler = [_claim(f"f{i:04d}", f"s{i % 50}", f"Report number {i} says the committee met {i * 7} times in hall {i % 13}.")
              for i in range(2000)]
    twin = "Palantir helps immigration authorities analyse biometric data from 300 thousand transactions a day."
    claims = [*filler, _claim("aa", "x", twin), _claim("bb", "y", twin.replace("analyse", "analyze"))]
    found = {(p.a, p.b) for p in find_duplicates(claims, threshold=95)}
    assert ("aa", "bb") in found


def test_copy_decision_marks_twins_with_a_note(workspace):
    text_ar = "وأعلنت وزارة الدفاع فوز شركة مايكروسوفت بعقد الحوسبة السحابية.\n"
    add_source(workspace, "one", text_ar)
    add_source(workspace, "two", "مقدمة\n" + text_ar)
    first = add_claim(workspace, "one", text_ar.strip())
    second = add_claim(workspace, "two", text_ar.strip())
    with pytest.raises(DupesError):
        copy_decision(workspace, first, [second])
    workspace.mark(first, "false", by="amal")
    [changed] = copy_decision(workspace, first, [second], by="sam")
    on_disk = workspace.load_claim(workspace.claim_path(second))
    assert (changed.id, on_disk.status, on_disk.reviewed_by) == (second.id, "false", "sam")
    assert first.id in on_disk.notes[-1].text
    assert copy_decision(workspace, first, [on_disk]) == []   # already holds it


def test_dupes_imports_without_front_end_libraries():
    import subprocess
    import sys

    code = ("import sys\nimport workbench.dupes\n"
            "print(sorted(m for m in ('click', 'textual', 'rich') if m in sys.modules))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "[]", out.stderr


def test_a_wire_story_printed_by_hundreds_of_outlets_is_still_paired():
    """Identical texts count once for blocking, so a claim in 450 sources is not dropped as too common."""
    wire = "Microsoft won the Pentagon's ten billion dollar cloud computing contract over Amazon on Friday."
    copies = [_claim(f"c{i:04d}", f"outlet-{i}", wire) for i in range(450)]
    edited = [_claim(f"e{i:04d}", f"blog-{i}", wire.replace("on Friday", f"on Friday, report {i} said"))
              for i in range(20)]
    filler = [_claim(f"f{i:04d}", f"other-{i}", f"The committee met {i} times in hall {i % 7} to discuss the budget.")
              for i in range(300)]
    pairs = find_duplicates([*copies, *edited, *filler], threshold=80)
    identical = [p for p in pairs if p.a.startswith("c") and p.b.startswith("c")]
    assert len(identical) == 450 * 449 // 2 and all(p.score == 100 for p in identical)
    assert {p.b for p in pairs if p.a.startswith("c") and p.b.startswith("e")} == {c.id for c in edited}


def test_copy_targets_are_the_duplicates_as_on_disk(workspace):
    from workbench.dupes import copy_targets

    text_en = "Microsoft won the Pentagon cloud contract worth ten billion dollars.\n"
    for sid in ("one", "two", "three"):
        add_source(workspace, sid, f"{sid} headline\n{text_en}", "en")
    add_source(workspace, "other", "headline\nSomething else entirely happened in the parliament today.\n", "en")
    claims = [add_claim(workspace, sid, text_en.strip(), language="en") for sid in ("one", "two", "three")]
    stranger = add_claim(workspace, "other", "Something else entirely happened in the parliament today.",
                         language="en")
    pairs = find_duplicates([*claims, stranger])
    workspace.mark(claims[0], "true", by="amal")
    assert sorted(c.id for c in copy_targets(workspace, claims[0], pairs)) == sorted(c.id for c in claims[1:])
    [only] = copy_targets(workspace, claims[0], pairs, only=[claims[2].id[:7]])
    assert (only.id, only.status) == (claims[2].id, "unreviewed")
    with pytest.raises(DupesError, match="none of the duplicates"):
        copy_targets(workspace, claims[0], pairs, only=[stranger.id])
    with pytest.raises(DupesError, match="no decision"):
        copy_targets(workspace, claims[1], pairs)
