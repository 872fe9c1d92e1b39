"""Indicator extraction (指标抽取): key figures of a report with kind, bounds, period, scope and quote."""

from corpus.indicators.context import ExtractionContext, SectionKind
from corpus.indicators.report import extract_indicators
from corpus.indicators.extractor import extract_from_text

__all__ = ["ExtractionContext", "SectionKind", "extract_from_text", "extract_indicators"]
