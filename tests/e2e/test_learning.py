import re

from playwright.sync_api import expect

from courses.models import LessonProgress
from tests.e2e.conftest import axe_violations
from tests.factories import PengurusFactory, UserFactory
from tests.factories.courses import AssignmentFactory, make_course, make_section


def test_a_pengurus_reads_a_lesson_marks_it_done_and_the_progress_bar_moves(live_server, phone_page, world):
    section = make_section(office=world.magelang, title="Materi Dinsos Kota Magelang")
    course = make_course(section, title="Administrasi dan keuangan", pillar="keterampilan", lessons=3)
    AssignmentFactory(course=course, wksbm=world.tidar_utara)
    user = UserFactory(phone="+6281355550011", name="Endang Lestari")
    PengurusFactory(user=user, wksbm=world.tidar_utara, jabatan="sekretaris")
    page = phone_page

    page.goto(live_server.url + "/masuk/")
    page.get_by_label("Nomor HP").fill("0813-5555-0011")
    page.get_by_label("Kata sandi").fill("rahasia-123")
    page.get_by_role("button", name="Masuk").click()

    expect(page.get_by_role("heading", name="Halo, Endang")).to_be_visible()
    expect(page.get_by_text("0 dari 3 materi selesai (0%)").first).to_be_visible()
    assert axe_violations(page) == []
    page.get_by_role("link", name="Administrasi dan keuangan").click()

    expect(page.get_by_role("heading", name="Administrasi dan keuangan", level=1)).to_be_visible()
    assert axe_violations(page) == []
    page.get_by_role("link", name="Mulai: Administrasi dan keuangan: materi 1").click()

    expect(page.get_by_role("heading", name="Administrasi dan keuangan: materi 1")).to_be_visible()
    expect(page.get_by_role("progressbar")).to_have_attribute("aria-valuenow", "0")
    assert axe_violations(page) == []
    page.get_by_role("button", name="Tandai selesai").click()

    expect(page.get_by_role("progressbar")).to_have_attribute("aria-valuenow", "33")
    expect(page.get_by_text("1 dari 3 materi selesai (33%)")).to_be_visible()
    page.get_by_role("link", name=re.compile("Materi berikutnya")).click()

    expect(page.get_by_role("heading", name="Administrasi dan keuangan: materi 2")).to_be_visible()
    page.get_by_role("button", name="Tandai selesai").click()
    expect(page.get_by_role("progressbar")).to_have_attribute("aria-valuenow", "67")
    assert page.evaluate("document.documentElement.scrollWidth") <= 360

    page.goto(live_server.url + "/")
    expect(page.get_by_text("2 dari 3 materi selesai (67%)").first).to_be_visible()
    assert LessonProgress.objects.filter(user=user).count() == 2
