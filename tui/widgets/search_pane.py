"""The search box and its results: place, year, section and snippet, matches highlighted."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from store.api import SearchHit
from tui.text import literal_content

MATCH_STYLE = "bold $text on $warning-muted"


def hit_prompt(hit: SearchHit) -> Content:
    """Two lines: "place year · section path", then the snippet with its matches highlighted."""
    where = " ".join(part for part in (hit.place, str(hit.year) if hit.year else None) if part) or "?"
    path = " › ".join(hit.section_path) or "—"
    snippet = literal_content(hit.snippet.replace("\n", " "))
    for start, end in hit.snippet_matches:
        snippet = snippet.stylize(MATCH_STYLE, start, end)
    head = Content.assemble((where, "bold"), " · ", literal_content(path).stylize("$text-muted"))
    return Content("\n").join([head, Content("  ") + snippet])


class SearchPane(Vertical):
    """`/` focuses the box; Enter searches; Enter on a result opens it."""

    ALLOW_MAXIMIZE = True

    class SearchRequested(Message):
        def __init__(self, query: str) -> None:
            super().__init__()
            self.query = query

    class HitChosen(Message):
        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.hits: list[SearchHit] = []
        self.query_text = ""

    def compose(self) -> ComposeResult:
        yield Input(placeholder="search the reports (e.g. 营商环境, 乡村振兴); Enter to search", id="search-input",
                    compact=True)
        yield Static("Type words and press Enter. The tree filter (f) narrows the search.", id="search-status")
        yield OptionList(id="search-results")

    @property
    def results(self) -> OptionList:
        return self.query_one("#search-results", OptionList)

    def start(self, query: str, scope: str) -> None:
        """Show that a search for `query` over `scope` is running."""
        self.query_text = query
        self.query_one("#search-status", Static).update(
            Content.assemble("Searching for “", literal_content(query), "” in ", literal_content(scope), " …"))

    def show_hits(self, query: str, hits: list[SearchHit], scope: str) -> None:
        """List the hits, or say how to widen the search."""
        self.query_text, self.hits = query, hits
        results = self.results
        results.clear_options()
        results.add_options(Option(hit_prompt(hit), id=str(i)) for i, hit in enumerate(hits))
        status = self.query_one("#search-status", Static)
        if hits:
            status.update(Content.assemble(f"{len(hits)} hits for “", literal_content(query), "” in ",
                                           literal_content(scope), " · Enter opens · n/N next/previous"))
            results.highlighted = 0
            results.focus()
        else:
            status.update(Content.assemble(
                "No hits for “", literal_content(query), "” in ", literal_content(scope),
                ". Try fewer or shorter words, or clear the tree filter (f, then Esc) to search every report."))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "search-input" and event.value.strip():
            event.stop()
            self.post_message(self.SearchRequested(event.value.strip()))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(self.HitChosen(event.option_index))
