"""The mixed search queries of P4."""

from __future__ import annotations

#: Words and phrases of the reports (policy terms, indicator names), multi-term queries (all terms must
#: match), single characters (the substring fallback) and place names.
QUERIES: list[str] = [
    # words
    "生产总值", "固定资产投资", "乡村振兴", "营商环境", "高质量发展", "新能源", "城镇化", "养老",
    "生态环境", "招商引资", "数字经济", "疫情防控", "棚户区", "专项债", "产业园",
    # several terms
    "生产总值 增长", "乡村 振兴 产业", "财政 收入 增长", "就业 高校毕业生", "农村 人居环境",
    "工业 增加值", "居民 人均可支配收入", "招商 项目 签约", "交通 高速公路", "教育 学校 建设",
    # phrases as written
    "社会消费品零售总额", "一般公共预算收入", "城乡居民人均可支配收入", "规模以上工业增加值",
    "主要预期目标", "全面贯彻落实党的二十大精神", "各位代表", "稳增长", "污染防治攻坚战", "名词解释",
    # single characters
    "粮", "煤", "港", "茶", "桥", "矿", "碳", "菜", "税", "林",
    # places
    "兰州", "济南", "银川", "黄岛", "天水",
]
