"""Benchmark: the dashboard on a published copy — every page's time to interactive in headless Chromium (first
view and once warm), and the server's memory while the wall screen rotates; optionally the README's screenshots.

    .venv/bin/python -m bench.bench_dashboard --home /tmp/ordos [--wall-minutes 5] [--screenshots docs/img]

(as a module, from the repository: it drives Chromium with the browser tests' helpers, tests/browser.py).

Serves the dashboard as `courtperf dashboard` does on <home>'s published copy, signs in with a local account made
for the run (in a temporary accounts file) as the intermediate court's president, and opens each page twice:
from navigation until the script has finished (`tests/browser.py` wait_for_app). Then it leaves the wall screen
(1920×1080, a screen every 10 s) running and samples the server's resident memory. Writes
bench/out/dashboard_<label>.json. Not a test: figures go in the README.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path

import duckdb

from access import accounts
from tests.browser import browser_page, screenshot, sign_in, streamlit_server, wait_for_app

OUT = Path(__file__).resolve().parent / "out"
PASSWORD = "bench-only-password-1"
PAGES = {  # url path -> what shows the page has rendered its body
    "": ".st-key-ranking_person",  # the overview, the default page
    "screens": ".st-key-screen_trial table",
    "department": "h1",
    "person": "h1",
    "grades": "h1",
    "warnings": "h1",
    "data_quality": "h1",
    "catalog": "h1",
    "wall": ".st-key-wall_map",
}


def _server_rss_mb(port: str) -> float:
    """Resident memory of the streamlit process serving `port` (from /proc: no extra dependency)."""
    for proc in Path("/proc").iterdir():
        try:
            if not proc.name.isdigit():
                continue
            cmdline = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode()
            if "streamlit" in cmdline and f"--server.port {port}" in cmdline:
                status = (proc / "status").read_text()
                return int(next(line for line in status.splitlines() if line.startswith("VmRSS")).split()[1]) / 1024
        except OSError:
            continue
    return float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--home", type=Path, required=True, help="a COURTPERF_HOME with a published copy")
    parser.add_argument("--wall-minutes", type=float, default=5, help="how long the wall screen rotates (default 5)")
    parser.add_argument("--screenshots", type=Path, help="write overview.png and wall.png of this run here")
    args = parser.parse_args()
    published = args.home / "published.duckdb"
    with duckdb.connect(str(published), read_only=True) as con:
        (president,) = con.execute(
            "select p.person_id from marts.dim_person p join marts.dim_court c using (court_code) "
            "where p.role = 'president' and c.level = 'intermediate' order by 1 limit 1"
        ).fetchone()
        (year,) = con.execute(  # the latest year that is over, else the current one
            "select coalesce(max(period) filter (where period < strftime(current_date, '%Y')), max(period)) "
            "from marts.score_totals where period_type = 'year'"
        ).fetchone()
    result: dict = {"home": str(args.home), "pages": {}}
    with tempfile.TemporaryDirectory(prefix="courtperf-bench-dashboard-") as work:
        folder = Path(work)
        accounts.add(folder / "accounts.sqlite", "bench", president, PASSWORD)
        env = {**os.environ, "COURTPERF_HOME": str(args.home), "COURTPERF_PUBLISHED": str(published),
               "COURTPERF_ACCOUNTS": str(folder / "accounts.sqlite"),
               "COURTPERF_AUDIT_SPOOL": str(folder / "audit.jsonl")}  # fmt: skip
        with streamlit_server(env, folder / "streamlit.log") as base, browser_page(1920, 1080) as page:
            port = base.rsplit(":", 1)[1]
            sign_in(page, base, "bench", PASSWORD)
            for path, ready in PAGES.items():
                times = []
                for _ in range(2):  # first view, then warm
                    started = time.perf_counter()
                    page.goto(f"{base}/{path}?period_type=year&period={year}&every=10")
                    wait_for_app(page, ready, timeout=120_000)
                    times.append(round(time.perf_counter() - started, 2))
                path = path or "overview"
                result["pages"][path] = {"first_s": times[0], "warm_s": times[1]}
                print(f"{path:<14} first {times[0]:6.2f} s   warm {times[1]:6.2f} s", flush=True)
                if args.screenshots and path in ("overview", "wall"):
                    page.wait_for_timeout(3000)  # the charts draw after the script has finished
                    shot = screenshot(page, f"dashboard_{path}_bench")
                    args.screenshots.mkdir(parents=True, exist_ok=True)
                    (args.screenshots / f"dashboard_{path}.png").write_bytes(shot.read_bytes())
            samples = []
            ends = time.monotonic() + args.wall_minutes * 60
            while time.monotonic() < ends:  # the wall is open: it turns by itself
                samples.append(_server_rss_mb(port))
                time.sleep(10)
            result["wall"] = {"minutes": args.wall_minutes, "rss_mb_max": max(samples), "rss_mb_last": samples[-1],
                              "rss_mb_each_minute": [round(m) for m in samples[::6]]}  # fmt: skip
            print(f"wall screen for {args.wall_minutes:g} min: server memory max {max(samples):.0f} MB, "
                  f"last {samples[-1]:.0f} MB", flush=True)  # fmt: skip
    OUT.mkdir(exist_ok=True)
    out = OUT / f"dashboard_{args.home.name}.json"
    out.write_text(json.dumps(result, indent=2), encoding="utf-8")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
