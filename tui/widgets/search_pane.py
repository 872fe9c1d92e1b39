"""The search box and its results: place, year, section and snippet, matches highlighted."""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from store.api import SearchHit
from tui.text import literal_content
from tui.widgets.cjk_text import prewrap
from tui.widgets.vim_lists import VimOptionList

MATCH_STYLE = "bold $text on $warning-muted"
SNIPPET_INDENT = "  "


def hit_prompt(hit: SearchHit, width: int = 0) -> Content:
    """Two lines: "place year · section path", then the snippet (indented) with its matches highlighted.

    Given a `width` in cells, both are broken to fit it between Chinese characters
    (中文断行), not only at spaces as the option list would.
    """
    where = " ".join(part for part in (hit.place, str(hit.year) if hit.year else None) if part) or "?"
    path = " › ".join(hit.section_path) or "—"
    snippet = literal_content(hit.snippet.replace("\n", " "))
    for start, end in hit.snippet_matches:
        snippet = snippet.stylize(MATCH_STYLE, start, end)
    head = Content.assemble((where, "bold"), " · ", literal_content(path).stylize("$text-muted"))
    snippet_lines = prewrap(snippet, width - len(SNIPPET_INDENT)) if width else snippet
    return Content("\n").join([prewrap(head, width) if width else head,
                               *(Content(SNIPPET_INDENT) + line for line in snippet_lines.split("\n"))])


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
        yield VimOptionList(id="search-results")

    @property
    def results(self) -> OptionList:
        return self.query_one("#search-results", OptionList)

    def start(self, query: str, scope: str) -> None:
        """Show that a search for `query` over `scope` is running."""
        self.query_text = query
        self.query_one("#search-status", Static).update(
            Content.assemble("Searching for “", literal_content(query), "” in ", literal_content(scope), " …"))

    def _prompt_width(self) -> int:
        """Cells a hit's lines may take: the results list's width less the options' padding and a scrollbar."""
        results = self.results
        padding = results.get_component_styles("option-list--option").padding
        return max(results.content_region.width - results.styles.scrollbar_size_vertical - padding.width, 0)

    def _list_hits(self) -> None:
        """(Re)fill the results with the hits, broken to the list's current width; keeps the highlight."""
        results = self.results
        highlighted = results.highlighted
        width = self._prompt_width()
        results.clear_options()
        results.add_options(Option(hit_prompt(hit, width), id=str(i)) for i, hit in enumerate(self.hits))
        if highlighted is not None and highlighted < len(self.hits):
            results.highlighted = highlighted

    def on_resize(self, event: events.Resize) -> None:
        if self.hits:
            self.call_after_refresh(self._list_hits)

    def show_hits(self, query: str, hits: list[SearchHit], scope: str) -> None:
        """List the hits, or say how to widen the search."""
        self.query_text, self.hits = query, hits
        results = self.results
        self._list_hits()
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
