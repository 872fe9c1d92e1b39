"""Report shards store paragraph text once and give back the same report."""

from __future__ import annotations

import orjson

from corpus.model import Paragraph
from store.shards import report_of, shard_of
from tests.store_samples import SAMPLE_FILES, parsed

REPORTS = parsed(SAMPLE_FILES)


def test_every_sample_report_round_trips_through_its_shard():
    for report in REPORTS:
        assert report_of(orjson.loads(orjson.dumps(shard_of(report)))) == report


def test_shard_keeps_paragraph_text_only_once():
    report = max(REPORTS, key=lambda r: len(r.text))
    assert len(orjson.dumps(shard_of(report))) < 1.2 * len(orjson.dumps(report.text))


def test_paragraph_that_is_not_a_slice_of_the_text_keeps_its_text():
    report = parsed(SAMPLE_FILES[:1])[0]
    section = next(report.walk_sections())
    section.paragraphs.append(Paragraph(text="不在原文中的段落", start=0))
    assert report_of(orjson.loads(orjson.dumps(shard_of(report)))) == report
