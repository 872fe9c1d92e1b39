"""The main screen: report tree, section reader, and a bottom pane (indicators or search)."""

from __future__ import annotations

import shlex
from pathlib import Path
from typing import TYPE_CHECKING

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import ContentSwitcher, Footer, Header, Input, Static, Tree
from textual.widget import Widget

from corpus.model import Indicator, PlaceLevel, Report
from store.api import CorpusStats, ReportFilter, ReportSummary, SearchHit
from store.filters import matches
from tui.present.labels import UNKNOWN, place_or_unknown, report_heading
from tui.messages import (
    CatalogueLoaded,
    IndicatorsLoaded,
    IngestFinished,
    IngestProgressed,
    ReaderTarget,
    ReportLoaded,
    SearchFinished,
    StoreFailed,
)
from tui.store_workers import StoreWorkers
from tui.present.literal import visible
from tui.text import literal_content
from tui.widgets.reader import ReportReader
from tui.widgets.report_tree import ReportTree, SectionKey, TreeEntry

if TYPE_CHECKING:
    from textual.timer import Timer

    from tui.pinyin_filter import PinyinName
    from tui.widgets.indicator_table import IndicatorPane
    from tui.widgets.search_pane import SearchPane

ALL_REPORTS = "*"  # the indicator table shows every report's rows
INDICATORS, SEARCH = "indicators", "search"  # the bottom panes, mounted on first use
ZOOMABLE = ("reader", INDICATORS, SEARCH)
TABLE_FOLLOW_DELAY = 0.3  # seconds of no typing in the tree filter before `T`'s table reloads  # ids of the panes `z` fills the screen with
WELCOME = ("Pick a report in the tree on the left (↑↓ to move, Enter to open), "
           "press / to search every report, or t for the indicator table.\n\n? lists every key.")
LOADING = "Opening the cache …"
#: How often the screen checks whether another process has committed to the cache (one stat per check).
CATALOGUE_CHECK_SECONDS = 2.0
FIRST_RUN = ("First run: reading the bundled sample reports into the cache (progress on the left). "
             "This happens once; afterwards gwr opens at once.")
PINYIN_PENDING = "Reading place names in pinyin …"
NO_REPORTS = ("The cache has no reports yet.\n\nAdd some: press ctrl+p and choose “Ingest folder”, "
              "or run `gwr ingest DIR` in a shell, then start gwr again.")


def bottom_pane(pane: str) -> Widget:
    """A new bottom pane: the indicator table (INDICATORS) or the search pane (SEARCH).

    Imported and mounted on first use: the first frame does not need them.
    """
    if pane == INDICATORS:
        from tui.widgets.indicator_table import IndicatorPane

        return IndicatorPane(id=INDICATORS)
    from tui.widgets.search_pane import SearchPane

    return SearchPane(id=SEARCH)


def stats_line(stats: CorpusStats) -> str:
    """The header's corpus stats: "19 reports · 18 places in 9 provinces · 2022 · 412 indicators"."""
    years = ""
    if stats.years:
        first, last = stats.years
        years = f" · {first}" if first == last else f" · {first}–{last}"
    return (f"{stats.reports} reports · {stats.places} places in {stats.provinces} provinces{years} · "
            f"{stats.indicators} indicators")


class MainScreen(StoreWorkers, Screen[None]):
    """Browse: tree on the left, the reader in the centre, indicators or search below."""

    #: The tree has the focus from the start (Textual's default, the first focusable widget, would focus the
    #: tree filter's box before its style hides it, then blur it: two needless restylings before the first frame).
    AUTO_FOCUS = "#tree"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (120, "-wide")]
    VERTICAL_BREAKPOINTS = [(0, "-short"), (36, "-tall")]

    BINDINGS = [
        Binding("f", "filter_tree", "Filter", id="main.filter",
                tooltip="Filter the tree as you type: place, province, year, title, pinyin (jinan, jn)"),
        Binding("slash", "search", "Search", id="main.search",
                tooltip="Search the reports the tree shows: every word must occur, exact phrase first"),
        Binding("t", "indicators", "Indicators", id="main.indicators",
                tooltip="Show or hide the indicator table of the open report"),
        Binding("T", "all_indicators", "All indicators", show=False, id="main.all_indicators",
                tooltip="The indicator table of every report shown in the tree"),
        Binding("left_square_bracket", "previous_section", "Prev section", show=False, id="main.previous_section",
                tooltip="Previous section of the report (in the table: sort ascending)"),
        Binding("right_square_bracket", "next_section", "Next §", id="main.next_section",
                tooltip="Next section of the report (in the table: sort descending)"),
        Binding("n", "next_hit", "Next hit", show=False, id="main.next_hit", tooltip="Open the next search hit"),
        Binding("N", "previous_hit", "Previous hit", show=False, id="main.previous_hit",
                tooltip="Open the previous search hit"),
        Binding("space", "toggle_selected", "Select", show=False, id="main.select",
                tooltip="Select or unselect the current section for export (✓ in the tree)"),
        Binding("m", "mark", "Mark", show=False, id="main.mark",
                tooltip="Mark the current section for comparison (◆ in the tree; the last two count)"),
        Binding("c", "compare", "Compare", show=False, id="main.compare",
                tooltip="Compare the two marked sections side by side"),
        Binding("M", "metric", "Metric", show=False, id="main.metric",
                tooltip="Compare a metric across places and years, with a chart"),
        Binding("K", "keywords", "Keywords", show=False, id="main.keywords",
                tooltip="Compare the words two groups of reports stress (e.g. 甘肃 vs 山东)"),
        Binding("e", "export", "Export", id="main.export",
                tooltip="Export the selected sections (or the current one) to Markdown"),
        Binding("d", "glossary", "Glossary", show=False, id="main.glossary",
                tooltip="Show or hide definitions of the glossary terms (名词解释) in this section"),
        Binding("s", "toggle_sidebar", "Tree", show=False, id="main.sidebar", tooltip="Hide or show the report tree"),
        Binding("z", "zoom", "Zoom", show=False, id="main.zoom",
                tooltip="Fill the screen with the focused pane (reader, table, results, tree); z again restores"),
        Binding("y", "copy", "Copy", show=False, id="main.copy",
                tooltip="Copy what is under the cursor: a section's text, a table row, a search hit's quote"),
        Binding("o", "open_source", "Open source", show=False, id="main.open_source",
                tooltip="Open the source file in $PAGER (or $EDITOR) at the line of the quote or section"),
        Binding("question_mark", "help", "Help", id="main.help", tooltip="This list of keys"),
        Binding("escape", "back", "Back", show=False, id="main.back",
                tooltip="Close the innermost open thing: filter box, glossary, bottom pane (never quits)"),
        Binding("q", "close", "Close", id="main.close",
                tooltip="Close the innermost open thing; with nothing open, ask whether to quit (ctrl+q quits)"),
    ]

    #: `space`: sections to export, in selection order. Held here only; the tree is bound to it and draws ✓.
    selected: reactive[list[SectionKey]] = reactive(list)
    #: `m`: at most two sections to compare. Held here only; the tree is bound to it and draws ◆.
    marked: reactive[list[SectionKey]] = reactive(list)

    def __init__(self) -> None:
        super().__init__()
        self._apply_breakpoints()
        self.summaries: dict[str, ReportSummary] = {}
        self.current_report: Report | None = None
        self.current_section_id: str | None = None
        self.hits: list[SearchHit] = []
        self.hit_index = -1
        self._wanted_report: str | None = None
        self._wanted_indicators: str | None = None  # a report id, ALL_REPORTS, or None (table closed)
        self._table_follow: Timer | None = None  # reloads `T`'s table after the tree filter changed
        self._pinyin: list[PinyinName] | None = None  # every place name's pinyin, once the tree filter needed it
        self._pinyin_wanted = False  # a latin letter was typed in the tree filter: learn (and relearn) the pinyin

    def _apply_breakpoints(self) -> None:
        """Give the screen its breakpoint classes (-narrow, -tall …) for the terminal's size now, as Textual does
        on the first resize: styled once, not restyled whole before the first frame."""
        width, height = self.app.size
        for dimension, breakpoints in ((width, self.HORIZONTAL_BREAKPOINTS), (height, self.VERTICAL_BREAKPOINTS)):
            self.add_class(*self._get_breakpoint_classes(dimension, breakpoints), update=False)

    # composition ----------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="body"):
            with Vertical(id="sidebar"):
                yield Input(placeholder="filter: place, province, year …", id="tree-filter", compact=True)
                yield Static(id="tree-empty")
                yield ReportTree(id="tree").data_bind(MainScreen.selected, MainScreen.marked)
            with Vertical(id="main"):
                yield ReportReader(id="reader")
                yield ContentSwitcher(id="bottom")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        """Show the catalogue if the app opened the cache while it loaded (the first frame then shows the tree);
        else open it in a worker, showing that it is loading."""
        catalogue = self.gwr_app.opened_catalogue()
        if catalogue is None:
            self.reader.show_message(LOADING)
            self.open_catalogue()
        else:
            self.show_catalogue(*catalogue)
        self.set_interval(CATALOGUE_CHECK_SECONDS, self.check_catalogue)

    @property
    def tree(self) -> ReportTree:  # type: ignore[override]  # DOMNode.tree is a debugging view of the DOM
        return self.query_one(ReportTree)

    @property
    def reader(self) -> ReportReader:
        return self.query_one(ReportReader)

    @property
    def indicator_pane(self) -> IndicatorPane:
        """The indicator table pane (mounted by the first `t`/`T`)."""
        return self.query_one(f"#{INDICATORS}")  # type: ignore[return-value]

    @property
    def search_pane(self) -> SearchPane:
        """The search pane (mounted by the first `/`)."""
        return self.query_one(f"#{SEARCH}")  # type: ignore[return-value]

    # store results --------------------------------------------------------

    def on_catalogue_loaded(self, message: CatalogueLoaded) -> None:
        self.show_catalogue(message.stats, message.summaries)

    def show_catalogue(self, stats: CorpusStats, summaries: list[ReportSummary]) -> None:
        """Show the cache's reports in the tree and its stats in the header."""
        self.summaries = {s.id: s for s in summaries}
        self.app.sub_title = stats_line(stats)
        self.tree.show_catalogue(summaries)
        if self._pinyin_wanted:
            self._learn_pinyin(summaries)
        if not summaries:
            self.reader.show_message(NO_REPORTS)
        elif self.current_report is None:
            self.reader.show_message(WELCOME)

    def _want_pinyin(self) -> None:
        """Start learning the place names' pinyin, the first time the tree filter may need it."""
        if not self._pinyin_wanted:
            self._pinyin_wanted = True
            self._learn_pinyin(list(self.summaries.values()))

    @work(thread=True, group="pinyin", exclusive=True)
    def _learn_pinyin(self, summaries: list[ReportSummary]) -> None:
        """Compute the pinyin of every place name (off the UI thread), then refilter if pinyin was typed."""
        from tui.pinyin_filter import pinyin_names, place_names

        names = pinyin_names(place_names(summaries))
        self.app.call_from_thread(self._pinyin_learnt, names)

    def _pinyin_learnt(self, names: list[PinyinName]) -> None:
        self._pinyin = names
        filter_box = self.query_one("#tree-filter", Input)
        if filter_box.value:
            self._filter_tree(filter_box.value)

    async def on_ingest_progressed(self, message: IngestProgressed) -> None:
        from textual.widgets import ProgressBar  # only an ingest needs it, not the first frame

        progress = message.progress
        if not self.summaries and progress.done <= 1:
            self.reader.show_message(FIRST_RUN)
        sidebar = self.query_one("#sidebar")
        if not sidebar.query("#ingest-progress"):  # mounted by the first ingest, not at start-up
            await sidebar.mount(Static(id="ingest-label"), ProgressBar(id="ingest-progress", show_eta=False),
                                before="#tree-empty")
        sidebar.add_class("-ingesting")
        self.query_one("#ingest-label", Static).update(
            Content.assemble(f"Reading {progress.done}/{progress.total}: ", literal_content(Path(progress.path).name)))
        self.query_one("#ingest-progress", ProgressBar).update(total=progress.total, progress=progress.done)

    def on_ingest_finished(self, message: IngestFinished) -> None:
        summary = message.summary
        self.query_one("#sidebar").remove_class("-ingesting")
        text = (f"Ingested {summary.reports} reports ({summary.sections} sections, "
                f"{summary.indicators} indicators); {len(summary.refused)} files refused.")
        self.notify(text, title="Ingest", markup=False)
        for path, reason in summary.refused:
            self.notify(visible(f"{path}: {reason}"), title="Refused", severity="warning", markup=False)

    def on_store_failed(self, message: StoreFailed) -> None:
        self.query_one("#sidebar").remove_class("-ingesting")
        self.notify(visible(message.reason), severity="error", timeout=8, markup=False)
        if not self.summaries:
            self.reader.show_message(literal_content(
                f"{message.reason}\n\nCheck the --cache directory or GWR_CACHE."))

    async def on_report_loaded(self, message: ReportLoaded) -> None:
        report = message.report
        self.tree.add_report_sections(report)
        if message.target is None or report.id != self._wanted_report:
            return
        self.current_report = report
        await self.reader.show_report(report, message.target)
        if self._wanted_indicators not in (None, ALL_REPORTS, report.id):
            await self._show_indicators(report.id, focus=False)

    def on_indicators_loaded(self, message: IndicatorsLoaded) -> None:
        if (message.report_id or ALL_REPORTS) != self._wanted_indicators:
            return
        if message.report_id is None:
            scope = f"all {len(self.tree.visible_summaries)} reports in the tree"
        else:
            scope = self._report_name(message.report_id)
        self.indicator_pane.show_indicators(message.records, self._place_of, scope, self._region_of,
                                            complete=message.complete, level_of=self._level_of)

    def on_search_finished(self, message: SearchFinished) -> None:
        if message.query != self.search_pane.query_text:
            return
        self.hits, self.hit_index = message.hits, -1
        self.search_pane.show_hits(message.query, message.hits, self._tree_scope())

    # helpers --------------------------------------------------------------

    def _region_of(self, report_id: str) -> str:
        """The province and city of a report's place: what the table filter also matches (甘肃)."""
        from tui.filter_words import region_words

        summary = self.summaries.get(report_id)
        return region_words(summary.place) if summary else ""

    def _level_of(self, report_id: str) -> PlaceLevel | None:
        """The level of a report's place (national, province, …), which names some metrics."""
        summary = self.summaries.get(report_id)
        return summary.place.level if summary and summary.place else None

    def _place_of(self, report_id: str) -> str:
        summary = self.summaries.get(report_id)
        return place_or_unknown(summary) if summary else UNKNOWN

    def _report_name(self, report_id: str) -> str:
        summary = self.summaries.get(report_id)
        return report_heading(summary) if summary else report_id

    def _tree_scope(self) -> str:
        where = self.tree.where
        text = " ".join([*where.words, *("/".join(group) for group in where.any_words)])
        return f"reports matching “{text}”" if text else "every report"

    def open_report(self, report_id: str, target: ReaderTarget | None = None) -> None:
        """Show a report in the reader (loading it in a worker unless it is already shown)."""
        target = target or ReaderTarget()
        self._wanted_report = report_id
        if self.current_report is not None and self.current_report.id == report_id:
            self.reader.highlight(target)
        else:
            self.load_report(report_id, target)

    def show_in_tree(self, report_id: str, section_id: str | None = None) -> None:
        """Move the tree's cursor to a report (or section), clearing a tree filter that hides it."""
        if not self.tree.is_shown(report_id):
            filter_box = self.query_one("#tree-filter", Input)
            self.notify(visible(f"Tree filter “{filter_box.value}” cleared to show the report."), timeout=3,
                        markup=False)
            with filter_box.prevent(Input.Changed):
                filter_box.value = ""
            filter_box.remove_class("-open")
            self.tree.apply_filter(ReportFilter())
            self.query_one("#tree-empty", Static).display = False
        self.tree.reveal(report_id, section_id)

    def focused_section(self) -> SectionKey | None:
        """The section `space`/`m` act on: the tree's cursor if it is on a section, else the reader's."""
        entry = self.tree.cursor_entry if self.focused is self.tree else None
        if entry is not None and entry.report_id and entry.section_id:
            return entry.report_id, entry.section_id
        if self.current_report is not None and self.current_section_id is not None:
            return self.current_report.id, self.current_section_id
        return None

    async def _open_bottom(self, pane: str) -> None:
        """Show a bottom pane (INDICATORS or SEARCH), mounting it the first time."""
        bottom = self.query_one("#bottom", ContentSwitcher)
        if not bottom.query(f"#{pane}"):
            await bottom.mount(bottom_pane(pane))
        bottom.current = pane
        bottom.add_class("-open")

    def _bottom_open(self, pane: str | None = None) -> bool:
        bottom = self.query_one("#bottom", ContentSwitcher)
        return bottom.has_class("-open") and (pane is None or bottom.current == pane)

    def _close_bottom(self) -> None:
        bottom = self.query_one("#bottom", ContentSwitcher)
        bottom.remove_class("-open")
        self._wanted_indicators = None
        self._focus_away_from(bottom)

    # widget events --------------------------------------------------------

    def on_tree_node_selected(self, event: Tree.NodeSelected[TreeEntry]) -> None:
        entry = event.node.data
        if entry is not None and entry.report_id:
            self.open_report(entry.report_id, ReaderTarget(section_id=entry.section_id))

    def on_report_tree_sections_wanted(self, message: ReportTree.SectionsWanted) -> None:
        self.load_report(message.report_id, None)

    def on_report_tree_selection_toggled(self, message: ReportTree.SelectionToggled) -> None:
        self._toggle_selected(message.key)

    def on_report_reader_section_changed(self, message: ReportReader.SectionChanged) -> None:
        self.current_section_id = message.section_id
        if self.focused is not self.tree:
            self.tree.reveal(message.report_id, message.section_id)

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "tree-filter":
            if event.value:
                event.input.add_class("-open")
            self._filter_tree(event.value)

    def _filter_tree(self, text: str) -> None:
        """Filter the tree by the typed words (pinyin words read as the place names they spell)."""
        from tui.pinyin_filter import may_need_pinyin, pinyin_words, translate

        summaries = list(self.summaries.values())
        if may_need_pinyin(text):
            self._want_pinyin()
        translation = translate(text, summaries, self._pinyin or [])
        self.tree.apply_filter(translation.where)
        note = self.query_one("#tree-empty", Static)
        if self._pinyin is None and self.summaries and not self.tree.visible_summaries \
                and pinyin_words(text, summaries):
            note.update(PINYIN_PENDING)  # the filter runs again once the pinyin is known
        elif self.summaries and not self.tree.visible_summaries:
            note.update(Content.assemble("No report matches “", literal_content(text),
                                         "”. Try a place (济南, jinan, jn), a province (甘肃) or a year; esc clears."))
        else:
            note.update(literal_content("\n".join(translation.notes)))
        note.display = bool(self.summaries) and (not self.tree.visible_summaries or bool(translation.notes))
        if self._wanted_indicators == ALL_REPORTS and self._bottom_open(INDICATORS):
            if self._table_follow is not None:
                self._table_follow.stop()
            self._table_follow = self.set_timer(TABLE_FOLLOW_DELAY, self._reload_all_indicators)

    def _reload_all_indicators(self) -> None:
        """`T`'s table follows the tree filter (once typing pauses)."""
        self._table_follow = None
        if self._wanted_indicators == ALL_REPORTS:
            self.load_indicators(None, self.tree.where)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "tree-filter":
            self.tree.focus()

    def on_indicator_pane_indicator_chosen(self, message: IndicatorPane.IndicatorChosen) -> None:
        indicator: Indicator = message.indicator
        self.open_report(indicator.report_id,
                         ReaderTarget(section_id=indicator.section_id, focus=(indicator.start, indicator.end)))

    def on_search_pane_search_requested(self, message: SearchPane.SearchRequested) -> None:
        self.search_pane.start(message.query, self._tree_scope())
        self.run_search(message.query, self.tree.where)

    def on_search_pane_hit_chosen(self, message: SearchPane.HitChosen) -> None:
        self._open_hit(message.index)

    def _open_hit(self, index: int) -> None:
        if not self.hits:
            return
        self.hit_index = index % len(self.hits)
        hit = self.hits[self.hit_index]
        self.search_pane.results.highlighted = self.hit_index
        words = (*self.search_pane.query_text.split(), hit.snippet[slice(*hit.snippet_matches[0])]) \
            if hit.snippet_matches else tuple(self.search_pane.query_text.split())
        self.open_report(hit.report_id, ReaderTarget(section_id=hit.section_id,
                                                     focus=(hit.offset, hit.offset + hit.length),
                                                     words=tuple(dict.fromkeys(words))))

    # actions --------------------------------------------------------------

    def action_filter_tree(self) -> None:
        """Show the filter box and focus it at once (not after this key), so keys typed fast land in it."""
        sidebar, filter_box = self.query_one("#sidebar"), self.query_one("#tree-filter", Input)
        sidebar.remove_class("-hidden")
        filter_box.add_class("-open")
        self.set_focus(filter_box)

    async def action_search(self) -> None:
        await self._open_bottom(SEARCH)
        self.query_one("#search-input", Input).focus()

    async def action_indicators(self) -> None:
        """Toggle the indicator table of the current report (every report's when none is open)."""
        report = self.current_report
        if report is None:
            await self.action_all_indicators()
        elif self._bottom_open(INDICATORS) and self._wanted_indicators == report.id:
            self._close_bottom()
        else:
            await self._show_indicators(report.id)

    async def action_all_indicators(self) -> None:
        """The indicator table for every report the tree shows."""
        await self._show_indicators(ALL_REPORTS)

    async def _show_indicators(self, wanted: str, focus: bool = True) -> None:
        self._wanted_indicators = wanted
        # The store reads while the pane mounts; what it posts is handled once this handler is done.
        if wanted == ALL_REPORTS:
            self.load_indicators(None, self.tree.where)
        else:
            self.load_indicators(wanted, ReportFilter())
        await self._open_bottom(INDICATORS)
        if focus:
            self.indicator_pane.table.focus()

    def action_export_table(self) -> None:
        """Export the indicator table's rows, as shown (after filter and sort), to CSV."""
        if not self._bottom_open(INDICATORS):
            self.notify("Open the indicator table first (t or T), then export it.", severity="warning")
            return
        self.indicator_pane.export()

    def action_previous_section(self) -> None:
        self.reader.previous_section()

    def action_next_section(self) -> None:
        self.reader.next_section()

    def action_next_hit(self) -> None:
        self._open_hit(self.hit_index + 1)

    def action_previous_hit(self) -> None:
        self._open_hit(self.hit_index - 1)

    def action_glossary(self) -> None:
        self.reader.toggle_glossary()

    def action_toggle_sidebar(self) -> None:
        """Hide or show the tree; the reader keeps its text in view and a shown pane keeps the focus."""
        sidebar = self.query_one("#sidebar")
        if not sidebar.has_class("-hidden"):
            self._focus_away_from(sidebar)
        sidebar.toggle_class("-hidden")

    def action_zoom(self) -> None:
        if self.maximized is not None:
            self.minimize()
        elif self.focused is not None:
            panes = [node for node in self.focused.ancestors_with_self
                     if isinstance(node, Widget) and node.id in ZOOMABLE]
            self.maximize(panes[0] if panes else self.focused, container=False)

    def action_toggle_selected(self) -> None:
        key = self.focused_section()
        if key is not None:
            self._toggle_selected(key)

    def _toggle_selected(self, key: SectionKey) -> None:
        if key in self.selected:
            self.selected = [selected for selected in self.selected if selected != key]
        else:
            self.selected = [*self.selected, key]
        self.notify(f"{len(self.selected)} sections selected for export (e exports them).", timeout=2)

    def action_mark(self) -> None:
        key = self.focused_section()
        if key is None:
            return
        if key in self.marked:
            self.marked = [marked for marked in self.marked if marked != key]
        else:
            self.marked = [*self.marked, key][-2:]
        hint = " (c compares them)" if len(self.marked) == 2 else " (mark one more to compare)"
        self.notify(f"{len(self.marked)} of 2 sections marked{hint}.", timeout=2)

    def action_compare(self) -> None:
        if len(self.marked) != 2:
            self.notify("Mark two sections with m first (in the tree or the reader).", severity="warning")
            return
        from tui.screens.compare import CompareSectionsScreen

        self.app.push_screen(CompareSectionsScreen(self.store, self.marked[0], self.marked[1]))

    def action_metric(self) -> None:
        from tui.screens.metric import MetricScreen

        self.app.push_screen(MetricScreen(self.store, self.tree.where), self._open_indicator)

    def _open_indicator(self, indicator: Indicator | None) -> None:
        """Open the report an indicator comes from at its quote (a row of the metric view chose it)."""
        if indicator is not None:
            self.open_report(indicator.report_id,
                             ReaderTarget(section_id=indicator.section_id, focus=(indicator.start, indicator.end)))

    def action_keywords(self) -> None:
        """Ask for two groups (prefilled from the marked sections' places), then compare their keywords."""
        from tui.screens.keyword_groups import KeywordGroupsScreen

        places = [self._place_of(report_id) for report_id, _ in self.marked]
        left, right = (places + ["", ""])[:2]
        self.app.push_screen(KeywordGroupsScreen(left or " ".join(self.tree.where.words), right), self._compare_keywords)

    def _compare_keywords(self, groups: tuple[str, str] | None) -> None:
        if groups is None:
            return
        sides = [[s.id for s in self.summaries.values() if matches(s, ReportFilter.from_words(group))]
                 for group in groups]
        empty = [group for group, ids in zip(groups, sides) if not ids]
        if empty:
            self.notify(visible(f"No report matches “{empty[0]}”."), severity="warning", markup=False)
            return
        from tui.screens.keywords import KeywordsScreen

        self.app.push_screen(KeywordsScreen(self.store, sides[0], sides[1], groups[0], groups[1]))

    def action_export(self) -> None:
        selections = list(self.selected)
        if not selections and (key := self.focused_section()) is not None:
            selections = [key]
        if not selections:
            self.notify("Select sections with space first (or open a report to export its current section).",
                        severity="warning")
            return
        from tui.screens.export import ExportScreen

        config = getattr(self.app, "config", None)
        self.app.push_screen(ExportScreen(self.store, selections, config.export_folder if config else None))

    def action_copy(self) -> None:
        """`y`: copy what is under the cursor to the clipboard (OSC 52)."""
        from tui.screens.under_cursor import under_cursor

        item = under_cursor(self)
        if item is None:
            self.notify("Nothing to copy here: open a report, or move to a table row or a search hit.",
                        severity="warning")
            return
        self.app.copy_to_clipboard(item.text)
        self.notify(f"Copied {len(item.text)} characters.", timeout=2)

    def action_open_source(self) -> None:
        """`o`: open the source file of what is under the cursor in $PAGER/$EDITOR, at its line."""
        from tui.screens.under_cursor import under_cursor

        item = under_cursor(self)
        summary = self.summaries.get(item.report_id) if item is not None else None
        if item is None or summary is None:
            self.notify("Open a report, or move to a table row or a search hit, first.", severity="warning")
            return
        self._open_source(summary.source_path, item.passage)

    @work(thread=True, group="viewer", exclusive=True)
    def _open_source(self, path: str, passage: str) -> None:
        """Find the passage's line in the file (off the UI thread), then open the viewer there."""
        from tui.source_line import source_line, viewer_command

        command = viewer_command(path, source_line(path, passage))
        self.app.call_from_thread(self._run_viewer, command)

    def _run_viewer(self, command: list[str]) -> None:
        import subprocess

        from textual.app import SuspendNotSupported

        try:
            with self.app.suspend():
                subprocess.run(command, check=False)
        except SuspendNotSupported:
            self.notify(visible(f"Cannot hand over this terminal; run: {shlex.join(command)}"), markup=False,
                        severity="warning")
        except OSError as error:
            self.notify(visible(f"Could not run {command[0]}: {error.strerror or error}"), severity="error",
                        markup=False)

    def action_help(self) -> None:
        from tui.screens.help import HelpScreen

        self.app.push_screen(HelpScreen(self.BINDINGS))

    def action_back(self) -> None:
        """Esc: close the innermost open thing; never quits (ctrl+q does)."""
        if not self._close_innermost():
            self.notify("Nothing to close. ctrl+q quits gwr.", timeout=2)

    def action_close(self) -> None:
        """`q`: close the innermost open thing; with nothing open, ask whether to quit."""
        if not self._close_innermost():
            from tui.screens.quit import QuitScreen

            self.app.push_screen(QuitScreen(), lambda quit_: self.app.exit() if quit_ else None)

    def _close_innermost(self) -> bool:
        """Close the focused filter box, the glossary, the zoom, the bottom pane, then an unfocused tree filter.

        Closing the tree filter clears it, so the tree never stays filtered with no box saying so.
        False when nothing was open.
        """
        filter_box = self.query_one("#tree-filter", Input)
        if filter_box.has_focus:
            if filter_box.value:
                filter_box.value = ""
            else:
                self._close_filter_box()
        elif self.reader.has_class("-glossary"):
            self.reader.hide_glossary()
        elif self.maximized is not None:
            self.minimize()
        elif self._bottom_open():
            self._close_bottom()
        elif filter_box.has_class("-open"):
            filter_box.value = ""
            self._close_filter_box()
        else:
            return False
        return True

    def _close_filter_box(self) -> None:
        filter_box = self.query_one("#tree-filter", Input)
        filter_box.remove_class("-open")
        self._focus_away_from(filter_box)

    def _focus_away_from(self, hidden: Widget) -> None:
        """Move the focus out of `hidden` (about to be hidden): to the tree if shown, else the reader."""
        focused = self.focused
        if focused is not None and focused is not hidden and hidden not in focused.ancestors:
            return
        sidebar = self.query_one("#sidebar")
        if hidden is not sidebar and not sidebar.has_class("-hidden"):
            self.tree.focus()
        else:
            self.reader.body.focus()

    def ingest(self, folder: Path) -> None:
        """Ingest a folder (from the command palette)."""
        self.ingest_folder(folder)
