"""Record every nightly run's data quality in `quality.data_quality`, whoever started the run.

`courtperf run` records right after its in-process run; runs started by the schedule, the UI or a
backfill are recorded by these run-status sensors (evaluated by the Dagster daemon) once the run has
ended and released the warehouse. Recording is idempotent (a run's rows are replaced), so a run seen by
both is recorded once.
"""

from __future__ import annotations

from dagster import DagsterRunStatus, RunStatusSensorContext, SensorDefinition, run_status_sensor

from courtperf.settings import Settings


def record_run_quality(run_id: str, settings: Settings | None = None) -> int:
    from quality.report import record_run

    settings = settings or Settings.from_env()
    return record_run(settings.warehouse, settings.home, run_id)


def build_quality_sensors(monitored_jobs) -> list[SensorDefinition]:
    """One sensor per final status: the gate passed (success) or stopped the run (failure)."""

    def _sensor(status: DagsterRunStatus) -> SensorDefinition:
        @run_status_sensor(
            name=f"record_data_quality_on_{status.value.lower()}",
            run_status=status,
            monitored_jobs=monitored_jobs,
            description="Record the run's landing counts and check results in quality.data_quality.",
        )
        def _record(context: RunStatusSensorContext) -> None:
            # a warehouse locked by the next run raises here, and the daemon evaluates the run again
            rows = record_run_quality(context.dagster_run.run_id)
            context.log.info(f"recorded {rows} data quality rows for run {context.dagster_run.run_id}")

        return _record

    return [_sensor(DagsterRunStatus.SUCCESS), _sensor(DagsterRunStatus.FAILURE)]
