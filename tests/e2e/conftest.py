"""Browser tests: Debian's Chromium driven by Playwright at a phone viewport.

With E2E_REQUIRED=1 (CI) a missing browser fails the run instead of skipping it. Every page any
browser test opens is watched for Content-Security-Policy violations, and a test during which one
happened fails at teardown (`csp_violations`).
"""

import os

import pytest

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PHONE = {"width": 360, "height": 740}

# In every frame of every page: report each violation to the test (`watch_csp`). The console
# listener also sees what no page's event reports (a frame refused by frame-ancestors).
CSP_LISTENER = """
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolation(`${event.effectiveDirective} refused ${event.blockedURI || "inline"}`
    + ` on ${location.pathname} (${event.sourceFile}:${event.lineNumber})`);
}, true);
"""
CSP_VIOLATIONS: list[str] = []


def watch_csp(context) -> None:
    """Record the CSP violations of every page the browser context opens in CSP_VIOLATIONS."""
    context.expose_binding("__cspViolation", lambda source, text: CSP_VIOLATIONS.append(text))
    context.add_init_script(CSP_LISTENER)

    def on_console(message):
        if "Content Security Policy" in message.text:
            CSP_VIOLATIONS.append(f"console: {message.text}")

    context.on("console", on_console)


class CspWatchedBrowser:
    """The session's Chromium, whose every new context is watched by `watch_csp`."""

    def __init__(self, browser):
        self._browser = browser

    def new_context(self, **options):
        context = self._browser.new_context(**options)
        watch_csp(context)
        return context

    def new_page(self, **options):
        raise NotImplementedError("Open pages in a browser.new_context(): it is watched, and closed.")

    def __getattr__(self, name):
        return getattr(self._browser, name)


def assert_no_csp_violations(violations) -> None:
    if violations:
        pytest.fail("Content-Security-Policy violations:\n" + "\n".join(violations), pytrace=False)


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def browser():
    if not os.path.exists(CHROMIUM):
        message = f"Chromium not found at {CHROMIUM} (apt-get install chromium)"
        if os.environ.get("E2E_REQUIRED") == "1":
            pytest.fail(message)
        pytest.skip(message)
    # Playwright runs an event loop in this thread; the ORM calls the tests make
    # around it are synchronous and safe.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    # launch() gives every run a fresh temporary profile.
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield CspWatchedBrowser(browser)
        browser.close()


@pytest.fixture(autouse=True)
def csp_violations():
    """What the browser reported during this test; any violation fails it at teardown (after the
    test's pages are closed, so nothing they reported is missed)."""
    CSP_VIOLATIONS.clear()
    yield CSP_VIOLATIONS
    violations = list(CSP_VIOLATIONS)
    CSP_VIOLATIONS.clear()
    assert_no_csp_violations(violations)


@pytest.fixture(autouse=True)
def site(transactional_db):
    """live_server tests flush the database after each test, the page tree that migrations
    made included; rebuild the home page and site for every test."""
    from django.contrib.contenttypes.models import ContentType
    from django.core.cache import cache

    from tests.factories.courses import ensure_home_page

    ContentType.objects.clear_cache()
    cache.clear()
    return ensure_home_page()


@pytest.fixture
def phone_page(browser, live_server):
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True, locale="id-ID")
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


def axe_violations(page) -> list[str]:
    """axe-core (bundled with axe-playwright-python, served from disk) on the current page."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [f"{v['id']}: {v['help']} ({len(v['nodes'])})" for v in results.response["violations"]]
