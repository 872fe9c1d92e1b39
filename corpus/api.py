"""The entry points of the parser: a file or a text in, reports out."""

from __future__ import annotations

import hashlib
from pathlib import Path

from corpus.cleaning import (
    cut_paywall,
    drop_paid_markers,
    ends_paragraph,
    rejoin_paragraphs,
    remove_chunk_markers,
    strip_site_chrome,
)
from corpus.copies import keep_one_copy
from corpus.documents import SourceDocument, split_documents
from corpus.errors import RefusedSource
from corpus.formats import read_sources
from corpus.glossary import glossary_start, parse_glossary
from corpus.hints import Hints
from corpus.indicators import extract_indicators
from corpus.kinds import KIND_WARNINGS
from corpus.metadata import header_block, read_metadata
from corpus.model import REPORT_ID_DIGITS, Place, Report
from corpus.places import identify_place
from corpus.reading import normalise_text
from corpus.sections import Line, build_sections, whole_text_section
from corpus.years import report_years


#: How much of a report's opening is handed to the place finder.
PLACE_HEAD_CHARS = 300
NO_HEADINGS = "no recognisable headings: the text is kept as one section"
TRUNCATED = "the text stops in mid-sentence: the source looks truncated"
ONLY_DEBRIS = "the text holds nothing but web-page chrome, paid-content markers or a paywall notice"
#: Why a file whose text is all debris (ONLY_DEBRIS) is refused.
NO_REPORT_TEXT = "no report text: only site navigation/debris"
PASTED_COPIES = "the report is pasted {copies} times in the file: the most complete copy is kept"
PAYWALLED = "the source stops at a paywall (试读结束): the rest of the report is missing"


def parse_file(path: str | Path, data: bytes | None = None) -> list[Report]:
    """Parse one source file (any format of `corpus.SUPPORTED_SUFFIXES`) into its reports, or raise `RefusedSource`.

    `data`: the file's bytes when the caller has read them already (the cache hashes and parses the
    same bytes). A file holding nothing but site chrome, paid-content markers or a paywall notice is
    refused: it has no report to show (`parse_text` keeps such a text, with a warning).
    A dataset file gives the reports of all its records, numbered in file order.
    """
    path = Path(path)
    reports: list[Report] = []
    for source in read_sources(path, data):
        reports += _parse_normalised(source.text, str(path), source.hints, first_index=len(reports))
    if any(ONLY_DEBRIS in report.warnings for report in reports):
        raise RefusedSource(path, NO_REPORT_TEXT)
    return reports


def _report_id(source_digest: str, index: int) -> str:
    """An id stable for the same source text and position (`REPORT_ID_DIGITS` hex digits)."""
    return hashlib.sha1(f"{source_digest}:{index}".encode()).hexdigest()[:REPORT_ID_DIGITS]


def _lines_with_offsets(paragraphs: list[str]) -> list[Line]:
    lines, offset = [], 0
    for paragraph in paragraphs:
        lines.append(Line(paragraph, offset))
        offset += len(paragraph) + 1
    return lines


def _truncation(body: list[Line], paywalled: bool) -> tuple[bool, list[str]]:
    """Whether the report's text stops before its end, and the warning saying why."""
    if paywalled:
        return True, [PAYWALLED]
    if body and not ends_paragraph(body[-1].text):
        return True, [TRUNCATED]
    return False, []


def _place(title: str, head: str, hints: Hints) -> Place | None:
    """The place a hint names (a record's place field, a header's issuing body), else the one the text names."""
    hinted = identify_place(hints.place) if hints.place else None
    return hinted or identify_place(title, head)


def _build_report(document: SourceDocument, index: int, report_id: str, source_path: str,
                  paywalled: bool, hints: Hints) -> Report:
    """One report from the raw lines of one document."""
    paragraphs = rejoin_paragraphs(document.lines)
    metadata = read_metadata(paragraphs, document.toc_title, Path(source_path).stem, hints)
    lines = _lines_with_offsets(paragraphs)
    text = "\n".join(paragraphs)
    warnings = list(document.warnings)
    if metadata.doc_kind in KIND_WARNINGS:
        warnings.append(KIND_WARNINGS[metadata.doc_kind])
    glossary_at = glossary_start(paragraphs, metadata.opening_end)
    glossary, glossary_warnings = parse_glossary(paragraphs[glossary_at:]) if glossary_at is not None else ([], [])
    warnings += glossary_warnings
    body = lines[:glossary_at]
    opening = [line for line in body[:metadata.opening_end] if line.text != metadata.title]
    sections = build_sections(opening, body[metadata.opening_end:], hints.outline or ())
    if not sections:
        warnings.append(NO_HEADINGS)
        sections = [whole_text_section([line for line in body if line.text != metadata.title])]
    truncated, truncation_warnings = _truncation(body, paywalled)
    warnings += truncation_warnings
    headings = [section.heading for root in sections for section in root.walk()]
    years = report_years(metadata.title, metadata.delivered, headings, metadata.doc_kind, hints.year)
    return Report(
        id=report_id,
        source_path=source_path,
        source_index=index,
        title=metadata.title,
        text=text,
        doc_kind=metadata.doc_kind,
        place=_place(metadata.title, text[:PLACE_HEAD_CHARS], hints),
        title_year=years.title,
        review_year=years.review,
        plan_year=years.plan,
        delivered=metadata.delivered,
        speaker=metadata.speaker,
        speaker_role=metadata.speaker_role,
        truncated=truncated,
        warnings=warnings,
        sections=sections,
        glossary=glossary,
    )


def parse_text(text: str, source_path: str = "<text>") -> list[Report]:
    """Parse already-decoded text into reports (none for a blank text, at least one otherwise).

    The text is normalised as a file's is (`normalise_text`), so the reports, their ids and
    offsets are those `parse_file` gives for a file holding the same text.
    """
    return _parse_normalised(normalise_text(text), source_path)


def _parse_normalised(text: str, source_path: str, hints: Hints = Hints(), first_index: int = 0) -> list[Report]:
    """Parse text that `normalise_text` has already been through; its reports are numbered from `first_index`."""
    raw_lines = text.split("\n")
    header, body_start = header_block(raw_lines)
    hints = header.filled_from(hints)
    raw_lines = raw_lines[body_start:]
    lines, paywalled = cut_paywall(strip_site_chrome(remove_chunk_markers(drop_paid_markers(raw_lines))))
    lines, copies = keep_one_copy(lines)
    documents = [document for document in split_documents(lines) if any(line.strip() for line in document.lines)]
    if copies > 1 and documents:
        documents[0].warnings.append(PASTED_COPIES.format(copies=copies))
    if not documents and text.strip():
        documents, paywalled = [SourceDocument(raw_lines, warnings=[ONLY_DEBRIS])], False
    digest = hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()  # lone surrogates hash too
    last = len(documents) - 1
    reports = [
        _build_report(document, first_index + index, _report_id(digest, first_index + index), source_path,
                      paywalled and index == last, hints)
        for index, document in enumerate(documents)
    ]
    for report in reports:
        report.indicators = extract_indicators(report)
    return reports
