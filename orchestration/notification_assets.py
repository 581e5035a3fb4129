"""The two notification assets: new supervision warnings, and new data defects for the people who can fix them.

What each sends, and the record that it is sent once, is its concern's own (supervision/notifications.py,
quality/defect_notifications.py); here they become assets after the marts they read.
"""

from collections.abc import Sequence

from dagster import AssetExecutionContext, AssetKey, MaterializeResult, MetadataValue, asset

from courtperf.notify import Notification, notifier_from_settings
from orchestration.resources import WarehouseResource
from quality.defect_notifications import send_new_defects
from supervision.notifications import send_new_warnings


def build_notification_asset(warnings_key: AssetKey):
    @asset(
        key=AssetKey(["supervision", "notifications"]),
        deps=[warnings_key],
        group_name="supervision",
        pool="warehouse",
        description="Send the warnings of marts.warnings not notified before (new, or escalated in level) "
        "through the configured notifier (file and log; webhook when COURTPERF_NOTIFY_WEBHOOK is set).",
    )
    def supervision_notifications(context: AssetExecutionContext, warehouse: WarehouseResource) -> MaterializeResult:
        notifier = notifier_from_settings(log=context.log)
        with warehouse.connect() as con:
            sent = send_new_warnings(con, notifier, context.run.run_id)
        escalated = sum(n.details["escalated_from"] is not None for n in sent)
        context.log.info(f"notified {len(sent) - escalated} new warning(s) and {escalated} escalation(s)")
        return MaterializeResult(metadata=_warning_metadata(sent))

    return supervision_notifications


def build_defect_notification_asset(data_defects_key: AssetKey):
    @asset(
        key=AssetKey(["quality", "defect_notifications"]),
        deps=[data_defects_key],
        group_name="quality",
        pool="warehouse",
        description="Send each responsible person the data defects of marts.data_defects not announced before "
        "(one message per person per night) through the configured notifier.",
    )
    def defect_notifications(context: AssetExecutionContext, warehouse: WarehouseResource) -> MaterializeResult:
        notifier = notifier_from_settings(log=context.log)
        with warehouse.connect() as con:
            sent = send_new_defects(con, notifier, context.run.run_id)
        defects = sum(len(n.details["defects"]) for n in sent)
        context.log.info(f"notified {defects} new data defect(s) to {len(sent)} responsible person(s) or court(s)")
        return MaterializeResult(metadata=_defect_metadata(sent))

    return defect_notifications


def _sample(sent: Sequence[Notification]) -> MetadataValue:
    return MetadataValue.json([{"key": n.key, "title": n.title} for n in sent[:20]])


def _warning_metadata(sent: Sequence[Notification]) -> dict:
    by_level: dict[str, int] = {}
    for n in sent:
        by_level[n.level] = by_level.get(n.level, 0) + 1
    escalated = sum(n.details["escalated_from"] is not None for n in sent)
    return {"sent": len(sent), "escalated": escalated, "by_level": MetadataValue.json(by_level),
            "sample": _sample(sent)}  # fmt: skip


def _defect_metadata(sent: Sequence[Notification]) -> dict:
    return {"messages": len(sent), "defects": sum(len(n.details["defects"]) for n in sent), "sample": _sample(sent)}
