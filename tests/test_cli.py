"""The command line, run as a user would and checked through the files it leaves."""

import json
import shutil

import pytest
from click.testing import CliRunner
from conftest import SEEDS

from workbench.cli import main
from workbench.store import Workspace


@pytest.fixture
def desk(tmp_path, monkeypatch):
    """An initialised workspace with both seed articles ingested, as the current folder."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("WORKBENCH_REVIEWER", "rania")
    runner = CliRunner()
    assert runner.invoke(main, ["init", "desk"]).exit_code == 0
    monkeypatch.chdir(tmp_path / "desk")
    result = runner.invoke(main, ["ingest", str(SEEDS)])
    assert result.exit_code == 0, result.output
    return Workspace(tmp_path / "desk")


def run(*args, ok=True):
    result = CliRunner().invoke(main, list(args))
    if ok:
        assert result.exit_code == 0, result.output
    return result


def first_claim(ws, contains):
    return next(c for c in ws.load_all().claims if contains in c.text)


def test_init_writes_config_and_gitignore(tmp_path):
    run("init", str(tmp_path / "new"))
    assert (tmp_path / "new" / "workbench.yaml").is_file()
    assert ".workbench/" in (tmp_path / "new" / ".gitignore").read_text().splitlines()


def test_ingest_makes_source_and_claim_files(desk):
    assert sorted(desk.iter_source_ids()) == sorted(p.stem for p in SEEDS.glob("*.txt"))
    assert len(list(desk.iter_claim_paths())) > 20


@pytest.mark.parametrize("contains, status, note", [
    ("10 مليارات دولار", "false", "العقد قيمته 10 مليارات فعلا"),
    ("6.8 مليار دولار", "mostly-true", None),
])
def test_mark_by_abbreviated_id_lands_on_disk(desk, contains, status, note):
    claim = first_claim(desk, contains)
    args = ["mark", claim.id[:7], status] + (["--note", note] if note else [])
    result = run(*args)
    assert f"-> {status}" in result.output
    saved = Workspace(desk.root).load_claim(desk.claim_path(claim))
    assert saved.status == status and saved.reviewed_by == "rania"
    assert [n.text for n in saved.notes] == ([note] if note else [])


def test_mark_refuses_a_status_outside_the_scale(desk):
    claim = desk.load_all().claims[0]
    result = run("mark", claim.id, "pants-on-fire", ok=False)
    assert result.exit_code == 1
    assert "allowed: unreviewed, in-progress, true, mostly-true" in result.output
    assert Workspace(desk.root).load_claim(desk.claim_path(claim)).status == "unreviewed"


def test_note_and_evidence_append(desk):
    claim = desk.load_all().claims[0]
    run("note", claim.id[:8], "first look")
    run("note", claim.id[:8], "ملاحظة ثانية")
    run("evidence", claim.id[:8], "https://example.org/doc", "--title", "Filing", "--note", "page 3")
    saved = Workspace(desk.root).load_claim(desk.claim_path(claim))
    assert [n.text for n in saved.notes] == ["first look", "ملاحظة ثانية"]
    assert saved.evidence[0].url == "https://example.org/doc" and saved.evidence[0].title == "Filing"


@pytest.fixture(params=["index", "files"])
def listing(request, monkeypatch):
    """`list` reads through the index, and from the files when the index cannot be opened."""
    if request.param == "files":
        from workbench.index import Index, IndexUnavailableError

        def unavailable(cls, ws, *args, **kwargs):
            raise IndexUnavailableError(".workbench/index.db: attempt to write a readonly database")

        monkeypatch.setattr(Index, "open", classmethod(unavailable))
    return request.param


def test_list_filters_and_json(desk, listing):
    claim = desk.load_all().claims[0]
    run("mark", claim.id, "false")
    result = run("list", "--status", "false", "--format", "json")
    assert ("reading the claim files instead" in result.stderr) == (listing == "files")
    listed = json.loads(result.stdout)
    assert [c["id"] for c in listed] == [claim.id]
    by_source = json.loads(run("list", "--source", claim.source, "--format", "json").stdout)
    assert by_source and {c["source"] for c in by_source} == {claim.source}
    table = run("list", "--sort", "checkworthiness").stdout.splitlines()
    scores = [float(line.split()[2]) for line in table]
    assert scores == sorted(scores, reverse=True)


def test_list_by_speaker_folds_arabic_spelling(desk, listing):
    claims = [c for c in desk.load_all().claims if c.speaker and ("أ" in c.speaker or "ة" in c.speaker)]
    assert claims, "the seeds have speakers with hamza or ta marbuta"
    speaker = claims[0].speaker
    folded = speaker.replace("أ", "ا").replace("ة", "ه")
    assert folded != speaker
    listed = json.loads(run("list", "--speaker", folded, "--format", "json").stdout)
    assert claims[0].id in [c["id"] for c in listed]


def test_show_marks_the_claim_in_its_paragraph(desk):
    claim = first_claim(desk, "10 مليارات دولار")
    out = run("show", claim.id[:8]).output
    assert f"⟦{claim.text}⟧" in out
    assert claim.id in out


def test_validate_passes_then_names_file_and_line(desk):
    assert "all files valid" in run("validate").output
    claim = desk.load_all().claims[0]
    path = desk.claim_path(claim)
    path.write_text(path.read_text(encoding="utf-8").replace("kind: ", "kind: &x "), encoding="utf-8")
    result = run("validate", ok=False)
    assert result.exit_code == 1
    assert f"claims/{claim.source}/{claim.id}.yaml:8: anchors" in result.output
    # Other commands still work, and name the bad file.
    listed = run("list")
    assert f"{claim.id}.yaml:8" in listed.output


def test_ingest_reports_bad_files_and_ingests_the_rest(desk, tmp_path):
    folder = tmp_path / "incoming"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    shutil.copy(SEEDS / "003_5f77acf5fd41fd45.txt", folder / "good.txt")
    result = run("ingest", str(folder), ok=False)
    assert result.exit_code == 1
    assert "empty.txt: empty file" in result.output and "image.txt: binary" in result.output
    assert "good" in list(Workspace(desk.root).iter_source_ids())


def test_segment_prints_jsonl_with_offsets_into_the_decoded_text(tmp_path):
    article = tmp_path / "bom.txt"
    article.write_bytes(b"\xef\xbb\xbf" + (SEEDS / "000_c619e1871c456d82.txt").read_bytes().replace(b"\n", b"\r\n"))
    text = article.read_bytes().decode("utf-8-sig")
    missing = tmp_path / "missing.txt"
    result = run("segment", str(missing), str(article), "--format", "jsonl", ok=False)
    assert result.exit_code == 1 and "missing.txt" in result.output
    records = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert records
    for record in records:
        assert record["source"] == str(article)
        assert text[record["start"]:record["end"]] == record["text"]
        assert set(record) >= {"speaker", "cue", "kind", "language", "checkworthiness"}


@pytest.mark.parametrize("command", ["segment", "ingest"])
def test_a_segmenter_failure_on_one_article_names_it_and_the_others_go_on(desk, tmp_path, monkeypatch, command):
    """A bug in the segmenter on one article (as once on `..., the United States, said`) must not stop a batch
    nor write anything for that article."""
    import workbench.ingest
    real_segment = workbench.ingest.segment

    def failing_on_the_bad_one(text):
        if "BAD ARTICLE" in text:
            raise IndexError("list index out of range")
        return real_segment(text)

    monkeypatch.setattr(workbench.ingest, "segment", failing_on_the_bad_one)
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "a_bad.txt").write_text("BAD ARTICLE\n\nThe minister said the plan was ready.\n", encoding="utf-8")
    (folder / "b_good.txt").write_text("Good article\n\nThe minister said the plan was ready.\n", encoding="utf-8")
    args = ["segment", str(folder / "a_bad.txt"), str(folder / "b_good.txt"), "--format", "jsonl"] \
        if command == "segment" else ["ingest", str(folder)]
    result = run(*args, ok=False)
    assert result.exit_code == 1
    assert "a_bad.txt: the segmenter failed on this article (IndexError" in result.output
    if command == "segment":
        assert [json.loads(line)["source"] for line in result.stdout.splitlines() if line.startswith("{")] == [
            str(folder / "b_good.txt")]
    else:
        sources = list(Workspace(desk.root).iter_source_ids())
        assert "b_good" in sources and "a_bad" not in sources


def test_commands_outside_a_workspace_fail_clearly(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run("list", ok=False)
    assert result.exit_code == 1 and "workbench init" in result.output
