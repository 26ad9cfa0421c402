"""The rating keys: one binding per rating of the workspace's scale, with stable ids."""

from __future__ import annotations

from textual.binding import Binding

from workbench.model import RatingScale


def rating_bindings(scale: RatingScale, reserved: set[str]) -> list[Binding]:
    """A binding `mark-<name>` per rating that has a key (or a free letter of its name), skipping taken keys.

    The default scale brings its own keys (t, m, l, f, v, x, i); a workspace's
    own scale without keys gets the first free letter of each rating's name.
    """
    taken = set(reserved)
    out = []
    for rating in scale.ratings:
        key = rating.key if rating.key and rating.key not in taken else None
        # A rating asked for a key already taken still gets one: losing a decision key silently is worse.
        if key is None and (rating.key or rating.decided):
            key = next((ch for ch in rating.name.lower() if ch.isalpha() and ch not in taken), None)
        if key is None:
            continue
        taken.add(key)
        out.append(Binding(key, f"mark({rating.name!r})", rating.label, id=f"mark-{rating.name}",
                           tooltip=f"Mark the claim {rating.label.lower()}, save it, go to the next undecided one"))
    return out
