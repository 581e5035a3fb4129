"""奖金分配 worked by hand: a pool of 100,000 yuan among 法官, 法官助理 and 书记员, floors and caps, the pools file's
checks, and `courtperf bonus` on an archived quarter (written once, unchanged the second time, restated with a reason).

The people of 2024-Q1 (regular scale) in court K1, and the real coefficients of config/bonus/bonus.yaml:

    J1 judge 1.1            好 1.2     total 90   judges' mean (90 + 80) / 2 = 85: score factor 90/85 = 18/17
    J2 judge 1.1            较好 1.0   total 80   score factor 80/85 = 16/17
    A1 judge_assistant 0.9  较好 1.0   total 70   alone in its peer group: factor 1
    C1 clerk 0.75           一般 0.8   total 65   clerks' mean 65: factor 1
    C2 clerk 0.75           一般 0.8   total 65   factor 1
    N1 clerk                not graded (posted too short): nothing (not_graded: none)

Weights (× 17 to keep them whole): J1 1.32 × 18 = 23.76, J2 1.1 × 16 = 17.6, A1 0.9 × 17 = 15.3,
C1 = C2 0.6 × 17 = 10.2; sum 77.06. Shares = 100,000 × weight / 77.06: J1 30,833.117, J2 22,839.346,
A1 19,854.659, C1 = C2 13,236.439.
Rounded down they make 99,998: the 2 yuan left go to the largest remainders, A1 (.659), then C1 and C2 (.439 each,
equal totals too), so the lower person id, C1. Amounts: J1 30,833, J2 22,839, A1 19,855, C1 13,237, C2 13,236.
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from fractions import Fraction

import duckdb
import pytest

from archive.close import close_period
from archive.periods import parse_period
from archive.signing import SigningKeys
from bonus.allocate import AllocationError, Member, allocate
from bonus.pools import Pool, PoolsError, read_pools
from bonus.rules import BonusRulesError, load_bonus_rules
from cli.main import main
from courtperf.settings import Settings
from tests.archive_fixture import build_warehouse, private_catalog
from tests.conftest import courtperf_home

RULES = load_bonus_rules()
PEOPLE = [
    ("J1", "D1", "judge", "judges", "好", "90.00"),
    ("J2", "D1", "judge", "judges", "较好", "80.00"),
    ("A1", "D1", "judge_assistant", "assistants", "较好", "70.00"),
    ("C1", "D2", "clerk", "clerks", "一般", "65.00"),
    ("C2", "D2", "clerk", "clerks", "一般", "65.00"),
    ("N1", "D2", "clerk", "clerks", None, "99.00"),
]
MEMBERS = [Member(p, "K1", d, r, g, "regular", grade, Decimal(t)) for p, d, r, g, grade, t in PEOPLE]
POOL = Pool(2, "K1", None, Decimal(100000))


def _amounts(allocations) -> dict[str, int]:
    return {a.member.person_id: a.amount for a in allocations}


def test_a_pool_of_100000_is_spent_to_the_yuan_with_the_remainder_as_documented():
    got = allocate(MEMBERS, [POOL], RULES)
    assert _amounts(got) == {"J1": 30833, "J2": 22839, "A1": 19855, "C1": 13237, "C2": 13236, "N1": 0}
    assert sum(a.amount for a in got) == 100000
    by = {a.member.person_id: a for a in got}
    assert (by["A1"].remainder_rank, by["C1"].remainder_rank, by["C2"].remainder_rank) == (1, 2, None)
    assert by["J1"].score_factor == Fraction(18, 17) and by["J1"].weight == Fraction(2376, 1700)
    for a in got:  # every person's lines add up to the amount, to the fen
        assert sum(amount for _, _, amount in a.lines if amount is not None) == a.amount, a.lines
    assert by["J1"].lines[0][1] == (
        "权重 = 角色系数（法官）1.1 × 等次系数（好）1.2 × 分数系数 1.0588（总分 90.00 ÷ 同组平均 85.00） = 1.3976"
    )
    assert by["J1"].lines[1] == (
        "share", "K1 奖金池 100,000 元 × 1.3976 ÷ 权重合计 4.5329 = 30,833.12 元", Decimal("30833.12"))  # fmt: skip
    assert by["C1"].lines[-1] == (
        "rounding", "取整到元：+0.56 元（余下的元按最大余数分配，第 2 位）", Decimal("0.56"))  # fmt: skip
    assert by["N1"].lines == [("none", "K1 奖金池 100,000 元：不定等次，按规则不参加分配", Decimal(0))]


def test_caps_give_the_excess_to_the_others_and_floors_come_first():
    # cap 25,000: J1's 30,833.12 is cut to 25,000; the other 75,000 go to J2, A1, C1, C2 by their weights (17.6,
    # 15.3, 10.2, 10.2 of 53.3): 24,765.478, 21,529.081, 14,352.720 twice = 99,998 rounded down, the 2 yuan to C1
    # and C2 (.720).
    capped = allocate(MEMBERS, [POOL], dataclasses.replace(RULES, cap=Decimal(25000)))
    assert _amounts(capped) == {"J1": 25000, "J2": 24765, "A1": 21529, "C1": 14353, "C2": 14353, "N1": 0}
    j1 = next(a for a in capped if a.member.person_id == "J1")
    assert j1.lines[2] == ("cap", "封顶 25,000 元：-5,833.12 元", Decimal("-5833.12"))
    # floor 14,000: C1 and C2 (13,236.44) are raised to 14,000; the other 72,000 go to J1, J2, A1 by 23.76, 17.6, 15.3
    # of 56.66: 30,192.729, 22,364.984, 19,442.287 → 71,998 rounded down; the 2 yuan to J2 (.984) and J1 (.729).
    floored = allocate(MEMBERS, [POOL], dataclasses.replace(RULES, floor=Decimal(14000)))
    assert _amounts(floored) == {"J1": 30193, "J2": 22365, "A1": 19442, "C1": 14000, "C2": 14000, "N1": 0}
    for a in [*capped, *floored]:
        assert sum(amount for _, _, amount in a.lines if amount is not None) == a.amount, a.lines
    with pytest.raises(AllocationError, match="the floors of 5 people"):
        allocate(MEMBERS, [POOL], dataclasses.replace(RULES, floor=Decimal(20001)))
    with pytest.raises(AllocationError, match="every share is at its cap"):
        allocate(MEMBERS, [POOL], dataclasses.replace(RULES, cap=Decimal(19999)))


def test_department_pools_take_their_people_and_the_court_pool_the_rest():
    pools = [Pool(2, "K1", None, Decimal(1000)), Pool(3, "K1", "D2", Decimal(301))]
    got = {a.member.person_id: a for a in allocate(MEMBERS, pools, RULES)}
    assert {p for p, a in got.items() if a.pool.line == 3} == {"C1", "C2", "N1"}
    assert (got["C1"].amount, got["C2"].amount) == (151, 150)  # 150.5 each: the odd yuan to the lower id
    assert sum(a.amount for a in got.values() if a.pool.line == 2) == 1000
    base = dataclasses.replace(RULES, not_graded="base", base_coefficient=Decimal("0.5"))
    with_base = {a.member.person_id: a.amount for a in allocate(MEMBERS, pools, base)}
    # N1: 0.75 × 0.5 = 0.375 beside 0.6 and 0.6: 301 × 0.375 / 1.575 = 71.67, C1 and C2 114.67 each: 299 rounded
    # down; the remainders are equal, so the 2 yuan go by total: N1 (99), then C1 (65, the lower id of two)
    assert (with_base["N1"], with_base["C1"], with_base["C2"]) == (72, 115, 114)
    with pytest.raises(AllocationError, match="line 4 .*nobody of the period"):
        allocate(MEMBERS, [*pools, Pool(4, "K2", None, Decimal(5))], RULES)


KNOWN = {"K1": {"D1", "D2"}, "K2": set()}


def test_a_bad_pools_file_is_refused_with_each_line_named(tmp_path):
    path = tmp_path / "pools.csv"
    path.write_text(
        "court_code,dept_id,amount\nK1,,100000\nK9,,5\nK1,D7,5\nK2,,-3\nK2,D1,\nK1,D1,10.50\nK1,,7\n", encoding="utf-8"
    )
    with pytest.raises(PoolsError) as err:
        read_pools(path, KNOWN)
    assert err.value.problems == [
        "line 3: unknown court 'K9' (courts of the period: ['K1', 'K2'])",
        "line 4: unknown department 'D7' of court K1",
        "line 5: amount -3 is negative",
        "line 6: unknown department 'D1' of court K2",
        "line 6: amount '' is missing or not a number",
        "line 7: amount 10.50 is not whole yuan (pools are divided to the yuan)",
        "line 8: the same pool as line 2",
    ]
    assert str(path) in str(err.value) and "nothing was allocated" in str(err.value)
    path.write_text("court,amount\nK1,5\n", encoding="utf-8")
    with pytest.raises(PoolsError, match="line 1: the header must name"):
        read_pools(path, KNOWN)


def test_pools_are_read_from_xlsx_and_gbk_csv(tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["court_code", "dept_id", "amount"])
    book.active.append(["K1", None, 100000])
    book.active.append(["K1", "D2", "2,000"])
    book.save(tmp_path / "pools.xlsx")
    assert [(p.line, p.key, p.amount) for p in read_pools(tmp_path / "pools.xlsx", KNOWN)] == [
        (2, ("K1", None), 100000), (3, ("K1", "D2"), 2000)]  # fmt: skip
    (tmp_path / "pools.csv").write_bytes("court_code,amount\n内0602,5\n".encode("gbk"))
    assert read_pools(tmp_path / "pools.csv", {"内0602": set()})[0].court_code == "内0602"


def test_the_real_rules_load_and_bad_rules_name_the_entry(tmp_path):
    assert RULES.role_coefficients["judge"] == Decimal("1.1") and RULES.grade_coefficients["annual"]["不称职"] == 0
    config = tmp_path / "config"
    (config / "bonus").mkdir(parents=True)
    (config / "bonus" / "bonus.yaml").write_text(
        "role_coefficients: {judge: 1, wizard: 2}\ngrade_coefficients: {regular: {好: 1}}\nscore_factor: luck\n"
        "floor: 10\ncap: 5.5\n",
        encoding="utf-8",
    )
    import shutil

    from indicators.catalog import CONFIG_DIR

    shutil.copytree(CONFIG_DIR / "scoring", config / "scoring")
    for name in ("categories.yaml", "indicators"):
        src = CONFIG_DIR / name
        (shutil.copytree if src.is_dir() else shutil.copy)(src, config / name)
    with pytest.raises(BonusRulesError) as err:
        load_bonus_rules(config)
    found = err.value.problems
    for text in ("role_coefficients: missing clerk", "role_coefficients.wizard: unknown role",
                 "grade_coefficients.regular must give each of ['好', '较好', '一般', '较差']",
                 "grade_coefficients.annual must give each of", "score_factor must be one of ['peer_mean', 'none']",
                 "floor (10) is above cap (5.5)", "cap (5.5) must be whole yuan"):  # fmt: skip
        assert any(text in p for p in found), (text, found)


# --- `courtperf bonus` on an archived quarter ------------------------------------------------------------------


def _grades_and_totals(warehouse) -> None:
    with duckdb.connect(str(warehouse)) as con:
        con.execute(
            "create table marts.score_totals (level varchar, entity_id varchar, court_code varchar, "
            "period_type varchar, period varchar, total decimal(12, 2))"
        )
        rows = [("court", "K1", "K1"), ("department", "D1", "K1"), ("department", "D2", "K1")]
        rows += [("person", p, "K1") for p, *_ in PEOPLE]
        con.executemany("insert into marts.score_totals values (?, ?, ?, 'quarter', '2024-Q1', null)", rows)
        con.execute(
            "create table marts.grades (level varchar, entity_id varchar, period_type varchar, period varchar, "
            "court_code varchar, dept_id varchar, role varchar, peer_group_id varchar, scale varchar, "
            "total decimal(12, 2), grade varchar)"
        )
        con.executemany(
            "insert into marts.grades values ('person', ?, 'quarter', '2024-Q1', 'K1', ?, ?, ?, 'regular', ?, ?)",
            [(p, d, r, g, Decimal(t), grade) for p, d, r, g, grade, t in PEOPLE],
        )


def test_courtperf_bonus_allocates_a_closed_quarter_once_and_restates_only_with_a_reason(tmp_path, capsys):
    config, catalog = private_catalog(tmp_path)
    warehouse = tmp_path / "warehouse.duckdb"
    build_warehouse(warehouse, catalog)
    _grades_and_totals(warehouse)
    settings = Settings.from_env({"COURTPERF_HOME": str(tmp_path)})
    close_period(parse_period("2024-Q1"), warehouse=warehouse, archive=settings.archive, config_dir=config,
                 keys=SigningKeys.from_settings(settings), heads_log=settings.archive_heads)  # fmt: skip
    pools = tmp_path / "pools.csv"
    pools.write_text("court_code,dept_id,amount\nK1,,100000\n", encoding="utf-8")

    def bonus(*extra: str) -> tuple[int, str, str]:
        capsys.readouterr()
        with courtperf_home(tmp_path):
            code = main(["bonus", "2024-Q1", "--pools", str(pools), *extra])
        out = capsys.readouterr()
        return code, out.out, out.err

    def archived(sql: str) -> list[tuple]:
        with duckdb.connect(str(settings.archive), read_only=True) as con:
            return con.execute(sql).fetchall()

    code, out, err = bonus()
    assert code == 0 and "allocation 1 written" in out and "100,000" in out
    assert "the period report was not written again" in err  # this hand-made warehouse has no marts to name people
    assert archived("select person_id, amount from bonus_allocations_current order by person_id") == [
        ("A1", 19855), ("C1", 13237), ("C2", 13236), ("J1", 30833), ("J2", 22839), ("N1", 0)]  # fmt: skip
    assert archived("select sum(amount) from bonus_explanations_current") == [(Decimal("100000.00"),)]
    assert archived("select people, total_amount, reason from bonus_runs") == [(6, 100000, "首次分配")]

    code, out, _ = bonus()  # the same pools, rules and results: nothing written
    assert code == 0 and "nothing written" in out
    assert archived("select count(*) from bonus_runs") == [(1,)]
    assert archived("select count(*) from bonus_allocations") == [(6,)]

    pools.write_text("court_code,dept_id,amount\nK1,,90000\n", encoding="utf-8")
    code, _, err = bonus()
    assert code == 1 and "--reason" in err and archived("select count(*) from bonus_runs") == [(1,)]
    code, out, _ = bonus("--reason", "政治部更正奖金总额")
    assert code == 0 and "allocation 2 written" in out
    assert archived("select allocation, total_amount, reason from bonus_current") == [(2, 90000, "政治部更正奖金总额")]
    assert archived("select count(*) from bonus_allocations") == [(12,)]

    assert archived("select count(*) from bonus_runs where content_hash = ''") == [(0,)]
    with courtperf_home(tmp_path):
        assert main(["archive", "verify"]) == 0
        with duckdb.connect(str(settings.archive)) as con:  # an amount changed behind courtperf's back
            con.execute(
                "update bonus_allocations set amount = amount + 100 where person_id = 'J1' and allocation_id = 1"
            )
        assert main(["archive", "verify"]) == 1
    assert (
        "bonus allocation 1 of 2024-Q1 (quarter): its pools, amounts or lines were changed" in capsys.readouterr().out
    )

    pools.write_text("court_code,dept_id,amount\nK1,,90000\nK3,,5\n", encoding="utf-8")
    code, _, err = bonus("--reason", "x")
    assert code == 1 and "line 3: unknown court 'K3'" in err
    assert archived("select count(*) from bonus_runs") == [(2,)]
