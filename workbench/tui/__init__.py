"""The review screen (`workbench review`): a Textual app over the workspace's claims."""

from __future__ import annotations

from workbench.store import Workspace


def run_review(ws: Workspace, source: str | None = None, status: str | None = None,
               bidi: str | None = None) -> None:
    """Open the review app on ws; bidi is "visual", "terminal" or None (chosen from the terminal)."""
    from workbench.tui.app import ReviewApp

    ReviewApp(ws, source=source, status=status, bidi=bidi).run()
