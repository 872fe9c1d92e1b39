"""Report shards keep the structure apart from the text, store paragraph text once, and give back the report."""

from __future__ import annotations

import orjson

from corpus.model import Paragraph
from store.shards import report_of, shard_of
from tests.store_samples import SAMPLE_FILES, parsed

REPORTS = parsed(SAMPLE_FILES)


def round_trip(report):
    structure, text = shard_of(report)
    return report_of(orjson.loads(orjson.dumps(structure)), text, report.indicators)


def test_every_sample_report_round_trips_through_its_shard():
    for report in REPORTS:
        assert round_trip(report) == report


def test_structure_holds_no_copy_of_the_text():
    report = max(REPORTS, key=lambda r: len(r.text))
    structure, text = shard_of(report)
    assert text == report.text
    assert len(orjson.dumps(structure)) < 0.2 * len(text.encode("utf-8"))


def test_paragraph_that_is_not_a_slice_of_the_text_keeps_its_text():
    report = parsed(SAMPLE_FILES[:1])[0]
    section = next(report.walk_sections())
    section.paragraphs.append(Paragraph(text="不在原文中的段落", start=0))
    assert round_trip(report) == report
