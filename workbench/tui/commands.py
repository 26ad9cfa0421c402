"""ReviewCommands: every action of the review screen in the command palette ("claim: mark false")."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from workbench.tui.catalog import UNDECIDED
from workbench.tui.text import literal


class ReviewCommands(Provider):
    """Prompts read `<what it acts on>: <verb>`; each acts on the highlighted claim or the list."""

    def commands(self) -> list[tuple[str, Callable[[], object], str]]:
        screen = self.screen
        if not hasattr(screen, "catalog"):
            return []
        run = screen.run_action
        out: list[tuple[str, Callable[[], object], str]] = []
        for rating in screen.catalog.scale.ratings:
            out.append((f"claim: mark {rating.label.lower()}", partial(run, f"mark('{rating.name}')"),
                        f"Set the highlighted claim to {rating.name} and save it"))
        out += [
            ("claim: add note", partial(run, "note"), "Write a note on the highlighted claim"),
            ("claim: add evidence", partial(run, "evidence"), "Add a url, title and note"),
            ("claim: undo last change", partial(run, "undo"), "Undo the last decision, note or evidence"),
            ("claim: open source article", partial(run, "open_source"), "The article, scrolled to the claim"),
            ("claim: copy decision to duplicates…", partial(run, "copy_to_duplicates"),
             "Near-duplicates in other sources; tick those that share the verdict"),
            ("claim: next undecided", screen.move_to_next_undecided, "Jump to the next undecided claim"),
            ("filter: undecided", partial(run, f"filter_status('{UNDECIDED}')"), "Only claims not yet decided"),
            ("filter: all claims", partial(run, "clear_filters"), "Clear every filter and the search"),
            ("filter: choose…", partial(run, "filters"), "Status, source, speaker and language in one dialog"),
            ("search: claim text, speaker, notes", partial(run, "search"), "Typo- and spelling-tolerant"),
            ("sort: article order", partial(run, "sort('article')"), "Sources in order, claims as they appear"),
            ("sort: check-worthiness", partial(run, "sort('checkworthiness')"), "Most worth checking first"),
            ("view: toggle bidi (visual / terminal)", partial(run, "toggle_bidi"), "How Arabic is drawn"),
            ("help: list every key", partial(run, "keys"), "Keys, binding ids and what they do"),
        ]
        for rating in screen.catalog.scale.ratings:
            out.append((f"filter: status {rating.name}", partial(run, f"filter_status({rating.name!r})"),
                        f"Only claims marked {rating.label}"))
        for language in ("ar", "en"):
            out.append((f"filter: language {language}", partial(run, f"filter_language('{language}')"), ""))
        for source_id in screen.catalog.sources()[:500]:
            title = literal(screen.catalog.source_title(source_id))
            out.append((f"filter: source {source_id} · {title}", partial(screen.action_filter_source, source_id),
                         source_id))
        for speaker in screen.catalog.speakers()[:500]:
            out.append((f"filter: speaker {literal(speaker) or '(the article itself)'}",
                        partial(screen.action_filter_speaker, speaker), ""))
        return out

    async def discover(self) -> Hits:
        for prompt, callback, help_text in self.commands():
            if not prompt.startswith(("filter: source", "filter: speaker")):
                yield DiscoveryHit(Content(prompt), callback, text=prompt, help=help_text)

    async def search(self, query: str) -> Hits:
        # Prompts hold titles and speakers from the articles: they are shown as
        # Content built literally, never through the matcher's markup parser.
        matcher = self.matcher(query)
        for prompt, callback, help_text in self.commands():
            score = matcher.match(prompt)
            if score > 0:
                yield Hit(score, highlight(matcher, prompt), callback, text=prompt, help=help_text)


def highlight(matcher, prompt: str) -> Content:
    """prompt with the matched characters styled, as Matcher.highlight does, minus its markup parsing."""
    content = Content(prompt)
    _, offsets = matcher.fuzzy_search.match(matcher.query, prompt)
    for offset in offsets:
        if not prompt[offset].isspace():
            content = content.stylize(matcher.match_style, offset, offset + 1)
    return content
