"""The notifier that warnings and failure alerts share: file + log by default, a webhook when configured."""

from __future__ import annotations

import json
import logging
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

from courtperf.notify import Notification, notifier_from_settings
from courtperf.settings import Settings


def test_file_notifier_appends_one_json_line_per_notification(tmp_path):
    settings = Settings.from_env({"COURTPERF_HOME": str(tmp_path)})
    notifier = notifier_from_settings(settings)
    notifier.send([Notification("warning", "w1", "审限预警 (2024)民初1号", level="yellow", details={"days_left": 3})])
    notifier.send([Notification("run_failure", "run-9", "nightly failed", level="error")])
    lines = [json.loads(line) for line in (tmp_path / "notifications.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(n["kind"], n["key"], n["level"]) for n in lines] == [
        ("warning", "w1", "yellow"),
        ("run_failure", "run-9", "error"),
    ]
    assert lines[0]["title"] == "审限预警 (2024)民初1号" and lines[0]["details"] == {"days_left": 3}


def test_a_batch_is_logged_in_one_line_of_counts_however_many_it_holds(tmp_path, caplog):
    settings = Settings.from_env({"COURTPERF_HOME": str(tmp_path)})
    night = [Notification("warning", f"w{i}", f"审限预警 {i}", level="yellow") for i in range(1200)]
    night += [Notification("warning", f"r{i}", f"作风风险 {i}", level="red") for i in range(3)]
    with caplog.at_level(logging.INFO, logger="courtperf.notify"):
        notifier_from_settings(settings).send(night)
        notifier_from_settings(settings).send([Notification("run_failure", "run-9", "nightly failed", level="error")])
    assert [r.getMessage() for r in caplog.records] == [
        f"1,203 notifications (warning yellow 1,200, warning red 3), written to {tmp_path / 'notifications.jsonl'}",
        f"1 notification [run_failure error] nightly failed, written to {tmp_path / 'notifications.jsonl'}",
    ]
    assert len((tmp_path / "notifications.jsonl").read_text(encoding="utf-8").splitlines()) == 1204


def test_webhook_receives_the_batch_as_one_json_post(tmp_path):
    received: list[object] = []

    class Hook(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802 (http.server's naming)
            received.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Hook)
    thread = threading.Thread(target=server.handle_request)
    thread.start()
    settings = Settings.from_env(
        {"COURTPERF_HOME": str(tmp_path), "COURTPERF_NOTIFY_WEBHOOK": f"http://127.0.0.1:{server.server_port}/"}
    )
    notifier_from_settings(settings).send([Notification("warning", "a", "A"), Notification("warning", "b", "B")])
    thread.join(timeout=10)
    server.server_close()
    assert [[n["key"] for n in batch] for batch in received] == [["a", "b"]]
    assert (tmp_path / "notifications.jsonl").exists()  # the file notifier still writes
