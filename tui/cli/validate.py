"""Checking the names a user types for `--metric`, `--place` and `--province` before they filter anything.

A misspelt name would otherwise filter everything out and look like "no figures":
an unknown name is a usage error that names the value and offers close matches.
A real place the cache holds no report of is not an error; it just matches nothing. The metric
registry, the gazetteer and difflib load when a name is checked against them (a --place the cache
holds needs none of them).
"""

from __future__ import annotations

from collections.abc import Iterable

from store.api import ReportSummary
from store.filters import PLACE_SUFFIXES, names_match, place_matches


class UnknownName(ValueError):
    """A name that is neither in the registry or gazetteer nor in the cache; `str()` is the one-line message."""


def metric_id(word: str) -> str:
    """The metric id `word` names: an id (gdp) or a Chinese name or synonym (地区生产总值)."""
    from corpus.metrics import METRICS

    by_name = {name: metric.id for metric in METRICS for name in (metric.id, *metric.names)}
    if word in by_name:
        return by_name[word]
    hint = _suggestions(word, by_name) or f" (metrics: {', '.join(metric.id for metric in METRICS)})"
    raise UnknownName(f"unknown metric {word!r}{hint}")


def check_place(word: str, reports: Iterable[ReportSummary]) -> None:
    """Refuse a --place word that names no place of the cache and no division of China."""
    reports = list(reports)
    if any(place_matches(s.place, word) for s in reports) or _in_gazetteer(word):
        return
    names = {name for s in reports if s.place for name in (s.place.name, s.place.parent, s.place.alias) if name}
    raise UnknownName(f"unknown place {word!r}{_suggestions(word, _with_short_names(names))}")


def check_province(word: str, reports: Iterable[ReportSummary]) -> None:
    """Refuse a --province word that names no province."""
    from corpus.gazetteer import gazetteer

    provinces = {s.place.province for s in reports if s.place and s.place.province}
    provinces |= {d.name for d in gazetteer() if d.parent_adcode is None}
    if not any(names_match(name, word) for name in provinces):
        raise UnknownName(f"unknown province {word!r}{_suggestions(word, _with_short_names(provinces))}")


def _in_gazetteer(word: str) -> bool:
    from corpus.gazetteer import gazetteer

    places = gazetteer()
    return any(places.named(word + suffix) or places.formerly_named(word + suffix) for suffix in PLACE_SUFFIXES)


def _with_short_names(names: Iterable[str]) -> dict[str, str]:
    """Each name and its short form (济南市 → 济南), mapped to the full name."""
    spelled: dict[str, str] = {}
    for name in names:
        spelled[name] = name
        for suffix in sorted(PLACE_SUFFIXES, key=len, reverse=True):
            if suffix and name.endswith(suffix) and len(name) > len(suffix) + 1:
                spelled.setdefault(name.removesuffix(suffix), name)
                break
    return spelled


def _suggestions(word: str, spellings: dict[str, str]) -> str:
    """"; did you mean …?" with the names closest to `word`, or nothing."""
    import difflib

    close = difflib.get_close_matches(word, spellings, n=8, cutoff=0.5)
    names = list(dict.fromkeys(spellings[spelling] for spelling in close))[:3]
    return f"; did you mean {', '.join(names)}?" if names else ""
