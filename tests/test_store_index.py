"""The search index: character and bigram keys, posting lists stored as doc lists or bitmaps."""

from __future__ import annotations

from store.index import decode, docs_of, encode, fold, index_keys, query_keys
from tests.store_samples import SAMPLE_FILES, parsed

#: The longest local report that writes a Latin abbreviation (GDP).
REPORT = max((report for report in parsed(SAMPLE_FILES) if "GDP" in report.text), key=lambda report: len(report.text))


def test_keys_are_the_characters_and_bigrams_of_the_folded_text():
    keys = set(index_keys(REPORT.text).split())
    assert "生产总值" in REPORT.text
    assert {"生", "生产", "产总", "总值"} <= keys
    assert all(1 <= len(key) <= 2 and not any(c.isspace() for c in key) for key in keys)


def test_bigrams_are_taken_across_whitespace():
    first, second = next((a, b) for a, b in zip(REPORT.text, REPORT.text[1:]) if not a.isspace() and b == "\n")
    after = REPORT.text[REPORT.text.index(first + "\n") + 1:].lstrip()[0]
    assert first + after in index_keys(REPORT.text).split()


def test_latin_letters_are_keyed_lower_cased():
    assert "GDP" in REPORT.text
    assert {"gd", "dp"} <= set(index_keys(REPORT.text).split())


def test_a_term_of_one_character_is_looked_up_by_that_character():
    assert query_keys("粮") == ["粮"]


def test_a_spaced_phrase_is_looked_up_by_the_bigrams_of_its_words_joined():
    assert query_keys("生产总值 增长") == ["生产", "产总", "总值", "值增", "增长"]


def test_fold_keeps_offsets_when_lower_casing_would_lengthen_a_character():
    text = "İ GDP"
    assert fold(text) == "İ gdp"


def test_a_sparse_posting_list_is_stored_as_doc_numbers():
    assert encode(decode([3, 4_000])) == [3, 4_000]


def test_a_dense_posting_list_is_stored_as_a_bitmap_that_decodes_to_the_same_docs():
    docs = list(range(0, 5_000, 3))
    stored = encode(decode(docs))
    assert isinstance(stored, str) and docs_of(decode(stored)) == docs
