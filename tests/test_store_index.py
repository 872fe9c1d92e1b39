"""The full-text index: tokens (one per CJK character, Latin words and numbers whole), phrases located in the
text as the index sees them, and generations whose files are checked against the catalogue's stamps."""

from __future__ import annotations

import os
import zlib
from pathlib import Path

from store.index import (Match, SearchIndex, damage, folder_name, fold, has_case, indexed_parts, located, tokens,
                         write_generation)
from store.parts import Part

TEXT = "2022年，全市GDP增长6.5%，\n地区生产\n总值突破1.2万亿元；5G基站新建2000个。"


def test_every_cjk_character_and_punctuation_mark_is_a_token():
    assert tokens("生产总值，增长") == ["生", "产", "总", "值", "，", "增", "长"]


def test_latin_words_and_numbers_are_whole_lower_cased_tokens():
    assert tokens("GDP增长6.5%，5G") == ["gdp", "增", "长", "6.5", "%", "，", "5g"]


def test_whitespace_and_line_breaks_are_no_tokens():
    assert tokens("生产\n 总值\u3000增长") == ["生", "产", "总", "值", "增", "长"]


def test_a_phrase_is_located_across_a_line_break():
    folded = fold(TEXT)
    start, end = next(located(folded, 0, len(folded), tokens("生产总值")))
    assert TEXT[start:end] == "生产\n总值"


def test_a_latin_phrase_is_located_only_as_whole_tokens():
    folded = fold(TEXT)
    assert [TEXT[a:b] for a, b in located(folded, 0, len(folded), tokens("gdp"))] == ["GDP"]
    assert list(located(folded, 0, len(folded), tokens("GD"))) == []
    assert list(located(folded, 0, len(folded), tokens("6"))) == []
    assert list(located(folded, 0, len(folded), tokens("000"))) == []


def test_located_stays_within_the_span_given():
    folded = fold(TEXT)
    assert list(located(folded, 0, TEXT.index("增"), tokens("增长"))) == []


def write(cache: Path, generation: int, texts: dict[int, str], previous=None, known=None, dead=()):
    added = [part for doc, text in texts.items() for part in indexed_parts(doc, text, [Part("", (), 0, len(text))])]
    return write_generation(cache, previous, known or {}, generation, dead, added)


def found(index: SearchIndex, *words: str, without: str | None = None, docs=None, limit=100) -> list[tuple[int, int]]:
    """(report number, part number) of the parts the index names for `words`."""
    listing = index.matches([tokens(word) for word in words], limit, without=tokens(without) if without else None,
                            docs=docs)
    return list(zip([doc for doc, _ in listing.hits], index.part_numbers([address for _, address in listing.hits])))


def test_the_index_names_the_parts_holding_every_phrase(tmp_path: Path):
    write(tmp_path, 1, {0: "黄河流域生态保护", 1: "黄河大桥，生态公园", 2: "长江"})
    index = SearchIndex(tmp_path, folder_name(1))
    assert found(index, "黄河", "生态") == [(0, 0), (1, 0)]
    assert found(index, "黄河生态") == []
    assert found(index, "河流域生") == [(0, 0)]


def test_the_index_leaves_out_parts_holding_the_phrase_to_exclude(tmp_path: Path):
    write(tmp_path, 1, {0: "黄河流域生态保护", 1: "黄河大桥，流域公园"})
    assert found(SearchIndex(tmp_path, folder_name(1)), "黄河", "流域", without="黄河流域") == [(1, 0)]


def test_the_index_searches_only_the_reports_named(tmp_path: Path):
    write(tmp_path, 1, {0: "黄河", 1: "黄河", 2: "黄河"})
    assert found(SearchIndex(tmp_path, folder_name(1)), "黄河", docs=[0, 2]) == [(0, 0), (2, 0)]
    assert found(SearchIndex(tmp_path, folder_name(1)), "黄河", docs=[]) == []


def test_the_index_counts_every_match_and_lists_the_first_by_report_number(tmp_path: Path):
    write(tmp_path, 1, {5: "黄河", 3: "黄河", 9: "黄河", 1: "长江"})
    listing = SearchIndex(tmp_path, folder_name(1)).matches([tokens("黄河")], 2)
    assert listing.count == 3 and [doc for doc, _ in listing.hits] == [3, 5] and not listing.whole


def test_a_part_placement_gives_its_bytes_in_the_utf8_text_and_their_checksum():
    text = "前言：GDP增长6.5%\n一、工作回顾\n黄河流域\n\n二、名词解释"
    sections = [Part("", (), 0, 9), Part("1", ("一、工作回顾",), 10, 22), Part("", (), 24, len(text))]
    data = text.encode("utf-8")
    for indexed, part in zip(indexed_parts(7, text, sections), sections):
        placement = indexed.placement
        assert (indexed.doc, placement.start, placement.section_id, placement.path) == (7, part.start,
                                                                                         part.section_id, part.path)
        assert data[placement.byte_start:placement.byte_end].decode() == text[part.start:part.end] == indexed.text
        assert placement.checksum == zlib.crc32(data[placement.byte_start:placement.byte_end])


def test_placements_read_back_what_was_written(tmp_path: Path):
    text = "黄河流域"
    written = next(indexed_parts(0, text, [Part("2.1", ("二、黄河", "（一）流域"), 0, len(text))]))
    write_generation(tmp_path, None, {}, 1, [], [written])
    index = SearchIndex(tmp_path, folder_name(1))
    (doc, address), = index.matches([tokens("黄河")], 10).hits
    assert index.placements([Match(doc, 0, address)]) == [written.placement]


def test_a_new_generation_leaves_the_previous_folder_as_it_was(tmp_path: Path):
    stamps = write(tmp_path, 1, {0: "黄河", 1: "长江"})
    before = {name: (tmp_path / folder_name(1) / name).read_bytes() for name in stamps}
    write(tmp_path, 2, {2: "淮河"}, folder_name(1), stamps, dead=[0])
    assert {name: (tmp_path / folder_name(1) / name).read_bytes() for name in stamps} == before
    assert found(SearchIndex(tmp_path, folder_name(1)), "黄河") == [(0, 0)]
    newer = SearchIndex(tmp_path, folder_name(2))
    assert found(newer, "黄河") == [] and found(newer, "淮河") == [(2, 0)]


def test_an_untouched_index_folder_has_no_damage(tmp_path: Path):
    stamps = write(tmp_path, 1, {0: "黄河"})
    assert damage(tmp_path, folder_name(1), stamps) is None


def test_a_truncated_index_file_is_damage(tmp_path: Path):
    stamps = write(tmp_path, 1, {0: "黄河"})
    name = max(stamps, key=lambda n: stamps[n][0])
    path = tmp_path / folder_name(1) / name
    path.write_bytes(path.read_bytes()[:-1])
    found = damage(tmp_path, folder_name(1), stamps)
    assert found is not None and name in str(found)


def test_an_index_file_rewritten_with_other_bytes_of_the_same_size_is_damage(tmp_path: Path):
    stamps = write(tmp_path, 1, {0: "黄河"})
    name = max(stamps, key=lambda n: stamps[n][0])
    path = tmp_path / folder_name(1) / name
    data = path.read_bytes()
    path.write_bytes(data[:-1] + bytes([data[-1] ^ 1]))
    assert damage(tmp_path, folder_name(1), stamps) is not None


def test_an_index_file_copied_with_a_new_time_but_the_same_bytes_is_no_damage(tmp_path: Path):
    stamps = write(tmp_path, 1, {0: "黄河"})
    name = max(stamps, key=lambda n: stamps[n][0])
    path = tmp_path / folder_name(1) / name
    os.utime(path, ns=(1, 1))
    assert damage(tmp_path, folder_name(1), stamps) is None


def test_only_phrases_with_letters_of_either_case_need_a_folded_text():
    assert has_case(tokens("GDP增长")) and has_case(tokens("5G"))
    assert not has_case(tokens("生产总值6.5%"))
