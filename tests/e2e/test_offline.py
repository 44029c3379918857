"""The learner side as an installable web app: pages read with no signal, an offline page for the
rest, and a new service worker that replaces the old caches."""

from io import StringIO

from django.core.management import call_command

from playwright.sync_api import expect

from home import pwa
from tests.e2e.conftest import axe_violations

COURSE = "Mengenal WKSBM dan peran pengurus"
CACHE_NAMES = "caches.keys().then((names) => names.sort())"


def log_in(page, url):
    page.goto(url + "/masuk/")
    page.get_by_label("Nomor HP").fill("0813-5100-2001")
    page.get_by_label("Kata sandi").fill("pembinaan-demo")
    page.get_by_role("button", name="Masuk").click()
    expect(page.get_by_role("heading", name="Halo, Suharto")).to_be_visible()


def wait_until(page, promise: str, seconds: float = 10) -> None:
    """Poll a JavaScript promise until it resolves truthy (wait_for_function does not await)."""
    for _ in range(int(seconds * 10)):
        if page.evaluate(promise):
            return
        page.wait_for_timeout(100)
    raise AssertionError(f"still false after {seconds} s: {promise}")


def wait_for_worker(page) -> str:
    """Wait until the service worker controls the page; its version."""
    page.evaluate("navigator.serviceWorker.ready")
    page.reload()
    page.wait_for_function("navigator.serviceWorker.controller !== null")
    return page.evaluate("fetch('/sw.js').then((r) => r.text())").split('const VERSION = "')[1].split('"')[0]


def test_a_visited_lesson_reads_offline_and_an_unvisited_one_shows_the_offline_page(live_server, phone_page):
    call_command("seed_demo", stdout=StringIO())
    page = phone_page
    log_in(page, live_server.url)
    wait_for_worker(page)
    expect(page.locator("link[rel=manifest]")).to_have_attribute("href", "/manifest.webmanifest")
    page.get_by_role("link", name=COURSE).click()
    page.locator(".lesson-list a", has_text="Apa itu WKSBM?").click()
    expect(page.get_by_role("heading", name="Apa itu WKSBM?", level=1)).to_be_visible()
    lesson_url = page.url
    status = page.locator("#net-status")
    expect(status).to_be_hidden()

    page.context.set_offline(True)
    expect(status.locator("[data-text]")).to_have_text(
        "Anda sedang offline. Materi yang sudah diunduh tetap bisa dibaca."
    )
    expect(status.get_by_role("link", name="Rincian")).to_have_attribute("href", "/unduhan/")
    page.reload()
    expect(page.get_by_role("heading", name="Apa itu WKSBM?", level=1)).to_be_visible()
    expect(status).to_be_visible()
    # One quiet line, not a banner: at most 48 px of the phone's 740.
    assert status.bounding_box()["height"] <= 48
    assert axe_violations(page) == []

    page.goto(live_server.url + "/penilaian/riwayat/")  # never opened: not on the phone
    expect(page.get_by_role("heading", name="Anda sedang offline", level=1)).to_be_visible()
    assert "Suharto" not in page.content()
    assert axe_violations(page) == []
    assert page.evaluate("document.documentElement.scrollWidth") <= 360

    page.context.set_offline(False)
    page.goto(lesson_url)
    expect(status).to_be_hidden()


def test_a_new_worker_replaces_the_old_caches_and_keeps_downloaded_courses(
    live_server, phone_page, monkeypatch
):
    page = phone_page
    page.goto(live_server.url + "/masuk/")
    old = wait_for_worker(page)
    page.evaluate("caches.open('wksbm-course-1')")  # a downloaded course survives updates
    page.goto(live_server.url + "/cari/")  # a visited page lands in the versioned page cache
    expect(page.locator("main")).to_be_visible()
    wait_until(page, f"caches.has('wksbm-pages-{old}')")
    assert page.evaluate(CACHE_NAMES) == ["wksbm-course-1", f"wksbm-pages-{old}", f"wksbm-shell-{old}"]

    monkeypatch.setattr(pwa, "SHELL_STATIC", (*pwa.SHELL_STATIC, "img/icon-512.png"))  # a deploy
    page.evaluate("navigator.serviceWorker.getRegistration().then((r) => r.update())")
    wait_until(page, f"caches.keys().then((names) => !names.includes('wksbm-shell-{old}'))")
    names = page.evaluate(CACHE_NAMES)
    new = names[-1].removeprefix("wksbm-shell-")
    assert new != old and names == ["wksbm-course-1", f"wksbm-shell-{new}"]
    cached = page.evaluate(
        f"caches.open('wksbm-shell-{new}').then((c) => c.keys()).then((r) => r.map((q) => q.url))"
    )
    assert any(url.endswith("icon-512.png") for url in cached)
