"""Write the compiled catalog into the dbt project, before dbt parses it.

Each generated model goes to the folder of its layer: the engine's intermediate models (`int_*`) to
`dbt_project/models/intermediate/indicators/generated/`, the scoring and supervision settings' `cfg_score_*`,
`cfg_office_workload` and `cfg_supervision_*` to `dbt_project/models/intermediate/configuration/` (built before the
publication gate, which checks them), and the published results, `indicator_values` and `indicator_catalog`, to
`dbt_project/models/marts/indicators/generated/`, with their descriptions (and the measure passes' definitions,
their meta) in `_generated__models.yml` beside the engine's. All derive from `dbt_project/config/` and are
committed, so the dbt project parses and builds with no Python step and a reviewer sees in a diff what a catalog
edit does to the SQL; `courtperf catalog` regenerates them (and docs/indicators.md), and
tests/test_generated_models.py fails when they are out of date. Files are rewritten only when their text changes, so
an unchanged catalog never invalidates dbt's manifest; files of measures the catalog no longer uses are removed.
"""

from __future__ import annotations

from pathlib import Path

from courtperf.settings import DBT_PROJECT_DIR
from indicators.catalog import CONFIG_DIR, Catalog, load_catalog
from indicators.changes import change_models
from indicators.compiler import GeneratedModel, catalog_models, values_models
from indicators.measures import measure_models, wide_model
from indicators.model_docs import DOCS_FILE, generated_models_yaml
from indicators.workload_config import workload_models
from scoring.compile import scoring_models
from supervision.config import supervision_models


def generated_dir(project_dir: Path) -> Path:
    """Where a dbt project (the real one or a copy) keeps the engine's generated models."""
    return project_dir / "models" / "intermediate" / "indicators" / "generated"


def configuration_dir(project_dir: Path) -> Path:
    """Where it keeps the scoring and supervision settings' cfg_* models."""
    return project_dir / "models" / "intermediate" / "configuration"


def published_dir(project_dir: Path) -> Path:
    """Where it keeps the generated models of the marts schema (indicator_values, indicator_catalog)."""
    return project_dir / "models" / "marts" / "indicators" / "generated"


def is_published(model: GeneratedModel) -> bool:
    """The published results carry no layer prefix (int_, cfg_): every other generated model is intermediate."""
    return not model.name.startswith(("int_", "cfg_"))


GENERATED_DIR = generated_dir(DBT_PROJECT_DIR)


def compile_catalog(catalog: Catalog) -> list[GeneratedModel]:
    """Every dbt model the catalog compiles to: measures, the wide measures table, values, the catalog, and what
    builds them by period (changes, baselines, the build record)."""
    return [
        *measure_models(catalog),
        wide_model(catalog),
        *values_models(catalog),
        *catalog_models(catalog),
        *change_models(catalog),
    ]


def generate_indicator_models(
    config_dir: Path = CONFIG_DIR, out_dir: Path = GENERATED_DIR, config_out_dir: Path | None = None
) -> Catalog:
    """Validate the catalog, workload, scoring and supervision configuration (raising CatalogError with every
    problem) and write their dbt models and descriptions: when `out_dir` is a project's
    `models/intermediate/indicators/generated/`
    (the real project or a copy), each to the folder of its layer (module docstring), the scoring and supervision
    settings' to `config_out_dir` if given; otherwise everything into `out_dir` (or the settings' into
    `config_out_dir`)."""
    catalog = load_catalog(config_dir)
    engine = [*compile_catalog(catalog), *workload_models(config_dir)]
    # the scoring configuration (config/scoring/) compiles to cfg_score_* models, validated against the catalog
    # and the supervision thresholds (config/supervision/) to cfg_supervision_* models
    configuration = [*scoring_models(config_dir, catalog), *supervision_models(config_dir)]
    project = out_dir.parents[3] if out_dir.parts[-4:] == generated_dir(Path()).parts else None
    folders: dict[Path, list[GeneratedModel]] = {out_dir: []}
    for model in engine:
        folder = published_dir(project) if project and is_published(model) else out_dir
        folders.setdefault(folder, []).append(model)
    settings_folder = config_out_dir or (configuration_dir(project) if project else out_dir)
    folders.setdefault(settings_folder, []).extend(configuration)
    for folder, models in folders.items():
        _write_models(folder, models)
        _write_if_changed(folder / DOCS_FILE, generated_models_yaml(models, catalog if folder == out_dir else None))
    return catalog


def _write_models(out_dir: Path, models: list[GeneratedModel]) -> None:
    """Make `out_dir` hold exactly these models, rewriting only files whose text changed."""
    out_dir.mkdir(parents=True, exist_ok=True)
    wanted = {f"{model.name}.sql": model.sql for model in models}
    for stale in out_dir.glob("*.sql"):
        if stale.name not in wanted:
            stale.unlink()
    for name, sql in wanted.items():
        _write_if_changed(out_dir / name, sql)


def _write_if_changed(path: Path, text: str | None) -> None:
    """Write `text` unless the file holds it already; no text: no file."""
    if text is None:
        path.unlink(missing_ok=True)
    elif not path.exists() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")
