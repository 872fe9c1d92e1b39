"""Word segmentation (分词) with jieba, loaded only when first needed: for keywords.

Importing jieba and loading its dictionary costs about a second, so nothing
here touches jieba until a function is called: opening the cache, ingesting and
searching never do (the search index is made of characters, `store.index`).
jieba keeps its dictionary cache (`jieba.cache`) in gwr's cache directory when
it is given one, not in the system's temporary folder.
"""

from __future__ import annotations

import logging
from pathlib import Path
from types import ModuleType
from typing import Iterable

_jieba: ModuleType | None = None


def jieba(cache_dir: Path | None = None) -> ModuleType:
    """The jieba module, imported (quietly) on first use; its dictionary cache goes in `cache_dir` when given."""
    global _jieba
    if _jieba is None:
        import jieba as module

        module.setLogLevel(logging.CRITICAL)  # a cache it cannot write only costs time: no traceback
        _jieba = module
    if cache_dir is not None:
        _jieba.dt.tmp_dir = str(cache_dir)
    return _jieba


def is_word(token: str) -> bool:
    """True for tokens worth indexing: they contain a letter, digit or Chinese character."""
    return any(character.isalnum() for character in token)


def plain_words(text: str) -> Iterable[str]:
    """The words of `text` in jieba's precise mode (no overlapping parts), lower-cased."""
    return (token.lower() for token in jieba().cut(text) if is_word(token))
