"""Tables print report text as data: markup-like text stays literal, CJK cells fold instead of being cut."""

from __future__ import annotations

import sys

from tests.store_samples import SAMPLE_FILES, parsed
from tui.cli.common import print_table

SENTENCE = parsed(SAMPLE_FILES)[0].text[:60]


def test_markup_like_text_prints_literally_on_a_terminal(capsys, monkeypatch):
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    print_table(["text"], [[f"[bold]{SENTENCE[:5]}[/bold]"]])
    assert f"[bold]{SENTENCE[:5]}[/bold]" in capsys.readouterr().out


def test_long_cjk_cell_is_folded_not_cut_on_a_narrow_terminal(capsys, monkeypatch):
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    monkeypatch.setenv("COLUMNS", "30")
    print_table(["text"], [[SENTENCE]])
    printed = "".join(line.strip("│ ") for line in capsys.readouterr().out.splitlines())
    assert "".join(SENTENCE.split()) in "".join(printed.split())


def test_piped_table_is_tab_separated_with_tabs_and_newlines_in_cells_flattened(capsys):
    print_table(["a", "b"], [[f"x\ty\n{SENTENCE[:4]}", 3]])
    assert capsys.readouterr().out == f"a\tb\nx y {SENTENCE[:4]}\t3\n"
