"""The repository is itself a workspace: a fresh clone has the seed articles ingested, ready to review."""

from __future__ import annotations

from conftest import REPO, SEEDS

from workbench.ingest import ingest_file, iter_article_files
from workbench.store import Workspace
from workbench.validate import validate_workspace


def test_the_repository_validates_and_holds_claims_for_every_seed():
    ws = Workspace(REPO)
    assert validate_workspace(ws) == []
    seeds = sorted(p.stem for p in SEEDS.glob("*.txt"))
    assert sorted(ws.iter_source_ids()) == seeds
    result = ws.load_all()
    assert {c.source for c in result.claims} == set(seeds)
    assert not [c for c in result.claims if c.orphaned]


def test_the_committed_claims_are_what_the_segmenter_makes_of_the_seeds_today(tmp_path):
    # Fails when the segmenter changed and nobody re-ingested: `workbench ingest seeds/`
    # (with claims/ removed while nobody has reviewed them) brings the repository up to date.
    fresh = Workspace.init(tmp_path / "desk")
    for path in iter_article_files([SEEDS]):
        ingest_file(fresh, path)
    committed = {p.relative_to(REPO).as_posix(): p.read_bytes() for p in (REPO / "claims").rglob("*.yaml")}
    made = {p.relative_to(fresh.root).as_posix(): p.read_bytes() for p in fresh.claims_dir.rglob("*.yaml")}
    reviewed = {path for path, data in committed.items() if b"status: unreviewed" not in data}
    assert sorted(set(made) - set(committed)) == [], "claims the segmenter finds that are not committed"
    assert sorted(set(committed) - set(made) - reviewed) == [], "committed unreviewed claims it no longer finds"
    changed = [path for path in set(made) & set(committed) - reviewed if made[path] != committed[path]]
    assert changed == []
