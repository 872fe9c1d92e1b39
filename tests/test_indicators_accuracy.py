"""Extraction meets the bar on the hand-annotated gold set (tests/gold): precision ≥ 98%, recall ≥ 90%."""

from __future__ import annotations

import pytest

import orjson

from corpus import parse_file
from tools.indicator_accuracy import GOLD_DIR, score, source_path

GOLD_REPORTS_AT_LEAST = 16


@pytest.fixture(scope="module")
def gold_score():
    return score()


def test_the_gold_set_covers_at_least_sixteen_reports():
    assert len(list(GOLD_DIR.glob("*.json"))) >= GOLD_REPORTS_AT_LEAST


def test_the_gold_set_covers_every_level_of_government():
    levels = set()
    for gold_path in GOLD_DIR.glob("*.json"):
        source = source_path(orjson.loads(gold_path.read_bytes())["source"])
        levels |= {report.place.level for report in parse_file(source) if report.place}
    assert {"全国", "省", "市", "县", "区"} <= {level.value for level in levels}


def test_precision_on_the_gold_set_is_at_least_98_percent(gold_score):
    assert gold_score.total.precision >= 0.98, [hit for _, hit in gold_score.false_hits]


def test_recall_on_the_gold_set_is_at_least_90_percent(gold_score):
    assert gold_score.total.recall >= 0.90, [miss.fields for miss in gold_score.misses]
