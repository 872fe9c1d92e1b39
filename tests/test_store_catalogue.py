"""The catalogue file keeps report metadata and indicators across a reopen."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.catalogue import SCHEMA_VERSION, Catalogue, ReportRecord, SourceRecord, summarise
from store.files import CorruptCacheFile
from tests.store_samples import SAMPLE_FILES, parsed


JINAN = next(r for r in parsed(SAMPLE_FILES) if r.place and r.place.name == "济南市" and r.title_year == 2022)


def committed_with_jinan(path: Path) -> ReportRecord:
    """Commit a catalogue at `path` holding the 济南 2022 report, as an ingest does; its record."""
    catalogue = Catalogue(path)
    catalogue.meta.update(schema=SCHEMA_VERSION, parser="v", generation=1, next_doc=1, index_folder=None,
                          index_files={}, sizes={}, checksums={})
    record = ReportRecord(summarise(JINAN), doc=0, shard="x.json", source=JINAN.source_path)
    catalogue.put_source(SourceRecord(JINAN.source_path, 1, "sha", "v", [JINAN.id]), [(record, JINAN.indicators)])
    catalogue.write_indicators("indicators/1.jsonl")
    catalogue.commit()
    return record


def test_reports_and_indicators_survive_commit_and_reopen(tmp_path: Path):
    record = committed_with_jinan(tmp_path / "catalogue.json")
    reopened = Catalogue(tmp_path / "catalogue.json")
    assert reopened.reports == {JINAN.id: record}
    assert reopened.indicators_of(JINAN.id) == JINAN.indicators != []


def test_a_report_s_indicators_are_checked_against_the_checksum_of_its_line(tmp_path: Path):
    committed_with_jinan(tmp_path / "catalogue.json")
    path = tmp_path / "indicators" / "1.jsonl"
    data = path.read_bytes()
    offset = data.index(b'"value":') + len(b'"value":')
    path.write_bytes(data[:offset] + bytes([data[offset] ^ 1]) + data[offset + 1:])
    with pytest.raises(CorruptCacheFile):
        Catalogue(tmp_path / "catalogue.json").indicators_of(JINAN.id)


def test_opening_the_catalogue_leaves_the_indicators_file_unread(tmp_path: Path):
    committed_with_jinan(tmp_path / "catalogue.json")
    (tmp_path / "indicators" / "1.jsonl").unlink()
    reopened = Catalogue(tmp_path / "catalogue.json")
    assert list(reopened.reports) == [JINAN.id]
    with pytest.raises(FileNotFoundError):
        reopened.indicators_of(JINAN.id)


def test_dropping_a_source_drops_its_reports(tmp_path: Path):
    catalogue = Catalogue(tmp_path / "catalogue.json")
    record = ReportRecord(summarise(JINAN), doc=0, shard="x.json", source=JINAN.source_path)
    catalogue.put_source(SourceRecord(JINAN.source_path, 1, "sha", "v", [JINAN.id]), [(record, [])])
    catalogue.drop_source(JINAN.source_path)
    catalogue.commit()
    assert Catalogue(tmp_path / "catalogue.json").reports == {}


def test_catalogue_file_is_a_tinydb_database(sample_cache):
    from tinydb import Query, TinyDB

    with TinyDB(sample_cache / "catalogue.json", access_mode="r") as database:
        rows = database.table("reports").search(Query().summary.id == JINAN.id)
    assert [row["summary"]["title"] for row in rows] == [JINAN.title]
