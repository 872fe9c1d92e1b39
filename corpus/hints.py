"""What a file says about a document outside its text: a dataset record's fields, a header block, front matter.

Such hints fill the metadata the text itself does not give (a record with no title line,
a header "发文单位：保定市人民政府" naming the place); the text wins where it speaks.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

#: The headings a file marks up (Markdown `#`), in order: each heading's text and its depth (1 for "#").
Outline = tuple[tuple[str, int], ...]


@dataclass(frozen=True, slots=True)
class Hints:
    """Metadata given beside a document's text (None where not given)."""

    title: str | None = None
    year: int | None = None  # the title year (the year printed in the title)
    place: str | None = None  # text naming the place: "河北省", "保定市人民政府"
    delivered: str | None = None  # ISO date: "2015-01-24"
    speaker: str | None = None  # the speaker line as written: "保定市市长 马誉峰"
    note: str | None = None  # a remark about the document (备注)
    outline: Outline | None = None  # the headings the file marks up, with their depths

    def filled_from(self, other: Hints) -> Hints:
        """These hints, with the ones they lack taken from `other`."""
        missing = {f.name: getattr(other, f.name) for f in fields(self) if getattr(self, f.name) is None}
        return replace(self, **missing)
