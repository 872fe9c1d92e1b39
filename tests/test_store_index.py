"""The full-text index: tokens (one per CJK character, Latin words and numbers whole), phrases located in the
text as the index sees them, and generations whose files are checked against the catalogue's stamps."""

from __future__ import annotations

import os
from pathlib import Path

from store.index import IndexedPart, SearchIndex, damage, folder_name, fold, located, tokens, write_generation

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
    added = [IndexedPart(doc, 0, text) for doc, text in texts.items()]
    return write_generation(cache, previous, known or {}, generation, dead, added)


def test_the_index_names_the_parts_holding_every_phrase(tmp_path: Path):
    write(tmp_path, 1, {0: "黄河流域生态保护", 1: "黄河大桥，生态公园", 2: "长江"})
    index = SearchIndex(tmp_path, folder_name(1))
    assert sorted(index.parts([tokens("黄河"), tokens("生态")])) == [(0, 0), (1, 0)]
    assert index.parts([tokens("黄河生态")]) == []
    assert index.parts([tokens("河流域生")]) == [(0, 0)]


def test_a_new_generation_leaves_the_previous_folder_as_it_was(tmp_path: Path):
    stamps = write(tmp_path, 1, {0: "黄河", 1: "长江"})
    before = {name: (tmp_path / folder_name(1) / name).read_bytes() for name in stamps}
    write(tmp_path, 2, {2: "淮河"}, folder_name(1), stamps, dead=[0])
    assert {name: (tmp_path / folder_name(1) / name).read_bytes() for name in stamps} == before
    assert SearchIndex(tmp_path, folder_name(1)).parts([tokens("黄河")]) == [(0, 0)]
    newer = SearchIndex(tmp_path, folder_name(2))
    assert newer.parts([tokens("黄河")]) == [] and newer.parts([tokens("淮河")]) == [(2, 0)]


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
