"""Keywords a report stresses: TF-IDF with jieba.analyse's IDF table, plus raw counts.

Stopwords and the boilerplate every report repeats (各位代表, 请予审议 …) are left out.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Iterable

from store.api import Keyword
from store.words import jieba, plain_words

#: Words of address, framing and the generic verbs of policy language (建设, 推进, 落实 …) that every
#: work report (政府工作报告) repeats: never keywords.
BOILERPLATE = frozenset(
    """
    各位代表 代表 各位 同志们 政协委员 委员 列席人员 请予审议 审议 提出意见 意见 报告 政府工作报告 本届政府
    政府 人民政府 市政府 省政府 县政府 区政府 市委 省委 县委 区委 今年 去年 明年 全年 一年 过去 一年来 五年
    以来 我们 全市 全省 全县 全区 工作 主要 同时 方面 进一步 积极 不断 持续 全面 深入 扎实 有效 切实 努力
    一批 一个 一些 各类 各项 重点 相关 实现 完成 开展 取得 达到 其中 以及 通过 坚持 推进 加快 加强 推动
    实施 提升 强化 做好 抓好 围绕 着力 继续 更加 确保 建设 发展 打造 深化 完善 提高 促进 落实 加大 健全 优化
    增强 全力 大力 坚决 务实 有序 高效 统筹 聚焦 突出 巩固 扩大 稳步
    """.split()
)

#: Function words (虚词) and other stopwords jieba.analyse does not list.
STOPWORDS = frozenset(
    """
    的 了 和 与 及 或 是 在 对 为 以 于 把 被 将 从 由 向 等 等等 这 那 这些 那些 这个 那个 其 之 也 都 又 还
    而 并 并且 但 但是 如果 因为 所以 已经 正在 没有 一定 可以 能够 要 不 上 下 中 个 年 月 日 亿元 万元 万人
    左右 以上 以下 以内 增长 同比 比重 总量 分别 其他 作为 进行 就是 一是 二是 三是 四是 五是 六是 七是 八是
    """.split()
)


def _countable(word: str) -> bool:
    """True for words that may be keywords: two characters or more, not a number, not a stop/boilerplate word."""
    if len(word) < 2 or word in STOPWORDS or word in BOILERPLATE:
        return False
    return not word.replace(".", "").replace("%", "").isdigit()


def top_keywords(texts: Iterable[str], top: int = 20, cache_dir: Path | None = None) -> list[Keyword]:
    """The `top` words of `texts` by TF-IDF weight (jieba.analyse's IDF), with raw counts.

    jieba's dictionary cache is kept in `cache_dir` (gwr's cache) when given.
    """
    jieba(cache_dir)
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(word for word in plain_words(text) if _countable(word))
    total = sum(counts.values())
    if not total:
        return []
    jieba()  # configures jieba's logging before jieba.analyse loads it
    from jieba import analyse

    extractor = analyse.default_tfidf
    idf, median = extractor.idf_freq, extractor.median_idf
    weighted = [Keyword(word, count / total * idf.get(word, median), count) for word, count in counts.items()
                if word not in extractor.stop_words]
    weighted.sort(key=lambda keyword: (-keyword.weight, -keyword.count, keyword.word))
    return weighted[:top]
