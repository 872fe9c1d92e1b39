"""The full-text index: tantivy, with every CJK character a token at its own position.

Tokens (`tokens`, and tantivy's regex tokenizer with the same pattern): a run of
ASCII letters and digits with its decimal parts ("gdp", "5g", "1.5") is one
token; every other character but whitespace is a token of its own (汉字 and
punctuation alike); whitespace is skipped, so a phrase broken by a line break
still stands together. Tokens are lower-cased. No word segmentation (分词):
an exact phrase is a run of consecutive token positions, whatever its words.

A tantivy document is one part of a report (`store.parts`): a section's own
text, the text before the first section, an annex such as the glossary
(名词解释). Its fields: `doc` (the report's number in the catalogue), `part`
(the part's number in the report's reading order) and `text`, then what a hit
needs to be shown without reading the whole report: the part's first character
in the report's text (`start`), its bytes in the report's UTF-8 text file
(`byte_start`, `byte_end`) with their CRC-32 (`crc32`), so a snippet reads and
checks only those bytes, and its section (`section`, stored: the section's id
and headings as JSON).

Generations: every ingest writes the index into a new folder
`index/tantivy-GEN/`, made of hard links to the previous generation's files
(tantivy never changes a file once written, it only adds and deletes them)
plus what the ingest adds, then records each file's size, CRC-32 and
modification time in the catalogue, which names the folder: the catalogue's
commit is the index's commit, and an ingest that stops halfway leaves a folder
nobody names. Opening checks every file's size and modification time against
the catalogue, and the CRC-32 of any file whose modification time changed.
"""

from __future__ import annotations

import os
import re
import shutil
import zlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Sequence, cast

import orjson

from store.files import CorruptCacheFile
from store.layout import INDEX_DIR, INDEX_FOLDER_PREFIX

if TYPE_CHECKING:
    import tantivy

    from store.parts import Part

#: Whitespace skipped between tokens (the same characters in Python and in tantivy's Rust regex).
SPACE_CLASS = r"\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u3000\ufeff"
#: One token: a run of ASCII letters and digits with its decimal parts, or any other non-space character.
TOKEN_PATTERN = rf"[0-9A-Za-z]+(?:\.[0-9]+)*|[^{SPACE_CLASS}0-9A-Za-z]"
TOKEN = re.compile(TOKEN_PATTERN)
#: Whitespace between two tokens of a phrase in the text.
GAP = f"[{SPACE_CLASS}]*"
TOKENIZER = "gwr_chars"
#: Fields of a tantivy document.
DOC, PART, TEXT = "doc", "part", "text"
START, BYTE_START, BYTE_END, CHECKSUM, SECTION = "start", "byte_start", "byte_end", "crc32", "section"
#: The numbers a hit reads from the index (fast fields), besides its report and part numbers.
PLACEMENT = (START, BYTE_START, BYTE_END, CHECKSUM)
#: tantivy's writer: memory for its buffers, and threads (the ingest's parsing workers use the CPUs).
WRITER_HEAP = 128_000_000
WRITER_THREADS = 2
#: Files tantivy creates while reading or writing, which are no part of the index's data.
LOCK_SUFFIX = ".lock"

#: What the catalogue records of an index file: its size, CRC-32 and modification time (ns).
FileStamp = tuple[int, int, int]


def fold(text: str) -> str:
    """`text` with each character lower-cased where that keeps it one character (offsets unchanged)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(low if len(low := character.lower()) == 1 else character for character in text)


def has_case(phrase: list[str]) -> bool:
    """Whether a phrase of (folded) tokens has letters with case: only then must a text be folded to find it
    (no character other than itself folds to a character without case, such as 汉字, digits, punctuation)."""
    return any(token != token.upper() for token in phrase)


def tokens(text: str) -> list[str]:
    """The index tokens of `text`, in order (lower-cased)."""
    return TOKEN.findall(fold(text))


def folder_name(generation: int) -> str:
    """The cache-relative name of generation `generation`'s index folder."""
    return f"{INDEX_DIR}/{INDEX_FOLDER_PREFIX}{generation}"


def _schema() -> tantivy.Schema:
    import tantivy

    builder = tantivy.SchemaBuilder()
    builder.add_unsigned_field(DOC, indexed=True, fast=True)
    builder.add_unsigned_field(PART, fast=True)
    builder.add_text_field(TEXT, tokenizer_name=TOKENIZER, index_option="position")
    for name in PLACEMENT:
        builder.add_unsigned_field(name, fast=True)
    builder.add_bytes_field(SECTION, stored=True)  # stored only: not indexed
    return builder.build()


def _register_tokenizer(index: tantivy.Index) -> None:
    import tantivy

    analyzer = tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.regex(TOKEN_PATTERN)).filter(
        tantivy.Filter.lowercase()).build()
    index.register_tokenizer(TOKENIZER, analyzer)


def open_tantivy(path: Path, *, create: bool = False) -> tantivy.Index:
    """The tantivy index in `path` (a new empty one when `create`), with gwr's tokenizer registered."""
    import tantivy

    index = tantivy.Index(_schema(), str(path), reuse=True) if create else tantivy.Index.open(str(path))
    _register_tokenizer(index)
    return index


@dataclass(slots=True, frozen=True)
class IndexedPart:
    """A tantivy document to add: a report's number, the part's number in the report, the part's text, and
    where the part is (`Placement`)."""

    doc: int
    part: int
    text: str
    placement: Placement


@dataclass(slots=True, frozen=True)
class Placement:
    """Where a part is: its first character in the report's text, its bytes in the report's UTF-8 text file
    with their CRC-32, and its section (id and headings; "" and none outside every section)."""

    start: int
    byte_start: int
    byte_end: int
    checksum: int
    section_id: str
    path: tuple[str, ...]

    def section_field(self) -> bytes:
        """The stored `section` field: the section's id and headings as a JSON list."""
        return orjson.dumps([self.section_id, *self.path])

    @classmethod
    def of(cls, numbers: tuple[int, int, int, int], section: bytes) -> Placement:
        """The placement read back from the index: the `PLACEMENT` fast fields and the `section` field."""
        section_id, *path = orjson.loads(section)
        return cls(*numbers, section_id, tuple(path))


def indexed_parts(doc: int, text: str, report_parts: Iterable[Part]) -> Iterator[IndexedPart]:
    """The tantivy documents of a report numbered `doc`, from its text and its parts (in reading order)."""
    character = byte = 0
    for number, part in enumerate(report_parts):
        byte += len(text[character:part.start].encode("utf-8"))
        data = text[part.start:part.end].encode("utf-8")
        placement = Placement(part.start, byte, byte + len(data), zlib.crc32(data), part.section_id, part.path)
        yield IndexedPart(doc, number, text[part.start:part.end], placement)
        character, byte = part.end, byte + len(data)


def file_stamps(folder: Path, known: dict[str, FileStamp]) -> dict[str, FileStamp]:
    """Size, CRC-32 and modification time of every data file of an index folder.

    A file whose size and modification time are those of `known` keeps its recorded
    CRC-32 (a hard link to a file of the previous generation is not read again).
    """
    stamps: dict[str, FileStamp] = {}
    for entry in os.scandir(folder):
        if entry.name.endswith(LOCK_SUFFIX) or not entry.is_file():
            continue
        status = entry.stat()
        before = known.get(entry.name)
        if before is not None and (before[0], before[2]) == (status.st_size, status.st_mtime_ns):
            stamps[entry.name] = before
        else:
            stamps[entry.name] = (status.st_size, _crc32(Path(entry.path)), status.st_mtime_ns)
    return stamps


def _crc32(path: Path) -> int:
    checksum = 0
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 22):
            checksum = zlib.crc32(chunk, checksum)
    return checksum


def write_generation(cache_dir: Path, previous: str | None, known: dict[str, FileStamp], generation: int,
                     dead: Iterable[int], added: Iterable[IndexedPart]) -> dict[str, FileStamp]:
    """Write generation `generation` of the index: the previous one's files (hard links), without the parts of
    the `dead` report numbers, plus the `added` parts. Returns the stamps of the new folder's files.

    The previous generation is left as it was; the new folder is the catalogue's to name.
    """
    folder = cache_dir / folder_name(generation)
    if folder.exists():
        shutil.rmtree(folder)  # left by an ingest that stopped before its commit
    folder.mkdir(parents=True)
    if previous is not None:
        for name in known:
            os.link(cache_dir / previous / name, folder / name)
    import tantivy

    index = open_tantivy(folder, create=True)
    writer = index.writer(WRITER_HEAP, WRITER_THREADS)
    for doc in dead:  # (deleting by an integer term deletes nothing in tantivy-py 0.27: a term query does)
        writer.delete_documents_by_query(tantivy.Query.term_query(index.schema, DOC, doc))
    for part in added:
        document = tantivy.Document()
        document.add_unsigned(DOC, part.doc)
        document.add_unsigned(PART, part.part)
        document.add_text(TEXT, part.text)
        placement = part.placement
        for name, value in zip(PLACEMENT, (placement.start, placement.byte_start, placement.byte_end,
                                           placement.checksum)):
            document.add_unsigned(name, value)
        document.add_bytes(SECTION, placement.section_field())
        writer.add_document(document)
    writer.commit()
    writer.wait_merging_threads()
    return file_stamps(folder, known)


def damage(cache_dir: Path, folder: str | None, stamps: dict[str, FileStamp]) -> CorruptCacheFile | None:
    """Why the index folder does not hold the files the catalogue recorded, or None.

    Sizes and modification times are compared (a `stat` per file); a file whose
    modification time changed is read for its CRC-32.
    """
    if folder is None:
        return None
    path = cache_dir / folder
    for name, (size, checksum, mtime) in stamps.items():
        try:
            status = os.stat(path / name)
        except FileNotFoundError:
            return CorruptCacheFile(path, f"index file {name} missing")
        if status.st_size != size:
            return CorruptCacheFile(path, f"index file {name} has {status.st_size} bytes instead of {size}")
        if status.st_mtime_ns != mtime and _crc32(path / name) != checksum:
            return CorruptCacheFile(path, f"index file {name}: checksum mismatch, it changed after it was written")
    return None


class SearchIndex:
    """The index of one cache generation, opened on first use."""

    def __init__(self, cache_dir: Path, folder: str | None) -> None:
        self.path = cache_dir / folder if folder else None
        self._index: tantivy.Index | None = None
        self._searcher: tantivy.Searcher | None = None

    def _open(self) -> tuple[tantivy.Index, tantivy.Searcher]:
        index, searcher = self._index, self._searcher
        if index is None or searcher is None:
            assert self.path is not None
            with _tantivy_errors(self.path):
                index = open_tantivy(self.path)
                searcher = index.searcher()
            self._index, self._searcher = index, searcher
        return index, searcher

    def damaged(self, reason: str) -> CorruptCacheFile:
        """The error saying that the index disagrees with the texts (the store rebuilds it)."""
        return CorruptCacheFile(self.path or Path("index"), f"the search index is wrong: {reason}")

    def matches(self, phrases: list[list[str]], limit: int, *, without: list[str] | None = None,
                docs: Sequence[int] | None = None) -> Listing:
        """The parts holding every phrase (a list of tokens) but not the phrase `without`, within the reports
        numbered `docs` (None: every report): how many, and the first `limit` of them by report number.

        tantivy counts and keeps the first hits itself (no score is computed): only the hits kept reach Python.
        """
        if self.path is None or not phrases or not all(phrases) or limit <= 0 or (docs is not None and not docs):
            return Listing(0, [])
        import tantivy

        index, searcher = self._open()
        with _tantivy_errors(self.path):
            schema = index.schema
            clauses = [(tantivy.Occur.Must, _phrase_query(schema, phrase)) for phrase in phrases]
            if without:
                clauses.append((tantivy.Occur.MustNot, _phrase_query(schema, without)))
            if docs is not None:
                clauses.append((tantivy.Occur.Must, tantivy.Query.term_set_query(schema, DOC, list(docs))))
            query = clauses[0][1] if len(clauses) == 1 else tantivy.Query.boolean_query(clauses)
            result = searcher.search(query, limit=limit, count=True, order_by_field=DOC, order=tantivy.Order.Asc)
            count = cast(int, result.count)  # type: ignore[attr-defined]  # not in the stubs
            return Listing(count, cast("list[tuple[int, tantivy.DocAddress]]", result.hits))

    def part_numbers(self, addresses: list[tantivy.DocAddress]) -> list[int]:
        """The part number (within its report) of each part at `addresses`."""
        if self.path is None or not addresses:
            return []
        _, searcher = self._open()
        with _tantivy_errors(self.path):
            return cast("list[int]", searcher.fast_field_values(PART, addresses))

    def placements(self, found: list[Match]) -> list[Placement]:
        """Where each matching part is (fast fields and the stored section), in the order given."""
        if self.path is None or not found:
            return []
        _, searcher = self._open()
        with _tantivy_errors(self.path):
            addresses = [match.address for match in found]
            columns = [cast("list[int]", searcher.fast_field_values(name, addresses)) for name in PLACEMENT]
            sections = [searcher.doc(address).get_first(SECTION) for address in addresses]
            return [Placement.of((start, byte_start, byte_end, checksum), section)
                    for start, byte_start, byte_end, checksum, section in zip(*columns, sections)]


@dataclass(slots=True, frozen=True)
class Listing:
    """How many parts match, and some of them as (report number, address in the index) by report number."""

    count: int
    hits: list[tuple[int, tantivy.DocAddress]]

    @property
    def whole(self) -> bool:
        """Whether every matching part is listed."""
        return self.count <= len(self.hits)


@dataclass(slots=True, frozen=True)
class Match:
    """A part the index found: its report's number, its number in the report, and its address in the index."""

    doc: int
    part: int
    address: tantivy.DocAddress


def _phrase_query(schema: tantivy.Schema, phrase: list[str]) -> tantivy.Query:
    """The query for a run of tokens at consecutive positions (a term query for one token)."""
    import tantivy

    if len(phrase) == 1:
        return tantivy.Query.term_query(schema, TEXT, phrase[0])
    return tantivy.Query.phrase_query(schema, TEXT, list[str | tuple[int, str]](phrase))


class _tantivy_errors:
    """Turns an error (or a Rust panic) of tantivy reading a damaged index into `CorruptCacheFile`."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: Any) -> None:
        if error is None or isinstance(error, (KeyboardInterrupt, SystemExit, CorruptCacheFile)):
            return
        if isinstance(error, Exception) or type(error).__name__ == "PanicException":
            raise CorruptCacheFile(self.path, f"the search index cannot be read ({type(error).__name__})") from error


def located(text: str, start: int, end: int, phrase: list[str]) -> Iterator[tuple[int, int]]:
    """(start, end) of each occurrence of the token sequence `phrase` in `text[start:end]`, in order.

    The same tokens as tantivy's, so a part the index names holds at least one. `text` is folded.
    """
    pattern = _pattern(tuple(phrase))
    latin = any(token[0].isascii() and token[0].isalnum() for token in phrase)
    for match in pattern.finditer(text, start, end):
        if not latin or _whole_tokens(text, start, end, match.start(), match.end(), phrase):
            yield match.start(), match.end()


@lru_cache(maxsize=256)
def _pattern(phrase: tuple[str, ...]) -> re.Pattern[str]:
    """The tokens of a phrase with any whitespace between them."""
    return re.compile(GAP.join(re.escape(token) for token in phrase))


def _whole_tokens(text: str, start: int, end: int, first: int, last: int, phrase: list[str]) -> bool:
    """Whether the tokens of `text` from `first` are `phrase` (a match of letters is not part of a longer word)."""
    begin = first
    while begin > start and (text[begin - 1].isascii() and (text[begin - 1].isalnum() or text[begin - 1] == ".")):
        begin -= 1
    finish = last
    while finish < end and text[finish].isascii() and (text[finish].isalnum() or text[finish] == "."):
        finish += 1
    found = [(match.start(), match.group()) for match in TOKEN.finditer(text, begin, finish)]
    starts = [position for position, _ in found]
    if first not in starts:
        return False
    at = starts.index(first)
    return [token for _, token in found[at:at + len(phrase)]] == phrase
