"""Reading a source file: bytes on disk → normalised text, or a clear refusal.

Accepted: UTF-8 (with or without BOM), GB18030 (a superset of GBK and GB2312),
UTF-16/UTF-32 with a BOM, and UTF-16 without a BOM when it has NUL bytes and
reads as text in one byte order; Big5 and other East Asian encodings, which
charset-normalizer tells apart once GB18030 reads them as private-use characters.
A damaged UTF-8 file is refused rather than misread as GB18030 mojibake. `.html`/`.htm` pages, and pages
saved or scraped into a .txt file (`looks_like_html`), are reduced to their visible text.

Refused with `RefusedSource` (one line naming the file and the reason): empty
or whitespace-only files, binary files, undecodable bytes, files larger than
`MAX_SOURCE_BYTES`, and anything the operating system will not let us read
(directories, missing files, permission errors, symlink loops, devices, FIFOs),
and HTML nested so deep that building its tree would take minutes.

Normalisation (so the parser sees one kind of whitespace): CRLF and CR become
LF; tabs, NBSP, the full-width space (全角空格 U+3000) and the other Unicode
spaces become an ASCII space; zero-width characters and stray BOMs are removed.
Full-width punctuation (，。（）) is kept as written: the parser relies on it.
"""

from __future__ import annotations

import codecs
import re
import stat
from itertools import accumulate
from pathlib import Path
from typing import Iterator

from charset_normalizer import from_bytes
from selectolax.lexbor import LexborHTMLParser, LexborNode

from corpus.errors import RefusedSource

#: Largest source file we read. The biggest real document we know (a
#: compilation of 19 reports) is under 1 MB; 10,000 reports take about 400 MB
#: in total. A single file over this limit is almost certainly not one report
#: file, and parsing it would take minutes and a large share of memory, so it is
#: refused with a clear reason instead (split it into smaller files).
MAX_SOURCE_BYTES = 32 * 1024 * 1024

HTML_SUFFIXES = frozenset({".html", ".htm"})

#: Byte-order marks, longest first (the UTF-32 LE BOM starts with the UTF-16 LE one).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_UNDECODABLE = "not a text file: could not decode as UTF-8, GB18030 or UTF-16"

#: Control characters that do not occur in text (C0 but NUL, tab, LF, VT, FF, CR; and DEL).
_CONTROL = re.compile(r"[\x01-\x08\x0e-\x1f\x7f]")
#: Share of malformed characters up to which a file is judged damaged UTF-8 rather than GB18030.
_MAX_DAMAGED_SHARE = 0.05
#: GB18030 reads Big5 and other East Asian encodings as characters of its private-use
#: area, which real text hardly uses: above this share we ask charset-normalizer.
_PRIVATE_USE = re.compile(r"[\ue000-\uf8ff]")
_MAX_PRIVATE_USE_SHARE = 0.01
_OTHER_CJK_ENCODINGS = ("big5", "cp950", "big5hkscs", "shift_jis", "euc_jp", "euc_kr")
#: BOM-less UTF-16 is recognised when at least this share of its characters are ones
#: report text is made of (ASCII, CJK ideographs, CJK and full-width punctuation).
_MIN_TEXT_SHARE = 0.9
_UTF16_SAMPLE_BYTES = 64 * 1024
_TEXT_LIKE = re.compile(r"[\t\n\r\x20-\x7e\u00a0-\u00ff\u2000-\u206f\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
#: Share of control characters above which decoded bytes are judged binary.
_MAX_CONTROL_SHARE = 0.01

_LINE_BREAKS = re.compile(r"\r\n?|[\v\f\x85\u2028\u2029]")
_SPACES = re.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_INVISIBLE = re.compile(r"[\u00ad\u180e\u200b-\u200d\u2060\ufeff]")


def read_source(path: str | Path, data: bytes | None = None) -> str:
    """The normalised text of the file at `path`, or raise `RefusedSource`.

    `data`: the file's bytes when the caller has read them already (`read_bytes`), so that
    what it hashed is what is parsed.
    """
    path = Path(path)
    data = read_bytes(path) if data is None else data
    text = decode_bytes(data, path)
    if path.suffix.lower() in HTML_SUFFIXES or looks_like_html(text):
        if html_nesting(text) > MAX_HTML_NESTING:
            raise RefusedSource(path, f"HTML nested too deeply (over {MAX_HTML_NESTING} levels)")
        text = normalise_text(html_to_text(text))
        if not text.strip():
            raise RefusedSource(path, "empty file: the page has no visible text")
    return text


def decode_bytes(data: bytes, path: str | Path) -> str:
    """Decode the bytes of `path` and normalise the text, or raise `RefusedSource`."""
    text = normalise_text(decode_raw(data, path))
    if not text.strip():
        raise RefusedSource(path, "empty file (whitespace only)")
    return text


def decode_raw(data: bytes, path: str | Path) -> str:
    """Decode the bytes of `path` as they are (tabs and line ends kept), or raise `RefusedSource`."""
    if not data.strip():
        raise RefusedSource(path, "empty file")
    text = _decode(data, path)
    _refuse_binary(text, path)
    return text


def normalise_text(text: str) -> str:
    """One kind of line break and one kind of space; no invisible characters."""
    text = _LINE_BREAKS.sub("\n", text)
    text = _SPACES.sub(" ", text)
    return _INVISIBLE.sub("", text)


def read_bytes(path: Path) -> bytes:
    """The file's bytes, its size checked before it is read; every OS error and oversized file
    becomes `RefusedSource`."""
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise RefusedSource(path, "is a directory")
        if not stat.S_ISREG(info.st_mode):
            raise RefusedSource(path, "not a regular file")
        if info.st_size > MAX_SOURCE_BYTES:
            raise RefusedSource(path, _too_large(info.st_size))
        with path.open("rb") as handle:
            data = handle.read(MAX_SOURCE_BYTES + 1)
    except OSError as error:
        raise RefusedSource(path, _os_reason(error)) from error
    except ValueError as error:  # a NUL character in the path: no file can have that name
        raise RefusedSource(path, "invalid file name") from error
    if len(data) > MAX_SOURCE_BYTES:  # the file grew while we looked at it
        raise RefusedSource(path, _too_large(len(data)))
    return data


def _too_large(size: int) -> str:
    megabytes = 1024 * 1024
    return f"file too large ({size / megabytes:.1f} MB; the limit is {MAX_SOURCE_BYTES // megabytes} MB)"


def _os_reason(error: OSError) -> str:
    """'permission denied', 'too many levels of symbolic links' … from an OSError."""
    reason = error.strerror or type(error).__name__
    return reason[:1].lower() + reason[1:]


def _decode(data: bytes, path: str | Path) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom):], encoding, path)
    if b"\x00" in data:
        return _decode_bomless_utf16(data, path)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        if _mostly_utf8(data):  # a damaged UTF-8 file: GB18030 would turn it into mojibake
            raise RefusedSource(path, f"not a text file: invalid UTF-8 at byte {error.start}") from None
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError as error:
        raise RefusedSource(path, f"{_UNDECODABLE} (first bad byte at {error.start})") from None
    if len(_PRIVATE_USE.findall(text)) > _MAX_PRIVATE_USE_SHARE * len(text):
        return _decode_other_cjk(data, path)
    return text


def _decode_other_cjk(data: bytes, path: str | Path) -> str:
    """Big5 and other East Asian encodings, which GB18030 "decodes" into private-use characters.

    charset-normalizer judges which one reads best; failing that the file is refused.
    """
    match = from_bytes(data, cp_isolation=list(_OTHER_CJK_ENCODINGS)).best()
    if match is None:
        raise RefusedSource(path, _UNDECODABLE)
    return str(match)


def _mostly_utf8(data: bytes) -> bool:
    """Most non-ASCII characters are well-formed UTF-8 (GB18030 text gives almost none)."""
    text = data.decode("utf-8", errors="replace")
    non_ascii = len(text) - len(text.encode("ascii", errors="ignore"))
    return text.count("\ufffd") < _MAX_DAMAGED_SHARE * non_ascii


def _strict(data: bytes, encoding: str, path: str | Path) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise RefusedSource(path, f"not a text file: invalid {encoding.upper()} despite its byte-order mark") from None


def _decode_bomless_utf16(data: bytes, path: str | Path) -> str:
    """UTF-16 without a BOM, in whichever byte order reads as text; else the NULs mean binary."""
    sample = data[:_UTF16_SAMPLE_BYTES]
    scores = {encoding: _text_share(sample, encoding) for encoding in ("utf-16-le", "utf-16-be")}
    encoding = max(scores, key=scores.__getitem__)
    if scores[encoding] < _MIN_TEXT_SHARE:
        raise RefusedSource(path, "binary file (NUL bytes)")
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise RefusedSource(path, "binary file (NUL bytes)") from None


def _text_share(sample: bytes, encoding: str) -> float:
    """The share of characters that occur in Chinese report text, with `sample` read as `encoding`."""
    text = sample[:len(sample) // 2 * 2].decode(encoding, errors="replace")
    return len(_TEXT_LIKE.findall(text)) / max(len(text), 1)


def _refuse_binary(text: str, path: str | Path) -> None:
    """Raise `RefusedSource` when decoded text holds NULs or many other control characters."""
    if "\x00" in text:
        raise RefusedSource(path, "binary file (NUL bytes)")
    if len(_CONTROL.findall(text)) > _MAX_CONTROL_SHARE * len(text):
        raise RefusedSource(path, "binary file (control characters)")


# --- HTML -------------------------------------------------------------------

#: A page saved or scraped into a .txt file: it opens with a doctype or <html>, or holds many tags.
_HTML_START = re.compile(r"\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])", re.IGNORECASE)
_HTML_TAG = re.compile(r"</?(?:p|div|br|span|td|tr|table|li|ul|a|h[1-6]|font|strong|b)\b[^<>]*>", re.IGNORECASE)
#: Tags per thousand characters above which a text is a page rather than text quoting a tag.
MIN_TAGS_PER_THOUSAND = 5
MIN_TAGS = 10

#: Elements whose content is never visible report text.
_HIDDEN = frozenset({"head", "script", "style", "nav", "noscript", "template", "iframe", "svg", "canvas",
                     "select", "button", "-comment"})
#: Elements that start and end a line.
_BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hr", "li", "main", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th",
    "thead", "tr", "ul",
})
#: Deepest nesting of block elements we hand to the HTML parser. Building the tree
#: costs time proportional to the depth for each such element, so a hostile page
#: of nested <div>s takes hours; real pages nest a few dozen levels.
MAX_HTML_NESTING = 10_000
#: Start and end tags of block elements, which do not close themselves (unlike <p>, <li>, <dd>, <dt>).
_NESTING_TAG = re.compile(
    r"<(/?)(?:address|article|aside|blockquote|center|details|div|dl|fieldset|figure|footer|form|h[1-6]"
    r"|header|main|nav|ol|section|table|ul)\b", re.IGNORECASE)
_HTML_WHITESPACE = re.compile(r"[ \t\n\r\f]+")
_BLANK_RUNS = re.compile(r"\n(?: *\n)+")


def html_to_text(html: str) -> str:
    """The visible text of an HTML page, one line per block element.

    Scripts, styles and navigation are dropped; source whitespace is collapsed
    as a browser would (except inside <pre>); block elements and <br> break lines.
    """
    root = LexborHTMLParser(html).body
    if root is None:
        return ""
    pieces: list[str] = []
    # An explicit stack rather than recursion: hostile pages nest thousands deep.
    # Each entry: (node, closing a block?, inside <pre>?).
    stack: list[tuple[LexborNode, bool, bool]] = [(root, False, False)]
    while stack:
        node, closing, in_pre = stack.pop()
        if closing:
            pieces.append("\n")
            continue
        tag = node.tag
        if tag == "-text":
            text = node.text_content or ""
            pieces.append(text if in_pre else _HTML_WHITESPACE.sub(" ", text))
        elif tag == "br":
            pieces.append("\n")
        elif tag not in _HIDDEN and node.is_element_node:
            if tag in _BLOCKS:
                pieces.append("\n")
                stack.append((node, True, in_pre))
            in_pre = in_pre or tag == "pre"
            stack.extend((child, False, in_pre) for child in reversed(list(_children(node))))
    lines = (line.strip(" ") for line in "".join(pieces).split("\n"))
    return _BLANK_RUNS.sub("\n", "\n".join(lines)).strip("\n") + "\n"


def looks_like_html(text: str) -> bool:
    """Whether a text read from a non-HTML file is an HTML page (a saved page, a scraper's dump)."""
    if _HTML_START.match(text):
        return True
    tags = len(_HTML_TAG.findall(text))
    return tags >= MIN_TAGS and tags * 1000 >= MIN_TAGS_PER_THOUSAND * len(text)


def html_nesting(html: str) -> int:
    """How deep block elements nest in `html`, estimated from its tags alone (no parsing)."""
    return max(accumulate((-1 if closing else 1 for closing in _NESTING_TAG.findall(html)), initial=0))


def _children(node: LexborNode) -> Iterator[LexborNode]:
    child = node.child
    while child is not None:
        yield child
        child = child.next
