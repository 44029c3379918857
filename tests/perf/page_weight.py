"""What a learner's phone downloads on a first visit to a lesson page, measured in Chromium.

    python -m tests.perf.page_weight

Serves the demo with gunicorn (production settings, whitenoise, compressed static files),
opens a lesson as a logged-in learner with an empty browser cache, and prints every request
with its transferred size. Budget: HTML + CSS + JS <= 60 KB compressed, <= 10 requests, no
third-party request; images are reported but do not count.
"""

import argparse
from urllib.parse import urlsplit

from tests.e2e.conftest import CHROMIUM, CHROMIUM_ARGS, PHONE
from tests.perf.server import LESSON_PATH, demo_server

COUNTED_TYPES = {"document", "stylesheet", "script", "font"}
BUDGET_BYTES, BUDGET_REQUESTS = 60 * 1024, 10


def measure(url: str, cookies: str, path: str) -> dict:
    from playwright.sync_api import sync_playwright

    host = urlsplit(url).hostname
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport=PHONE, is_mobile=True, locale="id-ID")
        context.add_cookies(
            [
                {"name": name, "value": value, "domain": host, "path": "/"}
                for name, value in (pair.split("=", 1) for pair in cookies.split("; "))
            ]
        )
        page = context.new_page()
        rows = []
        page.on("requestfinished", lambda request: rows.append(request))
        page.goto(url + path, wait_until="networkidle")
        results = []
        for request in rows:
            sizes = request.sizes()
            response = request.response()
            results.append(
                {
                    "url": request.url,
                    "type": request.resource_type,
                    "bytes": sizes["responseBodySize"] + sizes["responseHeadersSize"],
                    "encoding": response.headers.get("content-encoding", "") if response else "",
                    "third_party": urlsplit(request.url).hostname != host,
                }
            )
        browser.close()
    return {"requests": results}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--path", default=LESSON_PATH)
    options = parser.parse_args()
    with demo_server(workers=1) as server:
        report = measure(server.url, server.cookies, options.path)
    counted = [row for row in report["requests"] if row["type"] in COUNTED_TYPES]
    for row in report["requests"]:
        mark = "" if row["type"] in COUNTED_TYPES else " (not counted)"
        print(f"{row['bytes']:>8,} B  {row['type']:<10} {row['encoding'] or '-':<5} {row['url']}{mark}")  # noqa: T201
    total = sum(row["bytes"] for row in counted)
    third_party = [row["url"] for row in report["requests"] if row["third_party"]]
    print(  # noqa: T201
        f"\nlesson page first visit: {total / 1024:.1f} KB of HTML+CSS+JS transferred (budget 60 KB), "
        f"{len(report['requests'])} requests (budget 10), {len(third_party)} third-party requests (budget 0)"
    )


if __name__ == "__main__":
    main()
