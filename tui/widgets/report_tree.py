"""The report tree: province → city → county/district → year → report → sections, with counts.

Nodes are added when their parent is first expanded (the sections when their report
is loaded), so a 10,000-report catalogue shows its provinces at once; `reveal`
adds the path down to a report on demand.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import Callable

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import Tree
from textual.widgets.tree import NodeID, TreeNode

from corpus.model import Report, Section
from store.api import ReportFilter, ReportSummary
from store.filters import matches
from tui.catalogue import PlaceGroup, group_reports, place_path, year_label
from tui.present.labels import display_heading, short_title
from tui.present.literal import literal_text
from tui.widgets.vim_keys import vim_bindings

SectionKey = tuple[str, str]  # (report_id, section_id)

#: With at most this many reports (or this many matching a tree filter) every node starts expanded.
EXPAND_LIMIT = 40
FILTERED_EXPAND_LIMIT = 200

SELECTED_MARK = "✓ "
MARKED_MARK = "◆ "


@dataclass(slots=True, frozen=True)
class TreeEntry:
    """What a tree node stands for: a report, one of its sections, or a grouping (neither)."""

    report_id: str | None = None
    section_id: str | None = None


#: A report title shortened to fit keeps at least this many cells before its "…".
MIN_TITLE_CELLS = 4


def report_label(summary: ReportSummary, width: int = 0, kind_style: Style | str = "") -> Text:
    """A report's label in `width` cells (0: any): a mark (in `kind_style`) when it is not a work report, title,
    counts.

    When space is short the title is cut with "…" first, then "· N ind" goes, so a count is never
    cut to a wrong number ("政府工作报告  1" for 14 sections).
    """
    title = Text()
    if not summary.doc_kind.is_work_report:
        title.append(f"[{summary.doc_kind.label}] ", style=kind_style)
    title.append_text(literal_text(short_title(summary)))
    truncated = " (truncated)" if summary.truncated else ""
    full, short = (f"  {summary.section_count} sec · {summary.indicator_count} ind{truncated}",
                   f"  {summary.section_count} sec{truncated}")
    for counts in (full, short):
        room = width - cell_len(counts)
        if width <= 0 or title.cell_len <= room:
            return title.copy().append(counts, style="dim")
        if room >= MIN_TITLE_CELLS + 1:
            cut = title.copy()
            cut.truncate(room, overflow="ellipsis")
            return cut.append(counts, style="dim")
    label = title.append(short, style="dim")
    label.truncate(max(width, 1), overflow="ellipsis")
    return label


def group_label(name: str, count: int) -> Text:
    """A place or year label with its report count."""
    return literal_text(name).append(f" ({count})", style="dim")


def node_depth(node: TreeNode[TreeEntry]) -> int:
    """How many levels below the (hidden) root a node sits: 1 for a province."""
    depth, parent = 0, node.parent
    while parent is not None:
        depth, parent = depth + 1, parent.parent
    return depth


class ReportTree(Tree[TreeEntry]):
    """The catalogue as a tree; sections appear once their report is loaded.

    `selected` (✓, for export) and `marked` (◆, to compare) are bound to the main screen's,
    which holds them; the tree only draws them.
    """

    BINDINGS = [
        Binding("space", "toggle_selected", "Select section", show=False, id="tree.select",
                tooltip="Select the section under the cursor for export (✓); on a place, fold or unfold it"),
        Binding("left", "fold", "Fold", show=False, id="tree.fold",
                tooltip="Fold the node under the cursor; on a folded node, go to its parent"),
        Binding("right", "unfold", "Unfold", show=False, id="tree.unfold",
                tooltip="Unfold the node under the cursor; on an unfolded node, go to its first child"),
        *vim_bindings("cursor_down", "cursor_up", "scroll_home", "scroll_end"),
    ]

    COMPONENT_CLASSES = {"report-tree--marked", "report-tree--selected", "report-tree--other-kind"}
    DEFAULT_CSS = """
    ReportTree > .report-tree--marked { color: $accent; text-style: bold; }
    ReportTree > .report-tree--selected { color: $success; text-style: bold; }
    ReportTree > .report-tree--other-kind { color: $text-warning; text-style: italic; }
    """

    selected: reactive[list[SectionKey]] = reactive(list)
    marked: reactive[list[SectionKey]] = reactive(list)

    class SectionsWanted(Message):
        """A report node was expanded before its sections were loaded."""

        def __init__(self, report_id: str) -> None:
            super().__init__()
            self.report_id = report_id

    class SelectionToggled(Message):
        """`space` on a section node."""

        def __init__(self, key: SectionKey) -> None:
            super().__init__()
            self.key = key

    def __init__(self, **kwargs) -> None:
        super().__init__(Text("报告 reports"), data=TreeEntry(), **kwargs)
        self.show_root = False
        self.guide_depth = 2
        self.summaries: list[ReportSummary] = []
        self.visible_summaries: list[ReportSummary] = []
        self.where = ReportFilter()  # the tree filter
        self._visible_by_id: dict[str, ReportSummary] = {}
        self._reports: dict[str, Report] = {}
        self._group_nodes: dict[tuple[str, ...], TreeNode[TreeEntry]] = {}  # place names (+ year) → node
        self._unfilled: dict[NodeID, Callable[[], None]] = {}  # collapsed node → adds its children
        self._report_nodes: dict[str, TreeNode[TreeEntry]] = {}
        self._section_nodes: dict[SectionKey, TreeNode[TreeEntry]] = {}

    # building -------------------------------------------------------------

    def show_catalogue(self, summaries: list[ReportSummary]) -> None:
        """Replace the tree's reports (keeps loaded sections, filter and marks)."""
        self.summaries = summaries
        self._rebuild()

    def apply_filter(self, where: ReportFilter) -> None:
        """Show only the reports `where` lets through (the words typed in the tree filter)."""
        self.where = where
        self._rebuild()

    def _rebuild(self) -> None:
        """Add the province nodes; the nodes under a collapsed node are added when it is first expanded."""
        self.visible_summaries = [s for s in self.summaries if matches(s, self.where)]
        self._visible_by_id = {s.id: s for s in self.visible_summaries}
        self.clear()
        self._group_nodes.clear()
        self._unfilled.clear()
        self._report_nodes.clear()
        self._section_nodes.clear()
        limit = EXPAND_LIMIT if self.where == ReportFilter() else FILTERED_EXPAND_LIMIT
        expand = len(self.visible_summaries) <= limit
        for group in group_reports(self.visible_summaries).values():
            self._add_place(self.root, (), group, expand)
        self.root.expand()
        self.cursor_line = 0

    def render_label(self, node: TreeNode[TreeEntry], base_style: Style, style: Style) -> Text:
        """The node's label cut to the tree's width with "…"; a report's counts stay whole."""
        rendered = super().render_label(node, base_style, style)
        icon = rendered[: len(rendered) - len(node.label)]
        room = self._label_room(node) - icon.cell_len
        if room <= 0 or rendered.cell_len - icon.cell_len <= room:
            return rendered
        entry = node.data
        summary = self._visible_by_id.get(entry.report_id) if entry and entry.report_id and not entry.section_id \
            else None
        if summary is not None:
            label = report_label(summary, room, self._theme_style("other-kind"))
        else:
            label = self.process_label(node.label).copy()
            label.truncate(room, overflow="ellipsis")
        label.stylize(style)
        return icon + label

    def get_label_width(self, node: TreeNode[TreeEntry]) -> int:
        """The cells `render_label` draws a node's label in, worked out without drawing it.

        The tree asks for every line's width whenever its lines change (several times while it fills).
        """
        icon = cell_len(self.ICON_NODE_EXPANDED if node.is_expanded else self.ICON_NODE) if node.allow_expand else 0
        label = self.process_label(node.label).cell_len
        room = self._label_room(node) - icon
        return icon + (label if room <= 0 else min(label, room))

    def _label_room(self, node: TreeNode[TreeEntry]) -> int:
        """The cells left for a node's icon and label, right of its guides."""
        return self.scrollable_content_region.width - self.guide_depth * node_depth(node)

    def _add_group(self, parent: TreeNode[TreeEntry], path: tuple[str, ...], label: Text, expand: bool,
                   fill: Callable[[TreeNode[TreeEntry]], None]) -> None:
        """A place or year node; `fill` adds its children now when expanded, else on first expansion."""
        node = parent.add(label, data=TreeEntry(), expand=expand)
        self._group_nodes[path] = node
        if expand:
            fill(node)
        else:
            self._unfilled[node.id] = partial(fill, node)

    def _add_place(self, parent: TreeNode[TreeEntry], path: tuple[str, ...], group: PlaceGroup,
                   expand: bool) -> None:
        path = (*path, group.name)
        self._add_group(parent, path, group_label(group.name, group.report_count()), expand,
                        partial(self._fill_place, path=path, group=group, expand=expand))

    def _fill_place(self, node: TreeNode[TreeEntry], path: tuple[str, ...], group: PlaceGroup,
                    expand: bool) -> None:
        for child in group.sorted_children():
            self._add_place(node, path, child, expand)
        for year, reports in sorted(group.years.items()):
            self._add_group(node, (*path, year), group_label(year, len(reports)), expand,
                            partial(self._fill_year, reports=reports))

    def _fill_year(self, node: TreeNode[TreeEntry], reports: list[ReportSummary]) -> None:
        kind_style = self._theme_style("other-kind")
        for summary in reports:
            label = report_label(summary, kind_style=kind_style)
            report_node = node.add(label, data=TreeEntry(summary.id),
                                   allow_expand=summary.section_count > 0)
            self._report_nodes[summary.id] = report_node
            if summary.id in self._reports:
                self._add_sections(report_node, self._reports[summary.id])

    def _fill(self, node: TreeNode[TreeEntry] | None) -> None:
        """Add the children of a node that has not been expanded yet (no-op otherwise)."""
        fill = self._unfilled.pop(node.id, None) if node is not None else None
        if fill is not None:
            fill()

    def add_report_sections(self, report: Report) -> None:
        """Show the sections of a loaded report under its node."""
        self._reports[report.id] = report
        node = self._report_nodes.get(report.id)
        if node is not None and not node.children:
            self._add_sections(node, report)

    def _add_sections(self, report_node: TreeNode[TreeEntry], report: Report) -> None:
        def add(parent: TreeNode[TreeEntry], sections: list[Section]) -> None:
            for section in sections:
                key = (report.id, section.id)
                entry = TreeEntry(report.id, section.id)
                label = self._section_label(key, section)
                if section.children:
                    node = parent.add(label, data=entry)
                    add(node, section.children)
                else:
                    node = parent.add_leaf(label, data=entry)
                self._section_nodes[key] = node

        add(report_node, report.sections)

    def _theme_style(self, name: str) -> Style:
        """The style of component class `report-tree--NAME` (theme colours, set in DEFAULT_CSS)."""
        return self.get_component_rich_style(f"report-tree--{name}", partial=True)

    def _section_label(self, key: SectionKey, section: Section) -> Text:
        label = Text()
        if key in self.marked:
            label.append(MARKED_MARK, style=self._theme_style("marked"))
        if key in self.selected:
            label.append(SELECTED_MARK, style=self._theme_style("selected"))
        label.append_text(literal_text(display_heading(section.heading, section.number) or section.id))
        return label

    # marks ----------------------------------------------------------------

    def watch_selected(self, old: list[SectionKey], new: list[SectionKey]) -> None:
        self._relabel(set(old) ^ set(new))

    def watch_marked(self, old: list[SectionKey], new: list[SectionKey]) -> None:
        self._relabel(set(old) ^ set(new))

    def _relabel(self, keys: set[SectionKey]) -> None:
        """Redraw the labels of these sections (their ✓ or ◆ changed)."""
        for key in keys:
            node = self._section_nodes.get(key)
            report = self._reports.get(key[0])
            section = report.section(key[1]) if report else None
            if node is not None and section is not None:
                node.set_label(self._section_label(key, section))

    # navigation -----------------------------------------------------------

    def is_shown(self, report_id: str) -> bool:
        """Whether the report passes the tree filter."""
        return report_id in self._visible_by_id

    def loaded_report(self, report_id: str) -> Report | None:
        """The report whose sections the tree shows, if it has been loaded."""
        return self._reports.get(report_id)

    @property
    def cursor_entry(self) -> TreeEntry | None:
        """What the cursor is on."""
        node = self.cursor_node
        return node.data if node is not None else None

    def reveal(self, report_id: str, section_id: str | None = None) -> None:
        """Move the cursor to a report (or one of its sections), expanding its ancestors."""
        summary = self._visible_by_id.get(report_id)
        if summary is None:
            return
        path = (*place_path(summary), year_label(summary))
        for depth in range(1, len(path) + 1):
            self._fill(self._group_nodes.get(path[:depth]))
        node = self._section_nodes.get((report_id, section_id)) if section_id else None
        node = node or self._report_nodes.get(report_id)
        if node is None:
            return
        ancestor = node.parent
        while ancestor is not None:
            ancestor.expand()
            ancestor = ancestor.parent
        self._tree_lines  # noqa: B018 — lays out the expanded lines now, so the node has its line number
        self.move_cursor(node)

    def action_fold(self) -> None:
        node = self.cursor_node
        if node is None:
            return
        if node.allow_expand and node.is_expanded:
            node.collapse()
        elif node.parent is not None and node.parent is not self.root:
            self.move_cursor(node.parent)

    def action_unfold(self) -> None:
        node = self.cursor_node
        if node is None:
            return
        if node.allow_expand and not node.is_expanded:
            node.expand()
        elif node.children:
            self.move_cursor(node.children[0])

    def action_toggle_selected(self) -> None:
        entry = self.cursor_entry
        if entry is not None and entry.report_id and entry.section_id:
            self.post_message(self.SelectionToggled((entry.report_id, entry.section_id)))
        else:
            self.action_toggle_node()

    def on_tree_node_expanded(self, event: Tree.NodeExpanded[TreeEntry]) -> None:
        self._fill(event.node)
        entry = event.node.data
        if entry and entry.report_id and not entry.section_id and entry.report_id not in self._reports:
            self.post_message(self.SectionsWanted(entry.report_id))
