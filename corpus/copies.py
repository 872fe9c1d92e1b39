"""One copy of a report pasted several times into one file (a web page copied with its body twice).

A pasted copy repeats the report's paragraphs word for word, so most long lines of such a
text occur two or more times, where a report on its own repeats almost none. The copies
start where the first repeated long line recurs; the longest copy (the complete one) is
kept, after the opening lines that precede the first copy.
"""

from __future__ import annotations

from collections import Counter

#: Lines this long are paragraphs: a report repeats one of them only by accident.
MIN_PARAGRAPH = 40
#: At least this share of the distinct long lines occur more than once in a pasted text.
MIN_REPEATED_SHARE = 0.3
MIN_REPEATED = 3


def keep_one_copy(lines: list[str]) -> tuple[list[str], int]:
    """The lines of the most complete copy of a text pasted several times, and how many copies there were (1: none)."""
    counts = Counter(line.strip() for line in lines if len(line.strip()) >= MIN_PARAGRAPH)
    repeated = [line for line, count in counts.items() if count > 1]
    if len(repeated) < max(MIN_REPEATED, MIN_REPEATED_SHARE * len(counts)):
        return lines, 1
    copies = Counter(counts[line] for line in repeated).most_common(1)[0][0]
    anchor = next(line for line in counts if counts[line] == copies)  # the first line every copy repeats
    starts = [index for index, line in enumerate(lines) if line.strip() == anchor]
    ends = [_copy_end(lines, starts[0], start) for start in starts[1:]] + [len(lines)]
    best = max(range(len(starts)), key=lambda i: (sum(len(line) for line in lines[starts[i]:ends[i]]), -i))
    return lines[:starts[0]] + lines[starts[best]:ends[best]], len(starts)


def _copy_end(lines: list[str], first_start: int, next_start: int) -> int:
    """Where a copy ends: before the opening lines the next copy repeats from the first ("各位代表：" …)."""
    end, before_first = next_start, first_start
    while end > 0 and before_first > 0:
        previous = _previous_text_line(lines, end)
        original = _previous_text_line(lines, before_first)
        if previous is None or original is None or lines[previous].strip() != lines[original].strip():
            break
        end, before_first = previous, original
    return end


def _previous_text_line(lines: list[str], position: int) -> int | None:
    """The index of the last non-blank line before `position`, or None."""
    return next((index for index in range(position - 1, -1, -1) if lines[index].strip()), None)
