"""The scoring configuration's validation: the real configuration is valid against the real catalog, and each kind
of mistake an analyst can make is reported naming the file, the group and the indicator (fast: no dbt)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from indicators.catalog import CONFIG_DIR, load_catalog
from scoring.compile import compile_scoring, scoring_models
from scoring.config import ScoringConfigError, load_scoring_config

REAL_SCORING = CONFIG_DIR / "scoring"


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


def test_real_configuration_is_valid(catalog):
    config = load_scoring_config(CONFIG_DIR, catalog)
    ids = [g.id for g in config.groups]
    assert {"leader_civil_judges", "civil_judges_basic", "clerks_civil", "comprehensive_staff", "basic_courts"} <= set(
        ids
    )
    assert config.settings.ranked_levels == ("person", "department")  # courts are not ranked by default
    for group in config.groups:
        assert sum(group.dimensions.values()) == pytest.approx(100)
        for dim in {i.dimension for i in group.indicators}:
            assert sum(i.weight for i in group.indicators if i.dimension == dim) == pytest.approx(100)
    # the last person, department and court groups match anything: every entity has a group
    for level in ("person", "department"):
        last = [g for g in config.groups if g.level == level][-1]
        assert (last.roles, last.business_lines, last.court_levels, last.dept_types) == (None, None, None, None)
    models = {m.name: m.meta["literal_rows"] for m in compile_scoring(config)}
    assert models["cfg_score_settings"]["rows"][0][-1] == config.version


def test_without_scoring_folder_the_cfg_models_are_empty(tmp_path, catalog):
    models = scoring_models(tmp_path, catalog)
    assert models and all(m.meta["literal_rows"]["rows"] == [] for m in models)


def _config_dir(tmp_path: Path, groups: list[dict] | None = None, **files: dict) -> Path:
    folder = tmp_path / "scoring"
    shutil.copytree(REAL_SCORING, folder)
    if groups is not None:
        (folder / "peer_groups.yaml").write_text(yaml.safe_dump({"peer_groups": groups}, allow_unicode=True))
    for name, doc in files.items():
        (folder / f"{name}.yaml").write_text(yaml.safe_dump(doc, allow_unicode=True))
    return tmp_path


def _judges(**changes) -> dict:
    group = {
        "id": "judges",
        "name_zh": "法官",
        "level": "person",
        "match": {"roles": ["judge"]},
        "dimensions": {"efficiency": 60, "workload": 40},
        "indicators": [
            {"id": "within_limit_closure_rate", "weight": 50, "rule": "reference_interval"},
            {"id": "avg_duration_days", "weight": 50, "rule": "benchmark", "target": 30, "floor": 90},
            {"id": "weighted_workload", "weight": 100, "rule": "peer_relative"},
        ],
    }
    group.update(changes)
    return group


def problems(tmp_path, catalog, groups=None, **files) -> list[str]:
    with pytest.raises(ScoringConfigError) as err:
        load_scoring_config(_config_dir(tmp_path, groups, **files), catalog)
    return err.value.problems


def test_a_minimal_group_is_valid(tmp_path, catalog):
    config = load_scoring_config(_config_dir(tmp_path, [_judges()]), catalog)
    (benchmark,) = [i for i in config.groups[0].indicators if i.rule == "benchmark"]
    assert (benchmark.target, benchmark.floor, benchmark.direction) == (30, 90, "lower")
    (interval,) = [i for i in config.groups[0].indicators if i.rule == "reference_interval"]
    assert (interval.lower, interval.upper, interval.tolerance) == pytest.approx((0.95, 1.0, 0.05))  # the catalog's


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"dimensions": {"efficiency": 60, "workload": 30}}, "dimension weights must sum to 100"),
        ({"dimensions": {"efficiency": 60, "attitude": 40}}, "unknown dimension 'attitude'"),
        ({"indicators": [{"id": "no_such_thing", "weight": 100, "rule": "benchmark"}]}, "'no_such_thing': unknown"),
        ({"match": {"roles": ["judge", "wizard"]}}, "match.roles: must be 'any' or a list"),
        ({"match": {"court_levels": ["supreme"]}}, "match.court_levels"),
        ({"level": "division"}, "level must be one of"),
    ],
)
def test_group_errors(tmp_path, catalog, change, expected):
    found = problems(tmp_path, catalog, [_judges(**change)])
    assert any(expected in p and "peer_groups.yaml" in p for p in found), found


def test_a_group_left_without_members_by_earlier_groups_is_an_error(tmp_path, catalog):
    # all judges match the first group, so the basic-court civil judges after it can never have a member
    shadowed = _judges(id="civil_judges", match={"roles": ["judge"], "business_lines": ["civil"]})
    found = problems(tmp_path, catalog, [_judges(), shadowed])
    assert any("group 'civil_judges' can never have a member" in p and "earlier group (judges)" in p for p in found)
    # the other order is fine: the civil judges first, every other judge in the second group
    config = load_scoring_config(_config_dir(tmp_path / "ordered", [shadowed, _judges()]), catalog)
    assert [g.id for g in config.groups] == ["civil_judges", "judges"]
    # quota status counts as well: quota judges then non-quota judges leave nobody for "any judge"
    quota, non_quota = (
        _judges(id=f"quota_{str(q).lower()}", match={"roles": ["judge"], "quota_judge": q}) for q in (True, False)
    )
    found = problems(tmp_path / "quota", catalog, [quota, non_quota, _judges()])
    assert any("group 'judges' can never have a member" in p and "(quota_true, quota_false)" in p for p in found), found


def _with_indicator(entry: dict, dimension: str = "workload") -> dict:
    return _judges(dimensions={dimension: 100}, indicators=[entry])


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        # weights within a dimension must add up to 100
        ({"id": "weighted_workload", "weight": 90, "rule": "peer_relative"}, "must sum to 100, got 90"),
        ({"id": "weighted_workload", "weight": 100, "rule": "z_score"}, "unknown rule 'z_score'"),
        ({"id": "weighted_workload", "weight": 100, "rule": "benchmark"}, "needs target (full points) and floor"),
        # closed_cases: higher is better, so the target must lie above the floor
        ({"id": "closed_cases", "weight": 100, "rule": "benchmark", "target": 2, "floor": 10}, "target must be above"),
        ({"id": "weighted_workload", "weight": -5, "rule": "peer_relative"}, "weight: must be at least 0"),
        ({"id": "weighted_workload", "weight": 100, "rule": "peer_relative", "target": 3}, "unknown keys ['target']"),
        # no interval in the catalog and none given
        ({"id": "weighted_workload", "weight": 100, "rule": "reference_interval"}, "needs lower and/or upper"),
        # an interval with only an upper bound needs a tolerance
        ({"id": "weighted_workload", "weight": 100, "rule": "reference_interval", "upper": 5}, "give a tolerance"),
        # evaluations are person-level; judges only: civil_first_* applies to civil and commercial business lines
        (
            {"id": "civil_first_closed_cases", "weight": 100, "rule": "peer_relative"},
            "applies only to business_lines ['civil', 'commercial'], but the group admits any",
        ),
        # the catalog's dimension of an evaluation is conduct: a scoring dimension must be given
        ({"id": "evaluation_avg_score", "weight": 100, "rule": "peer_relative"}, "give a dimension"),
    ],
)
def test_indicator_errors(tmp_path, catalog, entry, expected):
    found = problems(tmp_path, catalog, [_with_indicator(entry)])
    named = f"indicator {entry['id']!r}"  # every problem of one indicator names it; a dimension's sum names the group
    assert any(expected in p and "group 'judges'" in p and (named in p or "sum to 100" in p) for p in found), found


def test_benchmark_direction_reversed_is_accepted_for_lower_is_better(tmp_path, catalog):
    group = _with_indicator({"id": "avg_duration_days", "weight": 100, "rule": "benchmark", "target": 30, "floor": 9})
    found = problems(tmp_path, catalog, [_judges(dimensions={"efficiency": 100}, indicators=group["indicators"])])
    assert any("lower is better, so target must be below floor" in p for p in found), found


def test_level_and_ranking_errors(tmp_path, catalog):
    department = _judges(id="departments", level="department", match={})
    department["indicators"][0] = {"id": "evaluation_avg_score", "weight": 50, "rule": "reference_interval"}
    court = {
        "id": "courts", "name_zh": "法院", "level": "court", "match": {}, "dimensions": {"workload": 100},
        "indicators": [{"id": "weighted_workload", "weight": 100, "rule": "peer_relative"}],
    }  # fmt: skip
    found = problems(tmp_path, catalog, [_judges(), _judges(), department, court])
    assert any("group 'judges': duplicate group id" in p for p in found), found
    assert any("'evaluation_avg_score': not computed at level department" in p for p in found), found
    assert any("group 'courts'" in p and "is not ranked" in p and "not peer_relative" in p for p in found), found
    assert any("group 'departments'" in p and "roles and quota_judge only match people" not in p for p in found)


def test_policy_errors(tmp_path, catalog):
    conduct = {
        "levels": ["person"],
        "deductions": {"verified_complaint": {"minor": -1}, "gossip": {"minor": 1}, "commendation": {"minor": 1}},
        "caps": {"deduction": 20, "bonus": 5},
    }
    office = {"item_weights": {"official_document": 1}, "quality_factors": {"A": 1, "B": 1, "C": 1},
              "adoption_factors": {"none": 1, "city": 1, "region": 1, "national": 1}}  # fmt: skip
    settings = {"ranked_levels": ["person", "galaxy"], "eligibility": {"min_posted_share": 1.5}}
    found = problems(tmp_path, catalog, None, conduct=conduct, office_workload=office, settings=settings)
    expected = [
        "conduct.yaml: deductions.verified_complaint.minor: must be at least 0",
        "conduct.yaml: deductions.gossip: unknown event_type",
        "conduct.yaml: deductions.commendation: commendations are bonuses",
        "office_workload.yaml: item_weights: missing",
        "settings.yaml: ranked_levels must be a list",
        "settings.yaml: eligibility.min_posted_share: must be between 0 and 1",
    ]
    for text in expected:
        assert any(text in p for p in found), (text, found)


def test_the_real_grading_rules_load_as_written(tmp_path, catalog):
    grading = load_scoring_config(_config_dir(tmp_path), catalog).grading
    assert [b.grade for b in grading.scales["annual"]] == ["优秀", "称职", "基本称职", "不称职"]
    assert [b.min_total for b in grading.scales["regular"]] == [85, 70, 60, None]
    assert (grading.quota_share, grading.quota_unit, grading.tie_break) == (0.2, "court_peer_group", "workload")
    caps = {(v.event_type, v.severity): v.cap_position for v in grading.vetoes}
    assert caps[("disciplinary_action", "*")] == 2 and caps[("wrongful_judgment", "severe")] == 4


def test_grading_errors_name_the_entry(tmp_path, catalog):
    grades = {
        "graded_levels": ["person", "team"],
        "min_service_share": 2,
        "scales": {
            "regular": [{"grade": "好", "min_total": 80}, {"grade": "较好", "min_total": 90}, {"grade": "较差"}],
            "annual": [{"grade": "优秀", "min_total": 85}, {"grade": "称职", "min_total": 0}],
        },
        "quota": {"share": 0.2, "unit": "province", "tie_break": "coin"},
        "vetoes": [
            {"event_type": "gossip", "max_grade": "称职"},
            {"event_type": "disciplinary_action", "severities": ["huge"], "max_grade": "称职"},
            {"event_type": "wrongful_judgment", "max_grade": "较差"},
        ],
    }
    found = problems(tmp_path, catalog, None, grades=grades)
    expected = [
        "grades.yaml: graded_levels must be a list",
        "grades.yaml: min_service_share: must be between 0 and 1",
        "grades.yaml: scales.regular[2].min_total: must be below the grade above (80), got 90",
        "grades.yaml: scales.annual[2]: every grade but the last needs min_total",
        "grades.yaml: scales.regular and scales.annual must have the same number of grades",
        "grades.yaml: quota.unit: must be one of ['court_peer_group', 'peer_group'], got 'province'",
        "grades.yaml: quota.tie_break: must be one of ['workload', 'none'], got 'coin'",
        "grades.yaml: vetoes[1]: event_type must be one of",
        "grades.yaml: vetoes[2]: severities must be a list",
        "grades.yaml: vetoes[3]: max_grade must be a grade of scales.annual",
    ]
    for text in expected:
        assert any(text in p for p in found), (text, found)
