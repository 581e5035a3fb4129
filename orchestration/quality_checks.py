"""The quality suites (quality/suites.py) as Dagster asset checks: the publication gate.

One `@multi_asset_check` step per gate, with one check per expectation on the asset it validates.
Expectations of severity `error` are blocking: a failure fails the gate's step, so the score marts
(downstream of `publication_gate`) and the archive (downstream of `score_gate`) are not materialised in
that run, and the run's failure names the checks. Checks open the warehouse read-only, briefly.
"""

from collections.abc import Callable, Iterator, Sequence

from dagster import (
    AssetCheckExecutionContext,
    AssetCheckResult,
    AssetChecksDefinition,
    AssetCheckSeverity,
    AssetCheckSpec,
    AssetKey,
    MetadataValue,
    multi_asset_check,
)

from courtperf.settings import Settings
from ingestion.contract import load_contract
from orchestration.resources import WarehouseResource
from quality.suites import Suite, landing_suite, quarantine_suite, score_suites, staged_suites


def check_name(suite: Suite, expectation_name: str) -> str:
    return f"gx_{expectation_name}"


def _specs(suites: Sequence[Suite]) -> list[AssetCheckSpec]:
    return [
        AssetCheckSpec(
            check_name(suite, exp.name),
            asset=AssetKey(list(suite.asset_key)),
            description=f"[{exp.severity}] {exp.description or exp.gx_type} ({suite.table}.{exp.column})",
            blocking=exp.severity == "error",
            additional_deps=[AssetKey(list(k)) for k in suite.additional_assets],
        )
        for suite in suites
        for exp in suite.expectations
    ]


def _docs(context: AssetCheckExecutionContext):
    from quality.runner import DataDocs

    return DataDocs(Settings.from_env().home / "quality", context.run.run_id)


def _result(asset_key: AssetKey, name: str, r, report, docs) -> AssetCheckResult:
    return AssetCheckResult(
        asset_key=asset_key,
        check_name=name,
        passed=r.success,
        severity=AssetCheckSeverity.ERROR if r.severity == "error" else AssetCheckSeverity.WARN,
        description=r.message,
        metadata={
            "table": r.table,
            "column": r.column,
            "expectation": f"{r.gx_type} {r.description}".strip(),
            "element_count": r.element_count,
            "unexpected_count": r.unexpected_count,
            "failing_keys_sample": MetadataValue.json(r.failing_keys),
            "report": MetadataValue.path(str(report)),
            "data_docs": MetadataValue.path(str(docs.index)),
        },
    )


def _gate(name: str, suites_for: Callable[[str], list[Suite]]) -> AssetChecksDefinition:
    """One blocking check step over the suites `suites_for(run_id)` returns (their expectations do not
    depend on the run; some frames read only the run's own rows)."""
    suites = suites_for("")

    @multi_asset_check(specs=_specs(suites), name=name, can_subset=True)
    def _check(context: AssetCheckExecutionContext, warehouse: WarehouseResource) -> Iterator[AssetCheckResult]:
        from quality.report import write_results
        from quality.runner import run_suite

        selected = {(k.asset_key, k.name) for k in context.selected_asset_check_keys}
        for suite in suites_for(context.run.run_id):
            key = AssetKey(list(suite.asset_key))
            wanted = [e for e in suite.expectations if (key, check_name(suite, e.name)) in selected]
            if not wanted:
                continue
            docs = _docs(context)
            results = run_suite(warehouse.resolved_path, suite, docs=docs)
            report = write_results(Settings.from_env().home, context.run.run_id, suite.name, results)
            for exp, r in zip(suite.expectations, results, strict=True):
                if exp in wanted:
                    if not r.success:
                        context.log.warning(r.message)
                    yield _result(key, check_name(suite, exp.name), r, report, docs)

    return _check


def _landing_checks() -> AssetChecksDefinition:
    """Freshness and volume per source table (warn), on each raw asset, from one read of raw._load_log."""
    tables = load_contract().load_order()
    keys = {t.qualified_name: AssetKey(["raw", t.system, t.name]) for t in tables}
    template = landing_suite("")
    specs = [
        AssetCheckSpec(f"gx_{exp.name}", asset=key, description=f"[warn] {exp.description}")
        for key in keys.values()
        for exp in template.expectations
    ]

    @multi_asset_check(specs=specs, name="landing_quality", can_subset=True)
    def _check(context: AssetCheckExecutionContext, warehouse: WarehouseResource) -> Iterator[AssetCheckResult]:
        from quality.report import write_results
        from quality.runner import ExpectationResult, run_suite

        suite = landing_suite(context.run.run_id)
        docs = _docs(context)
        results = run_suite(warehouse.resolved_path, suite, sample=len(keys), docs=docs)
        report = write_results(Settings.from_env().home, context.run.run_id, suite.name, results)
        selected = {(k.asset_key, k.name) for k in context.selected_asset_check_keys}
        for table, key in keys.items():
            for r in results:
                name = f"gx_{r.expectation}"
                if (key, name) not in selected:
                    continue
                bad = [k for k in r.failing_keys if k.get("table_name") == table]
                per_table = ExpectationResult(
                    **{**r.__dict__, "table": f"raw.{table}", "success": not bad and not r.error,
                       "unexpected_count": len(bad), "failing_keys": bad}
                )  # fmt: skip
                yield _result(key, name, per_table, report, docs)

    return _check


def build_quality_checks() -> list[AssetChecksDefinition]:
    """The gates: staged marts, indicator values and tonight's quarantine before scores; score marts before the
    archive; landing freshness and volume (warn)."""
    return [
        _gate("publication_gate", lambda run_id: [*staged_suites(), quarantine_suite(run_id)]),
        _gate("score_gate", lambda run_id: score_suites()),
        _landing_checks(),
    ]
