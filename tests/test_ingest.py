"""Ingest: encodings detected, bad files named, and a reviewer's work kept across re-ingests."""

import codecs
import shutil
import subprocess

import pytest
from conftest import SEEDS

from workbench.ingest import ArticleError, decode_article, ingest_file, read_article
from workbench.store import Workspace
from workbench.validate import validate_workspace

ARABIC = "عنوان الخبر\nقال الوزير إن النمو بلغ 6.8 في المئة.\nوأضاف أن التضخم تراجع.\n"
ENGLISH = "Headline of the story\nThe minister said growth reached 6.8 percent.\nHe added that inflation fell.\n"
SEED = SEEDS / "000_c619e1871c456d82.txt"


@pytest.mark.parametrize("text", [ARABIC, ENGLISH], ids=["ar", "en"])
@pytest.mark.parametrize("newline", ["\n", "\r\n"], ids=["lf", "crlf"])
@pytest.mark.parametrize("encode", [
    lambda t: t.encode("utf-8"),
    lambda t: codecs.BOM_UTF8 + t.encode("utf-8"),
    lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"),
    lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"),
], ids=["utf8", "utf8-bom", "utf16le", "utf16be"])
def test_encodings_are_detected_and_newlines_kept(text, newline, encode):
    original = text.replace("\n", newline)
    assert decode_article(encode(original)) == original


def test_windows_1256_arabic_is_detected():
    assert decode_article(ARABIC.encode("cp1256")) == ARABIC


@pytest.mark.parametrize("raw, reason", [
    (b"", "empty file"),
    (b"  \n\n ", "empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    (bytes(range(1, 32)) * 20, "binary"),
])
def test_bad_files_are_refused_with_a_reason(raw, reason):
    with pytest.raises(ArticleError, match=reason):
        decode_article(raw)


def test_oversized_file_is_refused_naming_it(tmp_path):
    big = tmp_path / "huge.txt"
    big.write_text("word " * 1000, encoding="utf-8")
    with pytest.raises(ArticleError, match=r"huge\.txt: too large"):
        read_article(big, max_bytes=100)


def _git(cwd, *args):
    return subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *args], cwd=cwd,
                          check=True, capture_output=True, text=True).stdout


def test_ingesting_again_changes_nothing(workspace):
    _git(workspace.root, "init", "-q")
    for seed in sorted(SEEDS.glob("*.txt")):
        ingest_file(workspace, seed)
    _git(workspace.root, "add", "-A")
    _git(workspace.root, "commit", "-qm", "ingest")
    for seed in sorted(SEEDS.glob("*.txt")):
        result = ingest_file(Workspace(workspace.root), seed)
        assert result.added == result.updated == result.orphaned == 0
    assert _git(workspace.root, "status", "--porcelain") == ""


def test_the_same_article_gets_the_same_ids_in_another_workspace(tmp_path):
    ids = []
    for name in ("one", "two"):
        ws = Workspace.init(tmp_path / name)
        ingest_file(ws, SEED)
        ids.append(sorted(p.stem for p in ws.iter_claim_paths()))
    assert ids[0] == ids[1] and ids[0]


def _reviewed_workspace(tmp_path, article_text):
    """A workspace with the seed ingested and every claim decided, with a note on each."""
    ws = Workspace.init(tmp_path / "desk")
    article = tmp_path / SEED.name
    article.write_text(article_text, encoding="utf-8")
    ingest_file(ws, article)
    claims = ws.load_all().claims
    for i, claim in enumerate(claims):
        ws.mark(claim, ("true", "false", "misleading")[i % 3], note=f"checked {i}", by="rania")
    return ws, article, {c.id: c for c in ws.load_all().claims}


def _reingest(ws, article, new_text):
    article.write_text(new_text, encoding="utf-8")
    result = ingest_file(Workspace(ws.root), article)
    after = {c.id: c for c in Workspace(ws.root).load_all().claims}
    assert not [p for p in validate_workspace(Workspace(ws.root)) if p.severity == "error"]
    return result, after


def _assert_reviews_kept(before, after):
    for claim_id, old in before.items():
        new = after[claim_id]  # no claim file disappears
        assert (new.status, new.notes, new.reviewed_by) == (old.status, old.notes, old.reviewed_by)


def test_a_paragraph_inserted_moves_claims_and_keeps_their_reviews(tmp_path):
    text = SEED.read_text(encoding="utf-8")
    ws, article, before = _reviewed_workspace(tmp_path, text)
    first_line_end = text.index("\n") + 1
    inserted = "هذه فقرة جديدة أضافها المحرر بعد النشر.\n"
    result, after = _reingest(ws, article, text[:first_line_end] + inserted + text[first_line_end:])
    _assert_reviews_kept(before, after)
    moved = [c for c in after.values() if c.id in before and c.span != before[c.id].span]
    assert moved and all(c.span[0] == before[c.id].span[0] + len(inserted) for c in moved)
    assert not any(c.orphaned for c in after.values())


def test_a_word_changed_reanchors_the_claim_with_its_review(tmp_path):
    text = SEED.read_text(encoding="utf-8")
    ws, article, before = _reviewed_workspace(tmp_path, text)
    target = next(c for c in before.values() if "10 مليارات دولار" in c.text)
    result, after = _reingest(ws, article, text.replace("10 مليارات دولار", "12 مليار دولار"))
    _assert_reviews_kept(before, after)
    moved = after[target.id]
    assert "12 مليار دولار" in moved.text and not moved.orphaned
    assert result.reanchored >= 1


def test_a_sentence_deleted_orphans_its_claim_and_keeps_it(tmp_path):
    text = SEED.read_text(encoding="utf-8")
    ws, article, before = _reviewed_workspace(tmp_path, text)
    sentence = "وجاء تهديد ترامب قبل جلسة استماع في الكونغرس مع رؤساء 4 من أكبر شركات التكنولوجيا في العالم.\n"
    assert sentence in text
    target = next(c for c in before.values() if c.text in sentence)
    result, after = _reingest(ws, article, text.replace(sentence, ""))
    _assert_reviews_kept(before, after)
    assert after[target.id].orphaned
    assert result.orphaned >= 1
    # The article restored: the orphan finds its text again.
    _, restored = _reingest(ws, article, text)
    assert not restored[target.id].orphaned


def test_a_malformed_claim_file_is_left_alone_by_ingest(tmp_path):
    ws, article, before = _reviewed_workspace(tmp_path, SEED.read_text(encoding="utf-8"))
    victim = ws.claim_path(next(iter(before.values())))
    victim.write_text("status: [broken\n", encoding="utf-8")
    result = ingest_file(Workspace(ws.root), article)
    assert victim.read_text(encoding="utf-8") == "status: [broken\n"
    assert result.skipped == [ws.relative(victim)]


def test_names_that_clash_get_distinct_source_ids(tmp_path):
    ws = Workspace.init(tmp_path / "desk")
    for name in ("a b.txt", "a-b.txt", "a b.txt"):
        (tmp_path / name).write_text(ENGLISH, encoding="utf-8")
        ingest_file(ws, tmp_path / name)
    assert sorted(ws.iter_source_ids()) == ["a-b", "a-b-2"]


def test_source_metadata(tmp_path):
    ws = Workspace.init(tmp_path / "desk")
    shutil.copy(SEED, tmp_path / "story.txt")
    ingest_file(ws, tmp_path / "story.txt")
    source = ws.load_source("story")
    assert source.title.startswith("مايكروسوفت وأمازون")
    assert (source.language, source.origin) == ("ar", "story.txt")
    assert ws.source_text("story") == SEED.read_text(encoding="utf-8")
