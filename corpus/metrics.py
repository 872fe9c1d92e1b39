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
    stock: bool = False  # a count or balance at a date (高新技术企业1100家): "新增…" before it is a flow, not it
    flow: bool = False  # a count over time (城镇新增就业): over several years its figure is their sum
    rise_is_value: bool = False  # a rate of change itself (居民消费价格涨幅): "上涨2%" is its value
    growth_names: tuple[str, ...] = ()  # names of its growth rate ("经济增长预期目标"): a bare % after them is growth
    #: Short names (出口 exports) that mean the metric only at the head of a clause with its figure right after
    #: them ("其中出口增长20.3%"); elsewhere they are part of another noun (机电产品出口, 出口退税).
    bare_names: tuple[str, ...] = ()
    #: Words after a count of people that name the metric ("5575万农村贫困人口实现脱贫", "611人全部脱贫"):
    #: a regular expression; the count's unit is people (人) even where only 人口 or 群众 says so.
    people_first: str = ""

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical name, every synonym, every name of its growth rate and every bare name."""
        return (self.name, *self.synonyms, *self.growth_names, *self.bare_names)

    @property
    def is_rate(self) -> bool:
        """True when the level itself is a percentage (a bare "3.5%" is the value)."""
        return self.families == (PCT,)


#: Unit families used below, by what they count.
PEOPLE, VISITS, DAYS, MASS = UnitFamily.PEOPLE, UnitFamily.VISITS, UnitFamily.DAYS, UnitFamily.MASS
DWELLINGS, HOUSEHOLDS, FIRMS, HEADS = UnitFamily.DWELLINGS, UnitFamily.HOUSEHOLDS, UnitFamily.FIRMS, UnitFamily.HEADS

METRICS: tuple[Metric, ...] = (
    # Output (产出)
    Metric("gdp", "地区生产总值", ("生产总值", "GDP", "国内生产总值", "经济总量"), (Y,),
           growth_names=("经济增长预期目标", "经济增长目标", "经济增长速度", "经济增速", "经济年均增长")),
    Metric("gnp", "国民生产总值", ("GNP",), (Y,)),
    Metric("per_capita_gdp", "人均地区生产总值", ("人均生产总值", "人均GDP", "人均国内生产总值"), (Y, USD)),
    Metric("primary_value_added", "第一产业增加值", (), (Y,)),
    Metric("secondary_value_added", "第二产业增加值", (), (Y,)),
    Metric("tertiary_value_added", "第三产业增加值", ("服务业增加值",), (Y,)),
    Metric("agri_output", "农林牧渔业总产值", ("农业总产值", "农牧业总产值"), (Y,)),
    Metric("grain_output", "粮食总产量", ("粮食产量",), (MASS,)),
    Metric("grain_area", "粮食播种面积", ("粮食种植面积",), (UnitFamily.AREA,)),
    Metric("hog_output", "生猪出栏", ("生猪出栏量", "出栏生猪"), (HEADS,)),
    Metric("industry_value_added", "规模以上工业增加值", ("规上工业增加值", "规模工业增加值"), (Y,)),
    Metric("industry_output", "规上工业总产值", ("规模以上工业总产值", "规模工业总产值", "规上工业产值")
           , (Y,)),
    Metric("industrial_profits", "规模以上工业企业利润", ("规上工业企业利润", "规模以上工业企业实现利润"), (Y,)),
    Metric("hightech_value_added", "高新技术产业增加值", ("高技术产业增加值", "高新技术产业产值"), (Y,)),
    Metric("electricity_consumption", "全社会用电量", (), (UnitFamily.ELECTRICITY,)),
    # Investment and consumption (投资与消费)
    Metric("fixed_asset_investment", "固定资产投资", ("全社会固定资产投资", "固投"), (Y,)),
    Metric("industrial_investment", "工业投资", ("工业固定资产投资",), (Y,)),
    Metric("private_investment", "民间投资", ("民间固定资产投资",), (Y,)),
    Metric("real_estate_investment", "房地产开发投资", ("房地产投资",), (Y,)),
    Metric("retail_sales", "社会消费品零售总额", ("社零总额", "社会商品零售总额"), (Y,)),
    # Trade and foreign capital (对外贸易与外资)
    Metric("foreign_trade", "进出口总额", ("外贸进出口总额", "外贸进出口", "进出口", "进出口总值", "货物进出口总额"),
           (Y, USD)),
    Metric("exports", "出口总额", ("出口额", "外贸出口", "出口创汇", "出口总值", "货物出口"), (Y, USD),
           bare_names=("出口",)),
    Metric("imports", "进口总额", ("进口额", "外贸进口", "进口总值", "货物进口"), (Y, USD), bare_names=("进口",)),
    Metric("trade_dependence", "外贸依存度", ("对外贸易依存度",), (PCT,), has_growth=False),
    Metric("foreign_investment", "实际利用外资", ("实际使用外资", "利用外资", "实际利用外商直接投资",
                                                "实际使用外商直接投资", "外商直接投资"), (USD, Y)),
    Metric("outward_investment", "对外直接投资", ("非金融类对外直接投资", "对外投资"), (USD, Y)),
    # Public finance (财政)
    Metric("fiscal_revenue", "财政总收入", ("全部财政收入", "财政收入", "全国财政收入", "全口径财政收入"), (Y,)),
    Metric("budget_revenue", "一般公共预算收入",
           ("公共财政预算收入", "地方一般公共预算收入", "一般预算收入", "地方财政一般预算收入", "公共财政收入"), (Y,)),
    Metric("local_fiscal_revenue", "地方级财政收入", ("地方财政总收入", "地方财政收入"), (Y,)),
    Metric("tax_revenue", "税收收入", (), (Y,)),
    Metric("budget_expenditure", "一般公共预算支出", ("公共财政预算支出", "地方一般公共预算支出", "公共预算支出"), (Y,)),
    Metric("fiscal_deficit", "财政赤字", ("赤字规模",), (Y,), has_growth=False),
    Metric("deficit_ratio", "赤字率", (), (PCT,), has_growth=False),
    Metric("local_bonds", "地方政府债券", ("地方政府专项债券", "地方政府一般债券"), (Y,), has_growth=False),
    # Money and credit (货币与信贷)
    Metric("m2", "广义货币M2", ("广义货币(M2)", "广义货币（M2）", "M2"), (Y,)),
    Metric("new_rmb_loans", "新增人民币贷款", ("人民币贷款新增",), (Y,), has_growth=False),
    Metric("deposits", "金融机构各项存款余额", ("各项存款余额", "金融机构存款余额", "本外币存款余额"), (Y,), stock=True),
    Metric("loans", "金融机构各项贷款余额", ("各项贷款余额", "金融机构贷款余额", "本外币贷款余额"), (Y,), stock=True),
    # Income and prices (收入与物价)
    Metric("urban_income", "城镇居民人均可支配收入", ("城镇常住居民人均可支配收入", "城镇人均可支配收入"), (Y,)),
    Metric("rural_income", "农村居民人均可支配收入", ("农村常住居民人均可支配收入", "农民人均可支配收入"), (Y,)),
    Metric("farmer_net_income", "农民人均纯收入", ("农村居民人均纯收入",), (Y,)),
    Metric("resident_income", "居民人均可支配收入", ("全体居民人均可支配收入", "全市居民人均可支配收入",
                                                     "全国居民人均可支配收入"), (Y,)),
    Metric("cpi_increase", "居民消费价格涨幅",
           ("居民消费价格指数涨幅", "居民消费价格总水平涨幅", "居民消费价格上涨", "CPI涨幅", "居民消费价格总水平上涨",
            "居民消费价格指数上涨", "居民消费价格总水平", "居民消费价格", "消费价格涨幅"), (PCT,),
           has_growth=False, lower_is_better=True, rise_is_value=True),
    Metric("labour_productivity", "全员劳动生产率", (), (Y,)),
    # People and jobs (人口与就业)
    Metric("resident_population", "常住人口", ("年末常住人口",), (PEOPLE,), stock=True),
    Metric("natural_growth_rate", "人口自然增长率", (), (UnitFamily.PERMILLE,), has_growth=False),
    Metric("urbanisation_rate", "常住人口城镇化率", ("城镇化率", "城镇化水平"), (PCT,), has_growth=False),
    Metric("registered_urbanisation", "户籍人口城镇化率", (), (PCT,), has_growth=False),
    Metric("life_expectancy", "人均预期寿命", ("人口平均预期寿命", "居民人均预期寿命"), (UnitFamily.YEARS_OF_AGE,),
           has_growth=False),
    Metric("urban_new_jobs", "城镇新增就业", ("新增城镇就业", "城镇新增就业人数"), (PEOPLE,),
           has_growth=False, flow=True),
    Metric("registered_unemployment", "城镇登记失业率", ("登记失业率",), (PCT,), has_growth=False, lower_is_better=True),
    Metric("surveyed_unemployment", "城镇调查失业率", ("调查失业率",), (PCT,), has_growth=False, lower_is_better=True),
    # Environment (生态环境)
    Metric("good_air_days", "空气优良天数",
           ("空气质量优良天数", "优良天数", "空气质量达标天数", "空气质量良好以上天数"), (DAYS,),
           has_growth=False, percent_twin="good_air_ratio"),
    Metric("good_air_ratio", "优良天数比例",
           ("空气质量优良天数比例", "空气优良天数比例", "空气质量优良天数比率", "优良天数比率", "空气质量优良率",
            "空气优良率"),
           (PCT,), has_growth=False),
    Metric("pm25", "PM2.5浓度", ("PM2.5平均浓度", "细颗粒物（PM2.5）浓度", "细颗粒物(PM2.5)浓度",
                                 "PM2.5年均浓度", "细颗粒物浓度", "PM2.5"), (UnitFamily.CONCENTRATION,),
           lower_is_better=True),
    Metric("surface_water_quality", "地表水优良比例",
           ("地表水质量优良比例", "地表水优良水体比例", "地表水达到或好于Ⅲ类水体比例", "地表水水质优良比例"), (PCT,),
           has_growth=False),
    Metric("forest_coverage", "森林覆盖率", (), (PCT,), has_growth=False),
    Metric("energy_intensity", "单位生产总值能耗", ("单位GDP能耗", "单位地区生产总值能耗", "万元GDP能耗",
                                                   "万元生产总值能耗", "单位国内生产总值能耗", "单位国内生产总值能源消耗"),
           (UnitFamily.ENERGY_PER_OUTPUT,), lower_is_better=True),
    Metric("co2_intensity", "单位生产总值二氧化碳排放",
           ("单位GDP二氧化碳排放", "单位地区生产总值二氧化碳排放", "单位国内生产总值二氧化碳排放",
            "单位国内生产总值二氧化碳排放量", "单位GDP二氧化碳排放量"), (), lower_is_better=True),
    Metric("water_intensity", "单位生产总值用水量",
           ("单位GDP用水量", "单位地区生产总值用水量", "单位国内生产总值用水量", "万元GDP用水量"), (),
           lower_is_better=True),
    # Innovation (创新)
    Metric("rd_spending", "研发经费投入", ("R&D经费投入", "研究与试验发展经费支出", "R&D经费支出", "全社会研发经费投入",
                                         "研发经费支出"), (Y,)),
    Metric("rd_intensity", "研发投入强度",
           ("研发经费投入强度", "R&D经费投入强度", "全社会研发投入强度", "研究与试验发展经费投入强度",
            "研发综合投入占比", "研发经费投入占比", "研发投入占比", "R&D经费投入占比", "R&D投入强度", "R&D强度",
            "研发强度", "全社会研发经费投入强度", "全社会研发经费投入占比", "全社会R&D经费投入占比"), (PCT,),
           has_growth=False),
    Metric("tech_contract_value", "技术合同成交额", ("技术合同交易额", "技术合同成交金额"), (Y,)),
    Metric("hightech_firms", "高新技术企业", ("国家高新技术企业", "国家级高新技术企业"), (FIRMS,), stock=True),
    # Welfare (民生)
    Metric("poverty_reduction", "脱贫人口", ("贫困人口减少", "农村贫困人口减少", "减少贫困人口", "减少农村贫困人口",
                                            "脱贫人数", "减贫人口", "减贫"), (PEOPLE,), has_growth=False, flow=True,
           people_first=r"(?:农村)?(?:建档立卡)?(?:贫困人口|贫困群众)?(?:全部|全面|实现|稳定|如期|顺利)+脱贫"),
    Metric("shantytown_renovation", "棚户区改造", ("棚户区住房改造", "城镇棚户区住房改造", "棚户区改造开工",
                                                "城市棚户区改造", "棚改"), (DWELLINGS, HOUSEHOLDS), has_growth=False, flow=True),
    Metric("affordable_housing", "保障性住房", ("保障性安居工程住房", "城镇保障性安居工程住房", "保障性安居工程",
                                              "保障房", "城镇保障性安居工程"), (DWELLINGS,), has_growth=False, flow=True),
    Metric("rural_housing_renovation", "农村危房改造", ("危房改造",), (HOUSEHOLDS,), has_growth=False, flow=True),
    # Tourism (旅游)
    Metric("tourism_revenue", "旅游收入", ("旅游综合收入", "旅游总收入"), (Y,)),
    Metric("tourist_visits", "游客人次", ("接待游客", "游客接待量", "旅游人次", "旅游总人次", "游客", "旅游人数",
                                        "接待国内外旅游人数", "接待国内外游客", "旅游接待人数"), (VISITS,)),
)

METRICS_BY_ID: dict[str, Metric] = {metric.id: metric for metric in METRICS}

#: Every name of a growth rate ("经济增长预期目标"): a bare percentage after it is the growth.
GROWTH_NAMES: frozenset[str] = frozenset(name for metric in METRICS for name in metric.growth_names)

#: Every bare name ("出口"): a metric only at the head of a clause with its figure right after it.
BARE_NAMES: frozenset[str] = frozenset(name for metric in METRICS for name in metric.bare_names)

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
    Ellipsis("water_intensity", "能耗", "energy_intensity"),
    Ellipsis("能耗", "二氧化碳排放量", "co2_intensity"),
    Ellipsis("能耗", "二氧化碳排放", "co2_intensity"),
)

#: Text right before a name that makes it part of another statistic ("人均生产总值", "占生产总值的比重",
#: a sector's share: "农业固定资产投资增长3.3倍").
FOREIGN_PREFIXES: tuple[str, ...] = ("人均", "占", "单位", "单日", "最高", "日均", "海洋", "电商", "工业", "民间", "技改",
                                    "限上", "限额以上", "带动", "网络", "生产性", "生活性", "数字", "农业", "制造业",
                                    "服务业", "基础设施", "交通", "水利")

#: Text right after a name that makes it part of another noun ("固定资产投资项目", "外商直接投资协议金额": contracted,
#: not used).
FOREIGN_SUFFIXES: tuple[str, ...] = ("项目", "比重", "占比", "排名", "的比重", "能耗", "考核", "任务", "计划",
                                    "基金", "贷款", "企业", "总量", "结构", "中心", "服务", "安置", "协议", "合同")

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
