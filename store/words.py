"""Word segmentation (分词) with jieba, loaded only when first needed.

Importing jieba and loading its dictionary costs about a second, so nothing
here touches jieba until a function is called: opening the cache never does.
"""

from __future__ import annotations

import logging
from types import ModuleType
from typing import Iterable

_jieba: ModuleType | None = None


def jieba() -> ModuleType:
    """The jieba module, imported (quietly) on first use."""
    global _jieba
    if _jieba is None:
        import jieba as module

        module.setLogLevel(logging.WARNING)
        _jieba = module
    return _jieba


def is_word(token: str) -> bool:
    """True for tokens worth indexing: they contain a letter, digit or Chinese character."""
    return any(character.isalnum() for character in token)


def search_words(text: str) -> list[str]:
    """The words of `text` in jieba search mode (long words plus their parts), lower-cased, in order.

    Dictionary words only (no HMM guessing of unknown words): a quarter faster, and
    search does not depend on it, since the character postings keep it exact.
    """
    return [token.lower() for token in jieba().cut_for_search(text, HMM=False) if is_word(token)]


def plain_words(text: str) -> Iterable[str]:
    """The words of `text` in jieba's precise mode (no overlapping parts), lower-cased."""
    return (token.lower() for token in jieba().cut(text) if is_word(token))


def dictionary_words(text: str) -> list[str]:
    """Every token of `text` in jieba's precise mode without HMM (punctuation included), lower-cased."""
    return [token.lower() for token in jieba().cut(text, HMM=False)]
