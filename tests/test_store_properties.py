"""Property: any claim the model accepts saves, loads back equal, and saves to the same bytes."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workbench.claimfile import claim_to_yaml
from workbench.model import CLAIM_KINDS, DEFAULT_SCALE, Claim, Evidence, Note
from workbench.store import Workspace

# Any Unicode but lone surrogates (not encodable as UTF-8, so never in a file).
any_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=200)
some_text = any_text.filter(lambda t: t != "")
maybe_text = st.none() | any_text


@st.composite
def claims(draw):
    text = draw(some_text)
    prefix = draw(st.integers(0, 50))
    return Claim(
        id="a1b2c3d4e5f6", source="src", span=(prefix, prefix + len(text)), text=text,
        speaker=draw(maybe_text), cue=draw(maybe_text), kind=draw(st.sampled_from(CLAIM_KINDS)),
        language=draw(st.sampled_from(["ar", "en"])),
        checkworthiness=draw(st.integers(0, 100)) / 100,
        status=draw(st.sampled_from(DEFAULT_SCALE.names)),
        notes=draw(st.lists(st.builds(Note, at=any_text, by=any_text, text=any_text), max_size=3)),
        evidence=draw(st.lists(st.builds(Evidence, url=any_text, title=any_text, note=any_text), max_size=2)),
        reviewed_by=draw(maybe_text), reviewed_at=draw(maybe_text), orphaned=draw(st.booleans()),
    )


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(claim=claims())
def test_claim_round_trip_is_equal_and_byte_stable(workspace, claim):
    claim.validate(DEFAULT_SCALE)
    workspace.save_claim(claim)
    path = workspace.claim_path(claim)
    first = path.read_bytes()
    loaded = Workspace(workspace.root).load_claim(path, check_text=False)
    assert loaded == claim
    assert claim_to_yaml(loaded).encode("utf-8") == first
