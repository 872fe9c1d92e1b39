"""The metric registry (指标目录): every key figure gwr extracts, as data.

Each `Metric` names one statistic: its id, the canonical Chinese name, the other
names reports use for it, the unit families its level is written in, and what it
carries — a level (value), a growth rate, or both. Adding a metric is one entry in
`METRICS`; the extractor builds its patterns from this module only.
"""

from __future__ import annotations

from dataclasses import dataclass

from corpus.units import UnitFamily

Y, USD, PCT = UnitFamily.YUAN, UnitFamily.DOLLAR, UnitFamily.PERCENT


@dataclass(frozen=True, slots=True)
class Metric:
    """One statistic of the registry.

    `families` lists the unit families its level may be written in; empty means
    the metric is only ever reported as a growth rate (规上工业增加值 增长 8%).
    A metric whose family is percent (失业率 3.5%) reads a bare percentage as
    its value, not as growth.
    """

    id: str
    name: str
    synonyms: tuple[str, ...] = ()
    families: tuple[UnitFamily, ...] = ()
    has_growth: bool = True
    lower_is_better: bool = False  # a target is a ceiling (失业率, 能耗, PM2.5), not a floor
    percent_twin: str | None = None  # the metric meant when this one is written as a percentage

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical name and every synonym."""
        return (self.name, *self.synonyms)

    @property
    def is_rate(self) -> bool:
        """True when the level itself is a percentage (a bare "3.5%" is the value)."""
        return self.families == (PCT,)


METRICS: tuple[Metric, ...] = (
    Metric("gdp", "地区生产总值", ("生产总值", "GDP", "国内生产总值"), (Y,)),
    Metric("industry_value_added", "规模以上工业增加值", ("规上工业增加值", "规模工业增加值"), (Y,)),
    Metric("industry_output", "规上工业总产值", ("规模以上工业总产值", "规模工业总产值", "规上工业产值")
           , (Y,)),
    Metric("fixed_asset_investment", "固定资产投资", ("全社会固定资产投资", "固投"), (Y,)),
    Metric("retail_sales", "社会消费品零售总额", ("社零总额",), (Y,)),
    Metric("budget_revenue", "一般公共预算收入",
           ("公共财政预算收入", "地方一般公共预算收入", "一般预算收入", "地方财政一般预算收入"), (Y,)),
    Metric("local_fiscal_revenue", "地方级财政收入", (), (Y,)),
    Metric("budget_expenditure", "一般公共预算支出", ("公共财政预算支出", "地方一般公共预算支出"), (Y,)),
    Metric("foreign_trade", "进出口总额", ("外贸进出口总额", "外贸进出口", "进出口"), (Y, USD)),
    Metric("foreign_investment", "实际利用外资", ("实际使用外资", "利用外资"), (USD, Y)),
    Metric("urban_income", "城镇居民人均可支配收入", ("城镇常住居民人均可支配收入",), (Y,)),
    Metric("rural_income", "农村居民人均可支配收入", ("农村常住居民人均可支配收入", "农民人均可支配收入"), (Y,)),
    Metric("farmer_net_income", "农民人均纯收入", ("农村居民人均纯收入",), (Y,)),
    Metric("resident_income", "居民人均可支配收入", ("全体居民人均可支配收入", "全市居民人均可支配收入"), (Y,)),
    Metric("urban_new_jobs", "城镇新增就业", ("新增城镇就业", "城镇新增就业人数"), (UnitFamily.PEOPLE,),
           has_growth=False),
    Metric("registered_unemployment", "城镇登记失业率", ("登记失业率",), (PCT,), has_growth=False, lower_is_better=True),
    Metric("surveyed_unemployment", "城镇调查失业率", ("调查失业率",), (PCT,), has_growth=False, lower_is_better=True),
    Metric("cpi_increase", "居民消费价格涨幅",
           ("居民消费价格指数涨幅", "居民消费价格总水平涨幅", "居民消费价格上涨", "CPI涨幅"), (PCT,),
           has_growth=False, lower_is_better=True),
    Metric("good_air_days", "空气优良天数",
           ("空气质量优良天数", "优良天数", "空气质量达标天数", "空气质量良好以上天数"), (UnitFamily.DAYS,),
           has_growth=False, percent_twin="good_air_ratio"),
    Metric("good_air_ratio", "优良天数比例",
           ("空气质量优良天数比例", "空气优良天数比例", "空气质量优良天数比率", "优良天数比率", "空气质量优良率",
            "空气优良率"),
           (PCT,), has_growth=False),
    Metric("pm25", "PM2.5浓度", ("PM2.5平均浓度", "细颗粒物（PM2.5）浓度", "细颗粒物(PM2.5)浓度",
                                 "PM2.5年均浓度", "细颗粒物浓度", "PM2.5"), (UnitFamily.CONCENTRATION,),
           lower_is_better=True),
    Metric("grain_output", "粮食总产量", ("粮食产量",), (UnitFamily.MASS,)),
    Metric("rd_intensity", "研发投入强度",
           ("研发经费投入强度", "R&D经费投入强度", "全社会研发投入强度", "研究与试验发展经费投入强度",
            "研发综合投入占比", "研发经费投入占比", "研发投入占比", "R&D经费投入占比", "R&D投入强度", "R&D强度",
            "研发强度"), (PCT,),
           has_growth=False),
    Metric("energy_intensity", "单位生产总值能耗", ("单位GDP能耗", "单位地区生产总值能耗", "万元GDP能耗",
                                                   "万元生产总值能耗"), (UnitFamily.ENERGY_PER_OUTPUT,),
           lower_is_better=True),
    Metric("tourism_revenue", "旅游收入", ("旅游综合收入", "旅游总收入"), (Y,)),
    Metric("tourist_visits", "游客人次", ("接待游客", "游客接待量", "旅游人次", "旅游总人次", "游客"), (UnitFamily.VISITS,)),
)

METRICS_BY_ID: dict[str, Metric] = {metric.id: metric for metric in METRICS}

#: Names that stand for two metrics at once; reports follow them with "分别 A 和 B".
COMPOUND_NAMES: dict[str, tuple[str, ...]] = {
    name: ("urban_income", "rural_income")
    for name in (
        "城乡居民人均可支配收入",
        "城乡常住居民人均可支配收入",
        "城镇、农村居民人均可支配收入",
        "城镇和农村居民人均可支配收入",
        "城镇和农村常住居民人均可支配收入",
        "城镇、农村常住居民人均可支配收入",
    )
}

@dataclass(frozen=True, slots=True)
class Ellipsis:
    """After `lead` (a metric id, or a phrase), a clause or list item opening with `head` means `metric`.

    "规上工业总产值增长15%，增加值增长5%" → 规上工业增加值; "粮食播种面积268.3万亩、产量28.5亿斤" → 粮食总产量.
    """

    lead: str
    head: str
    metric: str


ELLIPSES: tuple[Ellipsis, ...] = (
    Ellipsis("industry_output", "增加值", "industry_value_added"),
    Ellipsis("粮食播种面积", "总产量", "grain_output"),
    Ellipsis("粮食种植面积", "总产量", "grain_output"),
    Ellipsis("粮食播种面积", "产量", "grain_output"),
    Ellipsis("粮食种植面积", "产量", "grain_output"),
    Ellipsis("tourist_visits", "总收入", "tourism_revenue"),
    Ellipsis("budget_revenue", "支出", "budget_expenditure"),
)

#: Text right before a name that makes it part of another statistic ("人均生产总值", "占生产总值的比重").
FOREIGN_PREFIXES: tuple[str, ...] = ("人均", "占", "单位", "单日", "最高", "日均", "海洋", "电商", "工业", "民间", "技改",
                                    "限上", "限额以上", "带动", "网络")

#: Text right after a name that makes it part of another noun ("固定资产投资项目").
FOREIGN_SUFFIXES: tuple[str, ...] = ("项目", "比重", "占比", "排名", "的比重", "能耗", "考核", "任务", "计划",
                                    "基金", "贷款", "企业", "总量", "结构", "中心", "服务")

#: Qualitative targets (定性目标): a plan-year target stated without a number.
QUALITATIVE_PHRASES: tuple[str, ...] = (
    "与经济增长基本同步", "与经济增长同步", "同步增长", "基本同步", "相适应", "相协调", "相匹配",
    "促稳提质", "提质增效", "稳中有升", "稳中有进", "稳步增长", "稳定增长", "持续增长", "保持稳定",
    "高于全市平均水平", "高于全省平均水平", "高于全市平均", "高于全省平均", "完成省下达任务",
    "完成市下达任务", "完成省上下达的控制目标", "完成省市下达任务",
)


def all_names() -> dict[str, tuple[str, ...]]:
    """Every name the extractor looks for → the metric ids it stands for."""
    names: dict[str, tuple[str, ...]] = {}
    for metric in METRICS:
        for name in metric.names:
            names[name] = (metric.id,)
    names.update(COMPOUND_NAMES)
    return names
