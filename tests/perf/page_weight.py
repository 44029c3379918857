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
        # On the context, so the service worker's own requests (sw.js, the shell it caches when
        # it installs) count too: they are part of what a first visit costs.
        context.on("requestfinished", lambda request: rows.append(request))
        page.goto(url + path, wait_until="networkidle")
        page.evaluate("navigator.serviceWorker.ready")
        page.wait_for_load_state("networkidle")
        first_visit = list(rows)
        download = measure_download(page, url, path.rsplit("/", 2)[0] + "/", rows)
        results = []
        for request in first_visit:
            sizes = request.sizes()
            response = request.response()
            results.append(
                {
                    "url": request.url,
                    "type": request.resource_type,
                    "bytes": sizes["responseBodySize"] + sizes["responseHeadersSize"],
                    "encoding": response.headers.get("content-encoding", "") if response else "",
                    "third_party": urlsplit(request.url).hostname != host,
                    # The worker's script and what it caches when it installs, in the background.
                    "worker": request.service_worker is not None
                    or request.resource_type == "script"
                    and urlsplit(request.url).path == "/sw.js",
                }
            )
        browser.close()
    return {"requests": results, "download": download}


def measure_download(page, url: str, course_path: str, rows: list) -> dict:
    """'Unduh untuk dibaca offline' on the lesson's course: the size announced, what was
    transferred, and what the phone stored (the note downloads.js writes in the course's cache)."""
    page.goto(url + course_path, wait_until="networkidle")
    page.get_by_role("button", name="Unduh untuk dibaca offline").click()
    announced = page.locator("[data-download-size]")
    announced.wait_for()
    start = len(rows)
    page.get_by_role("button", name="Unduh sekarang").click()
    page.get_by_text("Selesai:").wait_for(timeout=60_000)
    page.wait_for_load_state("networkidle")
    meta = page.evaluate(
        """() => caches.keys().then((names) => caches.open(names.find((n) => n.startsWith("wksbm-course-"))))
              .then((cache) => cache.match("/offline-meta.json")).then((r) => r.json())"""
    )
    transferred = sum(r.sizes()["responseBodySize"] + r.sizes()["responseHeadersSize"] for r in rows[start:])
    return {
        "title": meta["title"],
        "files": meta["files"],
        "stored": meta["bytes"],
        "announced": announced.inner_text(),
        "transferred": transferred,
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--path", default=LESSON_PATH)
    options = parser.parse_args()
    with demo_server(workers=1) as server:
        report = measure(server.url, server.cookies, options.path)
    page = [row for row in report["requests"] if not row["worker"]]
    worker = [row for row in report["requests"] if row["worker"]]
    counted = [row for row in page if row["type"] in COUNTED_TYPES]
    for row in report["requests"]:
        mark = "" if row["type"] in COUNTED_TYPES else " (not counted)"
        mark = " (service worker)" if row["worker"] else mark
        print(f"{row['bytes']:>8,} B  {row['type']:<10} {row['encoding'] or '-':<5} {row['url']}{mark}")  # noqa: T201
    total = sum(row["bytes"] for row in counted)
    third_party = [row["url"] for row in report["requests"] if row["third_party"]]
    print(  # noqa: T201
        f"\nlesson page first visit: {total / 1024:.1f} KB of HTML+CSS+JS transferred (budget 60 KB), "
        f"{len(page)} requests (budget 10), {len(third_party)} third-party requests (budget 0)\n"
        f"service worker install, once, after the page: {sum(r['bytes'] for r in worker) / 1024:.1f} KB "
        f"in {len(worker)} requests (the offline shell; later visits come from it)"
    )
    download = report["download"]
    print(  # noqa: T201
        f'downloaded course "{download["title"]}": {download["files"]} files, '
        f"{download['stored'] / 1024:.1f} KB stored on the phone, {download['transferred'] / 1024:.1f} KB "
        f'transferred (the course page announced: "{download["announced"]}")'
    )


if __name__ == "__main__":
    main()
