"""Digit cleaning: full-width and typesetting-spaced digits read as ASCII numbers, offsets kept."""

from __future__ import annotations

from corpus.digits import ascii_digits, clean_digits


def _original(text: str, start: int, end: int) -> str:
    cleaned = clean_digits(text)
    return text[cleaned.original_start(start):cleaned.original_end(end)]


def test_full_width_digits_point_and_percent_become_ascii():
    assert clean_digits("国内生产总值增长９．１％").text == "国内生产总值增长9.1%"


def test_full_width_minus_and_tilde_become_ascii():
    assert clean_digits("增长6.5%－7%，3～5年").text == "增长6.5%-7%，3~5年"


def test_full_width_cleaning_moves_no_offset():
    cleaned = clean_digits("２００３年国内生产总值增长９．１％")
    assert cleaned.unchanged
    assert cleaned.original_start(5) == 5


def test_spaced_year_is_joined_with_its_unit():
    assert clean_digits("1 9 9 7 年以来").text == "1997年以来"


def test_spaced_amount_is_joined():
    assert clean_digits("生产总值达到 7 4 7 7 2 亿元").text == "生产总值达到 74772亿元"


def test_spaced_decimal_is_joined():
    assert clean_digits("增长 7 . 5 %").text == "增长 7.5%"


def test_spaced_full_width_digits_are_joined():
    assert clean_digits("１ ９ ９ ７ 年").text == "1997年"


def test_two_digits_with_a_space_in_plain_text_stay_apart():
    assert clean_digits("第2 3项").text == "第2 3项"


def test_two_digits_in_letter_spaced_text_are_joined():
    assert clean_digits("增 长 1 2 % ，").text == "增长 12% ，"


def test_a_run_next_to_a_longer_number_is_not_joined():
    assert clean_digits("12 3 4 5").text == "12 3 4 5"
    assert clean_digits("1 2 3 45").text == "1 2 3 45"


def test_a_run_with_two_points_is_not_joined():
    assert clean_digits("1 . 2 . 3").text == "1 . 2 . 3"


def test_clock_times_and_dates_are_left_alone():
    assert clean_digits("2026-01-27 08:42:10").text == "2026-01-27 08:42:10"


def test_a_quote_in_the_clean_text_maps_back_to_the_original():
    text = "全年生产总值 7 4 7 7 2 亿元，增长 8 %"
    cleaned = clean_digits(text)
    start = cleaned.text.index("生产总值")
    end = cleaned.text.index("亿元") + 2
    assert _original(text, start, end) == "生产总值 7 4 7 7 2 亿元"


def test_offsets_after_a_joined_run_point_at_the_same_character():
    text = "1 9 9 7 年国内"
    cleaned = clean_digits(text)
    assert text[cleaned.original_start(cleaned.text.index("国"))] == "国"


def test_ascii_digits_keeps_length():
    assert ascii_digits("２０２２年８％") == "2022年8%"


def test_percent_in_words_is_a_percentage():
    assert clean_digits("控制在百分之七点五以内").text == "控制在7.5%以内"


def test_a_numeral_before_a_magnitude_is_a_number():
    assert clean_digits("城镇新增就业三万人").text == "城镇新增就业3万人"
    assert clean_digits("投资五千亿元").text == "投资5000亿元"


def test_a_numeral_with_place_words_before_a_unit_is_a_number():
    assert clean_digits("改造一千二百户").text == "改造1200户"


def test_numerals_that_are_words_stay_as_written():
    for words in ("一是稳增长", "三大攻坚战", "“十五”时期", "“十三五”规划", "第三产业", "五年来", "两个中心", "十二个"):
        assert clean_digits(words).text == words


def test_a_multiple_after_a_verb_of_growth_is_growth_in_percent():
    assert clean_digits("比上年增长２倍").text == "比上年增长200%"
    assert clean_digits("提高两倍").text == "提高200%"


def test_doubling_is_growth_of_one_hundred_percent():
    assert clean_digits("比2010年翻一番").text == "比2010年增长100%"
    assert clean_digits("翻两番").text == "增长300%"


def test_a_quote_around_a_rewritten_numeral_maps_back_to_the_words():
    text = "国内生产总值比2010年翻一番，"
    cleaned = clean_digits(text)
    end = cleaned.text.index("%") + 1
    assert text[cleaned.original_start(0):cleaned.original_end(end)] == "国内生产总值比2010年翻一番"


def test_a_space_between_two_chinese_characters_is_dropped():
    assert clean_digits("今年经 济增长预期目标为７％左右").text == "今年经济增长预期目标为7%左右"
