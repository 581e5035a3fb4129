"""Static reference data for the demo court systems: courts, names, causes of action, case-type profiles.

Kept apart from the generators so that the realism knobs (volumes, mixes, durations) can be read and
tuned in one place. Ordos courts and populations are real (rounded); the other Inner Mongolia cities used
by the `province` scale have real codes and populations but synthetic basic-court names.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Court:
    code: str  # 法院代字, e.g. 内0602
    name: str
    level: str  # intermediate | basic
    parent: str | None
    population: int
    admin_code: str  # 6-digit administrative division code, used for ID numbers


@dataclass(frozen=True)
class City:
    code: str  # intermediate court code, e.g. 内06
    name: str
    courts: tuple[Court, ...] = field(default_factory=tuple)

    @property
    def population(self) -> int:
        return sum(c.population for c in self.courts if c.level == "basic")


_ORDOS_BASIC = [
    ("内0602", "东胜区人民法院", 600_000),
    ("内0603", "康巴什区人民法院", 120_000),
    ("内0621", "达拉特旗人民法院", 330_000),
    ("内0622", "准格尔旗人民法院", 370_000),
    ("内0623", "鄂托克前旗人民法院", 80_000),
    ("内0624", "鄂托克旗人民法院", 160_000),
    ("内0625", "杭锦旗人民法院", 130_000),
    ("内0626", "乌审旗人民法院", 130_000),
    ("内0627", "伊金霍洛旗人民法院", 250_000),
]

# Other Inner Mongolia cities (code, name, population, number of basic courts) for the province scale.
_OTHER_CITIES = [
    ("内01", "呼和浩特市", 3_450_000, 9),
    ("内02", "包头市", 2_710_000, 9),
    ("内03", "乌海市", 560_000, 3),
    ("内04", "赤峰市", 4_040_000, 12),
    ("内05", "通辽市", 2_870_000, 8),
    ("内07", "呼伦贝尔市", 2_240_000, 13),
    ("内08", "巴彦淖尔市", 1_540_000, 7),
    ("内09", "乌兰察布市", 1_710_000, 11),
    ("内22", "兴安盟", 1_420_000, 6),
    ("内25", "锡林郭勒盟", 1_110_000, 12),
    ("内29", "阿拉善盟", 260_000, 3),
]
_NUMERALS = "一二三四五六七八九十"


def _admin(code: str) -> str:
    return ("15" + code[1:]).ljust(6, "0")


def _city(code: str, name: str, basics: list[tuple[str, str, int]]) -> City:
    total = sum(p for _, _, p in basics)
    courts = [Court(code, f"{name}中级人民法院", "intermediate", None, total, _admin(code))]
    courts += [Court(c, n, "basic", code, p, _admin(c)) for c, n, p in basics]
    return City(code, name, tuple(courts))


def ordos(basic: tuple[str, ...] | None = None) -> City:
    """The Ordos intermediate court and its basic courts (only those whose codes are in `basic`, when given)."""
    return _city("内06", "鄂尔多斯市", [b for b in _ORDOS_BASIC if basic is None or b[0] in basic])


# The tiny scale's court system: the intermediate court and three basic courts (an urban district, the
# administrative-jurisdiction court 内0603, a banner), so every peer group exists with few people.
TINY_BASIC = ("内0602", "内0603", "内0622")


def inner_mongolia() -> list[City]:
    """Ordos (real courts) plus eleven other cities whose basic courts get synthetic names."""
    cities = []
    for code, name, pop, n in _OTHER_CITIES:
        weights = [1.6 if i < 3 else 1.0 for i in range(n)]
        basics = [
            (
                f"{code}{i + 2:02d}",
                f"{name}第{_NUMERALS[i % 10]}{'' if i < 10 else i + 1}基层人民法院",
                int(pop * w / sum(weights)),
            )
            for i, w in enumerate(weights)
        ]
        cities.append(_city(code, name, basics))
    cities.insert(5, ordos())
    return cities


SURNAMES = list(
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶"
    "余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
)
GIVEN_CHARS = list(
    "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华玉萍红玲芬燕鹏辉建国志宏海波瑞雪婷慧颖博宇浩然晨阳"
    "佳欣思雨子涵文斌凯俊峰鑫琳晶亮春梅东林云飞龙成"
)
MONGOLIAN_NAMES = [
    "巴特尔",
    "乌云",
    "其其格",
    "额尔敦",
    "苏日娜",
    "宝音",
    "那仁",
    "萨仁",
    "图雅",
    "阿拉坦",
    "朝鲁",
    "斯琴",
    "乌兰",
    "哈斯",
    "巴雅尔",
    "娜仁花",
]

COMPANY_PREFIX = [
    "鄂尔多斯市",
    "内蒙古",
    "东胜区",
    "准格尔旗",
    "伊金霍洛旗",
    "达拉特旗",
    "包头市",
    "呼和浩特市",
]
COMPANY_WORDS = [
    "鑫达",
    "恒泰",
    "汇通",
    "宏远",
    "伊泰",
    "金诚",
    "华瑞",
    "蒙源",
    "天骄",
    "广源",
    "聚能",
    "博源",
    "盛世",
    "荣达",
    "新时代",
    "北方",
    "草原",
    "永和",
    "通达",
    "东方",
]
COMPANY_INDUSTRY = [
    "煤炭",
    "能源",
    "建筑工程",
    "商贸",
    "物流",
    "房地产开发",
    "化工",
    "农牧业",
    "羊绒制品",
    "汽车销售",
    "物业服务",
    "小额贷款",
    "矿业",
    "餐饮管理",
]
COMPANY_SUFFIX = ["有限公司", "有限责任公司", "股份有限公司"]
OTHER_ORGS = ["村民委员会", "合作社", "个体工商户", "业主委员会", "事务所"]

CAUSES = {
    "civil": [
        "民间借贷纠纷",
        "离婚纠纷",
        "机动车交通事故责任纠纷",
        "劳动争议",
        "物业服务合同纠纷",
        "继承纠纷",
        "赡养纠纷",
        "房屋租赁合同纠纷",
        "提供劳务者受害责任纠纷",
        "生命权、身体权、健康权纠纷",
    ],
    "commercial": [
        "买卖合同纠纷",
        "金融借款合同纠纷",
        "建设工程施工合同纠纷",
        "信用卡纠纷",
        "承揽合同纠纷",
        "融资租赁合同纠纷",
        "股权转让纠纷",
        "运输合同纠纷",
        "保险合同纠纷",
        "追偿权纠纷",
    ],
    "criminal": [
        "危险驾驶罪",
        "盗窃罪",
        "诈骗罪",
        "故意伤害罪",
        "交通肇事罪",
        "帮助信息网络犯罪活动罪",
        "开设赌场罪",
        "非法采矿罪",
        "寻衅滋事罪",
        "掩饰、隐瞒犯罪所得罪",
    ],
    "administrative": [
        "行政处罚",
        "行政强制",
        "行政征收",
        "行政许可",
        "行政登记",
        "政府信息公开",
        "行政复议",
        "行政赔偿",
    ],
    "special": [
        "申请确认人民调解协议效力",
        "申请实现担保物权",
        "申请宣告公民失踪",
        "申请认定公民无民事行为能力",
    ],
    "confirmation": ["申请司法确认调解协议"],
    "bankruptcy": ["破产清算", "破产重整"],
}
DISPUTE_TYPES = [
    "婚姻家庭",
    "民间借贷",
    "物业服务",
    "劳动争议",
    "交通事故",
    "买卖合同",
    "邻里纠纷",
    "金融借款",
    "房屋租赁",
    "农村土地承包",
]


@dataclass(frozen=True)
class CaseType:
    """How one case type behaves: where it is filed, by which department line, how long it lasts."""

    code: str
    line: str  # business_line of the handling department (civil_or_commercial = split by cause)
    procedures: dict[str, float]  # procedure -> share
    median_days: dict[str, float]  # procedure -> median effective duration
    sigma: float  # log-normal shape: larger = longer tail
    closing: dict[str, float]  # closing_method -> share
    cause_group: str
    claim_median: float | None = None  # yuan; None = no claim amount
    hearings: float = 1.2  # mean number of hearings
    roles: tuple[str, str] = ("plaintiff", "defendant")


BASE_LIMITS = {  # (type, procedure) -> statutory base days; procedure None = any
    ("民初", "ordinary"): 180,
    ("行初", "ordinary"): 180,
    ("民初", "simple"): 90,
    ("民初", "small_claims"): 60,
    ("刑初", "ordinary"): 90,
    ("刑初", "simple"): 20,
    ("刑初", "speedy"): 10,
    ("民终", None): 90,
    ("行终", None): 90,
    ("刑终", None): 60,
    ("民申", None): 90,
    ("刑申", None): 90,
    ("行申", None): 90,
    ("民再", None): 180,
    ("刑再", None): 180,
    ("民特", None): 30,
    ("诉前调确", None): 15,
}
# (type, procedure) -> the longest extension the generator grants, in days, per ../shared/domain/court_domain.md §3.1
# (the demo must never need quarantining for an unlawful extension). Where §3.1 states the extension: 民初 ordinary
# +6 months by the president (further only with the higher court: not generated), simple +1 month (total <= 4
# months), small claims +1 month, 刑初 ordinary +3 months with the next-higher court, 刑终 +2 months; 刑初 simple and
# 速裁 none; 刑再's 180-day base is already its extended maximum. Where §3.1 only says an extension may be approved
# without an amount (行初, 民终, 行终, 民申, 民再, 民特): one month, the shortest extension §3.1 names, lawful under
# any reading. Not listed in §3.1 (刑申, 行申, 诉前调确): none. 破 has no limit.
EXTENSION_MAX = {
    ("民初", "ordinary"): 180,
    ("民初", "simple"): 30,
    ("民初", "small_claims"): 30,
    ("刑初", "ordinary"): 90,
    ("刑初", "simple"): 0,
    ("刑初", "speedy"): 0,
    ("刑终", None): 60,
    ("刑再", None): 0,
    ("行初", "ordinary"): 30,
    ("民终", None): 30,
    ("行终", None): 30,
    ("民申", None): 30,
    ("民再", None): 30,
    ("民特", None): 30,
    ("刑申", None): 0,
    ("行申", None): 0,
    ("诉前调确", None): 0,
}
# Procedures that turn into ordinary procedure when they cannot close within their (extended) limit, the limit then
# counted from filing: §3.1 "otherwise convert to ordinary" (民初 simple; small claims likewise); 刑初 simple and 速裁
# cases found unsuitable are retried under ordinary procedure (刑诉法 2018 Art.221 / Art.226, unverified here).
CONVERTS_TO_ORDINARY = {("民初", "simple"), ("民初", "small_claims"), ("刑初", "simple"), ("刑初", "speedy")}

_APPEAL_CLOSING = {"judgment": 0.62, "ruling": 0.18, "mediation": 0.08, "withdrawal": 0.12}
CASE_TYPES: dict[str, CaseType] = {
    t.code: t
    for t in [
        CaseType(
            "民初",
            "civil_or_commercial",
            {"ordinary": 0.35, "simple": 0.45, "small_claims": 0.20},
            {"ordinary": 95, "simple": 45, "small_claims": 30},
            0.75,
            {
                "judgment": 0.40,
                "mediation": 0.20,
                "withdrawal": 0.25,
                "ruling": 0.08,
                "dismissal": 0.03,
                "transfer": 0.02,
                "other": 0.02,
            },
            "civil",
            60_000,
            1.3,
        ),
        CaseType(
            "刑初",
            "criminal",
            {"ordinary": 0.30, "simple": 0.40, "speedy": 0.30},
            {"ordinary": 55, "simple": 14, "speedy": 7},
            0.45,
            {"judgment": 0.95, "ruling": 0.03, "termination": 0.02},
            "criminal",
            None,
            1.1,
            ("defendant_criminal", "victim"),
        ),
        CaseType(
            "行初",
            "administrative",
            {"ordinary": 1.0},
            {"ordinary": 100},
            0.6,
            {"judgment": 0.45, "ruling": 0.17, "dismissal": 0.08, "withdrawal": 0.25, "other": 0.05},
            "administrative",
            None,
            1.2,
        ),
        CaseType(
            "民特",
            "civil",
            {"special": 1.0},
            {"special": 18},
            0.5,
            {"ruling": 0.85, "judgment": 0.10, "withdrawal": 0.05},
            "special",
            None,
            0.2,
            ("applicant", "respondent"),
        ),
        CaseType(
            "诉前调确",
            "filing",
            {"special": 1.0},
            {"special": 6},
            0.5,
            {"ruling": 0.97, "withdrawal": 0.03},
            "confirmation",
            30_000,
            0.0,
            ("applicant", "respondent"),
        ),
        CaseType(
            "破",
            "commercial",
            {"special": 1.0},
            {"special": 420},
            0.6,
            {"ruling": 0.85, "termination": 0.15},
            "bankruptcy",
            5_000_000,
            0.5,
            ("applicant", "respondent"),
        ),
        CaseType(
            "民终",
            "civil_or_commercial",
            {"second_instance": 1.0},
            {"second_instance": 55},
            0.55,
            _APPEAL_CLOSING,
            "civil",
            None,
            0.8,
            ("appellant", "appellee"),
        ),
        CaseType(
            "刑终",
            "criminal",
            {"second_instance": 1.0},
            {"second_instance": 40},
            0.45,
            {"ruling": 0.75, "judgment": 0.2, "withdrawal": 0.05},
            "criminal",
            None,
            0.4,
            ("appellant", "appellee"),
        ),
        CaseType(
            "行终",
            "administrative",
            {"second_instance": 1.0},
            {"second_instance": 60},
            0.5,
            _APPEAL_CLOSING,
            "administrative",
            None,
            0.8,
            ("appellant", "appellee"),
        ),
        CaseType(
            "民申",
            "trial_supervision",
            {"review": 1.0},
            {"review": 60},
            0.5,
            {"ruling": 0.9, "withdrawal": 0.1},
            "civil",
            None,
            0.2,
            ("applicant", "respondent"),
        ),
        CaseType(
            "刑申",
            "trial_supervision",
            {"review": 1.0},
            {"review": 60},
            0.5,
            {"ruling": 1.0},
            "criminal",
            None,
            0.1,
            ("applicant", "respondent"),
        ),
        CaseType(
            "行申",
            "trial_supervision",
            {"review": 1.0},
            {"review": 60},
            0.5,
            {"ruling": 1.0},
            "administrative",
            None,
            0.1,
            ("applicant", "respondent"),
        ),
        CaseType(
            "民再",
            "trial_supervision",
            {"retrial": 1.0},
            {"retrial": 110},
            0.5,
            {"judgment": 0.7, "ruling": 0.2, "mediation": 0.1},
            "civil",
            None,
            1.0,
            ("applicant", "respondent"),
        ),
        CaseType(
            "刑再",
            "trial_supervision",
            {"retrial": 1.0},
            {"retrial": 110},
            0.5,
            {"judgment": 0.8, "ruling": 0.2},
            "criminal",
            None,
            1.0,
            ("applicant", "respondent"),
        ),
    ]
}

# Share of a court's yearly first-instance-type volume, by court kind. Appeals, 申 and 再 are derived.
BASIC_MIX = {"民初": 0.72, "刑初": 0.085, "民特": 0.06, "诉前调确": 0.13, "破": 0.005}
ADMIN_COURT = "内0603"  # 康巴什: centralised first-instance administrative jurisdiction in Ordos
ADMIN_SHARE = 0.02  # of the whole city's volume, filed at 内0603 as 行初
INTERMEDIATE_OWN = {"民初": 0.012, "刑初": 0.003, "行初": 0.002}  # of city volume
GOV_BODIES = [
    "人民政府",
    "自然资源局",
    "公安局",
    "市场监督管理局",
    "住房和城乡建设局",
    "人力资源和社会保障局",
]

ENFORCEMENT_MIX = {"执": 0.76, "执恢": 0.07, "执异": 0.06, "执保": 0.10, "执复": 0.006, "执监": 0.004}
ENFORCEMENT_CLOSING = {
    "fully_executed": 0.33,
    "terminated_procedure": 0.36,
    "settled": 0.1,
    "withdrawn": 0.08,
    "terminated": 0.06,
    "rejected": 0.02,
    "other": 0.05,
}
