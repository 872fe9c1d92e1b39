"""Reading source files: every encoding we meet decodes to the same normalised text."""

from pathlib import Path

import pytest

from corpus.errors import RefusedSource
from corpus.reading import decode_bytes, read_source

SAMPLES = Path(__file__).resolve().parent.parent / "corpus" / "samples"


@pytest.fixture(scope="module")
def seed_paragraph() -> str:
    """The opening of the 鞍山 report (001), four lines of real report text."""
    text = (SAMPLES / "001_3f2956fd13a85515.txt").read_text(encoding="utf-8")
    return "\n".join(text.splitlines()[:4]) + "\n"


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_plain_utf8_seed_file_reads_unchanged():
    path = SAMPLES / "001_3f2956fd13a85515.txt"
    assert read_source(path) == path.read_text(encoding="utf-8")


def test_utf8_with_bom_drops_the_bom(tmp_path, seed_paragraph):
    path = write(tmp_path, "bom.txt", b"\xef\xbb\xbf" + seed_paragraph.encode("utf-8"))
    assert read_source(path) == seed_paragraph


@pytest.mark.parametrize("encoding", ["gb18030", "gbk", "gb2312"])
def test_gb_family_decodes(tmp_path, seed_paragraph, encoding):
    path = write(tmp_path, f"{encoding}.txt", seed_paragraph.encode(encoding))
    assert read_source(path) == seed_paragraph


def test_gb18030_four_byte_characters_decode(tmp_path):
    text = "𠀀字与䶮字都在GB18030里。\n"  # U+20000 and U+4DAE need four-byte sequences
    path = write(tmp_path, "four_byte.txt", text.encode("gb18030"))
    assert read_source(path) == text


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32"])
def test_utf16_and_utf32_with_bom_decode(tmp_path, seed_paragraph, encoding):
    path = write(tmp_path, f"{encoding}.txt", seed_paragraph.encode(encoding))
    assert read_source(path) == seed_paragraph


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_detected(tmp_path, seed_paragraph, encoding):
    path = write(tmp_path, f"{encoding}.txt", seed_paragraph.encode(encoding))
    assert read_source(path) == seed_paragraph


@pytest.mark.parametrize("line_break", ["\r\n", "\r"])
def test_crlf_and_cr_line_breaks_become_lf(tmp_path, seed_paragraph, line_break):
    path = write(tmp_path, "breaks.txt", seed_paragraph.replace("\n", line_break).encode("utf-8"))
    assert read_source(path) == seed_paragraph


@pytest.mark.parametrize("space", ["\u00a0", "\u3000", "\t", "\u2002", "\u202f"])
def test_unicode_spaces_and_tabs_become_ascii_space(seed_paragraph, space):
    spaced = seed_paragraph.replace("各位代表", f"各位{space}代表")
    assert decode_bytes(spaced.encode("utf-8"), "x.txt") == seed_paragraph.replace("各位代表", "各位 代表")


def test_full_width_punctuation_is_kept():
    text = "（一）坚持人民至上，疫情防控实现高效统筹。\n"
    assert decode_bytes(text.encode("utf-8"), "x.txt") == text


def test_zero_width_characters_are_removed(seed_paragraph):
    hidden = seed_paragraph.replace("各位代表", "各\u200b位\u200d代\ufeff表\u2060")
    assert decode_bytes(hidden.encode("utf-8"), "x.txt") == seed_paragraph


HTML_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>武威市人民政府</title>
<style>p {{ color: red }}</style><script>var trap = "生产总值";</script></head>
<body>
  <nav><a href="/">首页</a> &gt; 政府工作报告</nav>
  <div class="article">
    <h1>2022年政府工作报告</h1>
    <p>——2021年12月7日在武威市第五届人民代表大会第一次会议上</p>
    <p>{paragraph}</p>
    <p>地区生产总值<b>增长6.5%</b>左右。<br>城镇新增就业2万人。</p>
  </div>
</body></html>
"""


@pytest.fixture
def html_page(seed_paragraph) -> str:
    return HTML_PAGE.format(paragraph=seed_paragraph.splitlines()[2])


def test_html_page_yields_its_visible_text_line_by_line(tmp_path, html_page, seed_paragraph):
    path = write(tmp_path, "report.html", html_page.encode("utf-8"))
    assert read_source(path).splitlines() == [
        "2022年政府工作报告",
        "——2021年12月7日在武威市第五届人民代表大会第一次会议上",
        seed_paragraph.splitlines()[2],
        "地区生产总值增长6.5%左右。",
        "城镇新增就业2万人。",
    ]


def test_html_drops_script_style_and_navigation(tmp_path, html_page):
    text = read_source(write(tmp_path, "report.htm", html_page.encode("utf-8")))
    assert "trap" not in text and "color" not in text and "首页" not in text


def test_gbk_html_page_decodes(tmp_path, html_page):
    text = read_source(write(tmp_path, "report.html", html_page.replace("utf-8", "gbk").encode("gbk")))
    assert "城镇新增就业2万人。" in text


def test_html_with_no_visible_text_is_refused(tmp_path):
    path = write(tmp_path, "blank.html", b"<html><head><script>x()</script></head><body> </body></html>")
    with pytest.raises(RefusedSource, match="empty file"):
        read_source(path)


def test_txt_file_containing_markup_is_not_treated_as_html(tmp_path):
    path = write(tmp_path, "note.txt", "<p>政府工作报告</p>\n".encode())
    assert read_source(path) == "<p>政府工作报告</p>\n"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b" \n\r\n\t ", "empty file"),
        ("\u3000\u00a0\n".encode("utf-8"), "empty file"),
        (b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00" * 50, "binary file"),
        (b"\x81 \xfe " * 40, "not a text file"),
    ],
    ids=["empty", "ascii-whitespace", "unicode-whitespace", "nul-bytes", "undecodable"],
)
def test_refused_bytes_name_the_file_and_reason(data, reason):
    with pytest.raises(RefusedSource, match=reason) as refused:
        decode_bytes(data, "bad.txt")
    assert str(refused.value).startswith("bad.txt: ")
    assert "\n" not in str(refused.value)


def test_missing_file_is_refused(tmp_path):
    with pytest.raises(RefusedSource, match="no such file"):
        read_source(tmp_path / "missing.txt")


def test_big5_is_not_misread_as_gb18030(tmp_path):
    """Big5 bytes are valid GB18030 too, but read as private-use characters: charset-normalizer decides."""
    text = "各位代表：現在，我代表市人民政府向大會報告工作，請予審議。\n一、2022年工作回顧\n全市地區生產總值增長5.1%。\n"
    path = write(tmp_path, "big5.txt", text.encode("big5"))
    assert read_source(path) == text
