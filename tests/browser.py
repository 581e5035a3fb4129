"""Helpers of the browser tests: the system Chromium driven by Playwright, Streamlit waits, a glyph check.

Playwright's own browser download is outside the package registries, so the tests drive Debian's
`chromium` (scripts/system-packages.txt). Where it is not installed the browser tests skip, saying so (under
CI they fail: tests/required.py).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from dashboard.signin import COOKIE
from tests.required import missing

ARTIFACTS = Path(__file__).parent / "artifacts"  # screenshots (gitignored)
# no background networking, no first-run or sync traffic: the tests must not reach outside the machine
CHROMIUM_ARGS = [
    "--disable-background-networking", "--disable-component-update", "--disable-default-apps", "--disable-sync",
    "--no-first-run", "--disable-domain-reliability", "--disable-client-side-phishing-detection", "--no-sandbox",
    "--disable-dev-shm-usage", "--metrics-recording-only", "--disable-features=Translate,MediaRouter",
]  # fmt: skip


def chromium_path() -> str:
    path = os.environ.get("COURTPERF_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        missing("no chromium on PATH: install it with `sh scripts/setup.sh test` (as root on Debian)")
    return path


@contextmanager
def browser_page(width: int = 1400, height: int = 1000) -> Iterator:
    from playwright.sync_api import sync_playwright

    executable = chromium_path()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": width, "height": height}, locale="zh-CN")
            yield page
        finally:
            browser.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def streamlit_server(env: dict[str, str], log: Path) -> Iterator[str]:
    """The dashboard as `courtperf dashboard` serves it (with the single sign-on when `env` configures it), on a
    free port; yields its base URL."""
    from access.sessions import SECRET_ENV, ensure_secret
    from dashboard import sso, streamlit_command

    ensure_secret(env)
    port = free_port()
    config = sso.from_env(env, f"http://127.0.0.1:{port}")
    with contextlib.ExitStack() as stack:
        secrets = stack.enter_context(sso.secrets_file(config, env[SECRET_ENV])) if config else None
        out = stack.enter_context(open(log, "w", encoding="utf-8"))
        proc = subprocess.Popen(streamlit_command(port, "127.0.0.1", secrets), env=env, stdout=out,
                                stderr=subprocess.STDOUT)  # fmt: skip
        yield from _serving(proc, port, log)


def _serving(proc: subprocess.Popen, port: int, log: Path) -> Iterator[str]:
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"streamlit did not start: {log.read_text(encoding='utf-8')[-2000:]}")
            time.sleep(0.3)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def wait_for_app(page, selector: str, timeout: float = 30_000) -> None:
    """Wait for an element of the page's own body (the sidebar comes first, and the script state reads
    `notRunning` before the page's script starts), then until the script has finished and is connected.
    Not `load`: Streamlit fills the page after it. A timeout says what the page showed instead (and keeps a
    screenshot of it), so a failure under load can be traced."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    try:
        page.locator(selector).first.wait_for(timeout=timeout)
        page.wait_for_function(
            """() => { const root = document.querySelector('[data-testid="stApp"]');
                       return root && root.getAttribute('data-test-script-state') === 'notRunning'
                           && root.getAttribute('data-test-connection-state') === 'CONNECTED'; }""",
            timeout=timeout,
        )
    except PlaywrightTimeout as exc:
        shown = page.locator("body").inner_text(timeout=5_000)[-1500:]
        path = screenshot(page, f"timeout_{time.strftime('%H%M%S')}")
        raise AssertionError(f"{page.url} did not show {selector} in {timeout / 1000:.0f} s; it shows:\n{shown}\n"
                             f"(screenshot: {path})") from exc  # fmt: skip
    exceptions = page.locator('[data-testid="stException"]')
    if exceptions.count():
        raise AssertionError("the page shows an exception: " + exceptions.first.inner_text())


def sign_in(page, base: str, username: str, password: str, expect: str = ".st-key-signout") -> None:
    """Sign in with a local account through the dashboard's form; wait for `expect` (signed in: the sign-out button)."""
    page.goto(base + "/")
    wait_for_app(page, ".st-key-signin_user input")
    page.locator(".st-key-signin_user input").fill(username)
    page.locator(".st-key-signin_password input").fill(password)
    page.locator('[data-testid="stFormSubmitButton"] button').click()
    wait_for_app(page, expect)
    if expect == ".st-key-signout":  # the session cookie is set by a script in a component's frame: wait for it,
        page.wait_for_function(f"document.cookie.includes('{COOKIE}=')", timeout=30_000)  # or the next page asks


def table_rows(page, selector: str) -> list[dict[str, str]]:
    """The body rows of the first HTML table under `selector`, as {header: cell} (the index column left out)."""
    header, rows = page.eval_on_selector(
        f"{selector} table",
        """t => [Array.from(t.querySelectorAll('thead th')).map(c => c.innerText.trim()),
                 Array.from(t.querySelectorAll('tbody tr')).map(r => Array.from(r.querySelectorAll('th,td'))
                     .map(c => c.innerText.trim()))]""",
    )
    header = [h for h in header if h]  # a blank corner cell heads the index
    return [dict(zip(header, row[len(row) - len(header) :], strict=True)) for row in rows]


def platform_fonts(page, selector: str) -> dict[str, int]:
    """The fonts Chromium really drew a node's text with (family -> glyph count), via the DevTools protocol."""
    cdp = page.context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    root = cdp.send("DOM.getDocument", {"depth": 0})["root"]["nodeId"]
    node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
    assert node, f"no node {selector}"
    fonts = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
    return {f["familyName"]: f["glyphCount"] for f in fonts}


# Draw each character with the node's font on a canvas and compare with a character no font has (U+10FFFF
# is a noncharacter): equal pixels mean the glyph is the .notdef box ("tofu"), i.e. not really rendered.
_GLYPH_JS = """([selector, chars]) => {
  const el = document.querySelector(selector);
  const font = getComputedStyle(el).fontSize + ' ' + getComputedStyle(el).fontFamily;
  const draw = (ch) => { const c = document.createElement('canvas'); c.width = 64; c.height = 64;
    const x = c.getContext('2d'); x.font = font; x.fillStyle = '#000'; x.textBaseline = 'top'; x.fillText(ch, 4, 4);
    return Array.from(x.getImageData(0, 0, 64, 64).data).join(','); };
  const tofu = draw(String.fromCodePoint(0x10FFFF));
  return chars.map(ch => { const d = draw(ch); return {ch, blank: !/[1-9]/.test(d), tofu: d === tofu}; });
}"""


def glyphs_drawn(page, selector: str, text: str) -> list[dict]:
    chars = [c for c in dict.fromkeys(text) if "\u4e00" <= c <= "\u9fff"][:8]
    assert chars, f"no Chinese characters in {text!r}"
    return page.evaluate(_GLYPH_JS, [selector, chars])


def screenshot(page, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def open_page(page, url: str, selector: str) -> None:
    """Navigate and wait until the page shows `selector` (load times are measured at ordos scale: README)."""
    page.goto(url)
    wait_for_app(page, selector)


@contextmanager
def visitor_page(page, **options) -> Iterator:
    """A page in a browser context of its own (no cookie of another test's sign-in), closed afterwards."""
    context = page.context.browser.new_context(viewport={"width": 1400, "height": 2000}, locale="zh-CN", **options)
    try:
        yield context.new_page()
    finally:
        context.close()
