"""The Content-Security-Policy in Chromium: the watch every browser test runs under (conftest's
`csp_violations`) catches what the policy blocks, and the admin screens penyuluh use work with
no violation, the widgets Wagtail starts with inline scripts included (lms.admin_scripts)."""

from io import StringIO
from pathlib import Path

from django.core.management import call_command

import pytest
from playwright.sync_api import expect

from assessments.models import QuizPage
from courses.models import CoursePage, LessonPage
from tests.e2e.conftest import assert_no_csp_violations
from wksbm.models import Pengurus, Wksbm

DESKTOP = {"width": 1280, "height": 900}
PICTURE = Path(__file__).resolve().parents[2] / "static" / "img" / "icon-192.png"


def wait_for_violations(page, violations, count: int) -> None:
    for _ in range(50):
        if len(violations) >= count:
            return
        page.wait_for_timeout(100)


def test_the_watch_catches_an_inline_script_a_handler_and_a_style_on_a_learner_page(
    live_server, phone_page, csp_violations
):
    page = phone_page
    page.goto(live_server.url + "/masuk/")
    page.evaluate(
        """() => {
            const script = document.createElement("script");
            script.textContent = "window.injected = true";
            document.body.append(script);
            document.body.setAttribute("onclick", "window.injected = true");
            document.body.click();
            document.body.setAttribute("style", "background: red");
        }"""
    )
    wait_for_violations(page, csp_violations, 3)

    assert page.evaluate("window.injected") is None
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") != "rgb(255, 0, 0)"
    reported = "\n".join(csp_violations)
    for directive in ("script-src-elem", "script-src-attr", "style-src-attr"):
        assert directive in reported
    with pytest.raises(pytest.fail.Exception, match="Content-Security-Policy violations"):
        assert_no_csp_violations(csp_violations)
    csp_violations.clear()  # seen: this test passes


@pytest.fixture
def penyuluh_page(browser, live_server):
    call_command("seed_demo", stdout=StringIO())
    context = browser.new_context(viewport=DESKTOP, locale="id-ID")
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.goto(live_server.url + "/admin/login/")
    page.locator("input[name=username]").fill("0812-2700-1001")
    page.locator("input[name=password]").fill("pembinaan-demo")
    page.get_by_role("button", name="Masuk").click()
    expect(page.locator("#wagtail-sidebar")).to_be_attached()
    yield page
    context.close()


def picker_opens(page, field_id: str) -> None:
    page.locator(f"#{field_id}").click()
    expect(page.locator(".xdsoft_datetimepicker:visible")).to_have_count(1)
    page.keyboard.press("Tab")


def choose_in_modal(page) -> None:
    modal = page.locator(".modal-dialog:visible")
    modal.locator("a[data-chooser-modal-choice]").first.click()
    expect(modal).to_have_count(0)


def test_a_penyuluh_uses_the_admin_screens_without_a_csp_violation(live_server, penyuluh_page):
    page, url = penyuluh_page, live_server.url
    tidar_utara = Wksbm.objects.get(name="WKSBM Guyub Rukun Tidar Utara")
    term = Pengurus.objects.filter(wksbm=tidar_utara).first()
    course = CoursePage.objects.get(slug="jejaring-layanan-sosial-kota-magelang")
    lesson = LessonPage.objects.child_of(course).first()

    page.goto(url + "/admin/")
    expect(page.get_by_role("heading", level=1).first).to_be_visible()

    # A WKSBM: a date picker and an InlinePanel (KPS groups), both started by admin-init.js.
    page.goto(f"{url}/admin/wksbm/edit/{tidar_utara.pk}/")
    picker_opens(page, "id_founded_on")
    groups = page.locator("#id_kps_groups-FORMS > [data-inline-panel-child]")
    before = groups.count()
    page.locator("#id_kps_groups-ADD").click()
    expect(groups).to_have_count(before + 1)

    # Uploading an image (shown from a blob: URL while it is sent), for the choosers below.
    page.goto(url + "/admin/images/multiple/add/")
    page.locator("#fileupload").set_input_files(PICTURE)
    expect(page.locator("#upload-list li.upload-success")).to_have_count(1)

    # A course: the cover image chooser (BaseChooser.render, lms.admin_scripts).
    page.goto(f"{url}/admin/pages/{course.pk}/edit/")
    page.locator("#id_cover_image-chooser .unchosen [data-chooser-action-choose]").click()
    choose_in_modal(page)
    expect(page.locator("#id_cover_image")).not_to_have_value("")

    # A lesson: the preview panel (an iframe of the learner page), the scheduling dialog's date
    # and time picker, and an image block with its chooser (StreamField, started by Wagtail).
    page.goto(f"{url}/admin/pages/{lesson.pk}/edit/")
    page.locator("[data-side-panel-toggle='preview']").click()
    preview = page.frame_locator("[data-side-panel='preview'] iframe").last
    expect(preview.get_by_role("heading", name=lesson.title)).to_be_visible()
    page.locator("[data-side-panel-toggle='status']").click()
    page.locator("[data-a11y-dialog-show='schedule-publishing-dialog']").first.click()
    picker_opens(page, "id_go_live_at")
    page.keyboard.press("Escape")
    page.locator(".c-sf-add-button:visible").first.click()
    page.get_by_role("option", name="Image").click()
    page.get_by_role("button", name="Pilih gambar").click()
    choose_in_modal(page)

    # A question: its bank through the snippet chooser.
    page.goto(url + "/admin/snippets/assessments/question/add/")
    page.locator("#id_bank-chooser .unchosen [data-chooser-action-choose]").click()
    choose_in_modal(page)
    expect(page.locator("#id_bank")).not_to_have_value("")

    # A new quiz: a fixed question in a new InlinePanel form, whose chooser starts from the
    # form's template once Wagtail has numbered it.
    page.goto(f"{url}/admin/pages/add/assessments/quizpage/{course.pk}/")
    questions = page.locator("#id_quiz_questions-FORMS > [data-inline-panel-child]")
    page.locator("#id_quiz_questions-ADD").click()
    expect(questions).to_have_count(1)
    questions.last.locator(".unchosen [data-chooser-action-choose]").click()
    choose_in_modal(page)
    expect(page.locator("#id_quiz_questions-0-question")).not_to_have_value("")

    # A rubric's criteria (InlinePanel) and a pengurus term's dates.
    page.goto(url + "/admin/snippets/assessments/rubric/add/")
    criteria = page.locator("#id_criteria-FORMS > [data-inline-panel-child]")
    before = criteria.count()
    page.locator("#id_criteria-ADD").click()
    expect(criteria).to_have_count(before + 1)
    page.goto(f"{url}/admin/pengurus/edit/{term.pk}/")
    picker_opens(page, "id_active_from")

    # Reports: the readiness overview and a quiz's item analysis.
    page.goto(url + "/admin/reports/readiness/")
    expect(page.get_by_role("heading", name="Ringkasan wilayah", level=1)).to_be_visible()
    quiz = QuizPage.objects.live().first()
    page.goto(f"{url}/admin/assessments/quizzes/{quiz.pk}/item-analysis/")
    expect(page.locator("[data-item-analysis]")).to_be_visible()
