"""The dashboard (可视化大屏) on the published marts: `courtperf dashboard` runs the Streamlit app in app.py."""

from __future__ import annotations

import sys
from pathlib import Path

APP = Path(__file__).with_name("app.py")
RANKING_ROWS = 30  # the rankings show at most this many rows of a peer group
# Chinese labels need a CJK font: the first one installed is used (Debian: fonts-noto-cjk).
FONT = "Noto Sans CJK SC, Source Han Sans SC, Microsoft YaHei, PingFang SC, WenQuanYi Micro Hei, sans-serif"


def streamlit_command(port: int = 8501, address: str = "localhost", secrets: Path | None = None) -> list[str]:
    """`streamlit run` of the app, headless (no e-mail prompt, no browser opened, no usage statistics); `secrets`:
    the secrets file with the single sign-on's settings (dashboard/sso.py)."""
    return [
        sys.executable, "-m", "streamlit", "run", str(APP),
        "--server.headless", "true",
        "--server.port", str(port),
        "--server.address", address,
        "--browser.gatherUsageStats", "false",
        "--server.fileWatcherType", "none",
        "--client.toolbarMode", "viewer",
        "--theme.font", FONT,
        *([] if secrets is None else ["--secrets.files", str(secrets)]),
    ]  # fmt: skip
