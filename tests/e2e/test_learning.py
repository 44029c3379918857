import re
from io import StringIO

from django.core.management import call_command

from playwright.sync_api import expect

from courses.models import LessonProgress
from lms.models import User
from tests.e2e.conftest import axe_violations

COURSE = "Mengenal WKSBM dan peran pengurus"


def test_a_demo_pengurus_reads_a_lesson_marks_it_done_and_the_progress_bar_moves(live_server, phone_page):
    call_command("seed_demo", stdout=StringIO())
    page = phone_page

    page.goto(live_server.url + "/masuk/")
    page.get_by_label("Nomor HP").fill("0813-5100-2001")
    page.get_by_label("Kata sandi").fill("pembinaan-demo")
    page.get_by_role("button", name="Masuk").click()

    expect(page.get_by_role("heading", name="Halo, Suharto")).to_be_visible()
    expect(page.get_by_text("0 dari 4 materi selesai (0%)").first).to_be_visible()
    assert axe_violations(page) == []
    page.get_by_role("link", name=COURSE).click()

    expect(page.get_by_role("heading", name=COURSE, level=1)).to_be_visible()
    assert axe_violations(page) == []
    # The module's primary button asks for the pre-test first; the materi stay open to read.
    expect(page.locator(".btn-primary")).to_have_text("Kerjakan pre-test")
    page.locator(".lesson-list a", has_text="Apa itu WKSBM?").click()

    expect(page.get_by_role("heading", name="Apa itu WKSBM?", level=1)).to_be_visible()
    expect(page.locator(".pre-test-prompt")).to_contain_text("Lewati pre-test")
    expect(page.get_by_role("progressbar")).to_have_attribute("aria-valuenow", "0")
    assert axe_violations(page) == []
    page.get_by_role("button", name="Tandai selesai").click()

    expect(page.get_by_role("progressbar")).to_have_attribute("aria-valuenow", "25")
    expect(page.get_by_text("1 dari 4 materi selesai (25%)")).to_be_visible()
    page.get_by_role("link", name=re.compile("Materi berikutnya")).click()

    expect(page.get_by_role("heading", level=1)).not_to_have_text("Apa itu WKSBM?")
    page.get_by_role("button", name="Tandai selesai").click()
    expect(page.get_by_role("progressbar")).to_have_attribute("aria-valuenow", "50")
    assert page.evaluate("document.documentElement.scrollWidth") <= 360

    page.goto(live_server.url + "/")
    expect(page.get_by_text("2 dari 4 materi selesai (50%)").first).to_be_visible()
    learner = User.objects.get(phone="+6281351002001")
    assert LessonProgress.objects.filter(user=learner).count() == 2
