"""The quiz screen at 360x740: the time left stays in view, questions are numbered, and
"Periksa jawaban" lists what is unanswered before "Kirim jawaban" grades."""

import re
from io import StringIO
from zoneinfo import ZoneInfo

from django.core.management import call_command

from playwright.sync_api import expect

from assessments.models import Attempt, QuizPage
from lms.models import User
from tests.e2e.conftest import PHONE, axe_violations
from tests.e2e.test_offline import log_in

COURSE = "Mengenal WKSBM dan peran pengurus"


def in_view(page, locator) -> dict:
    box = locator.bounding_box()
    assert box is not None, "not shown"
    assert box["y"] >= 0 and box["y"] + box["height"] <= PHONE["height"], box
    return box


def test_the_time_bar_stays_in_view_and_the_review_lists_the_unanswered_before_grading(
    live_server, phone_page
):
    call_command("seed_demo", stdout=StringIO())
    page = phone_page
    log_in(page, live_server.url)
    suharto = User.objects.get(phone="+6281351002001")
    quiz = QuizPage.objects.get(title="Post-test", url_path__contains="mengenal-wksbm")
    page.goto(live_server.url + quiz.url)
    page.get_by_role("button", name="Mulai").click()
    questions = page.locator("fieldset.question")
    expect(questions.first).to_be_visible()
    attempt = Attempt.objects.get(user=suharto, quiz=quiz)
    total = questions.count()
    assert total == len(attempt.questions) >= 5
    expect(questions.nth(2).locator("legend")).to_contain_text(f"Soal 3 dari {total}")

    bar = page.get_by_role("timer")
    deadline = attempt.deadline.astimezone(ZoneInfo("Asia/Jakarta")).strftime("%H:%M")
    expect(bar).to_contain_text(f"Kirim sebelum {deadline} WIB")
    expect(bar).to_contain_text(re.compile(r"Sisa (30|29) menit"))
    first_box = in_view(page, bar)
    assert first_box["height"] <= 64  # compact: two short lines at most

    # Answer all but the second and the last; the bar is still on screen at the last question.
    for index in range(total):
        if index in (1, total - 1):
            continue
        question = questions.nth(index)
        question.scroll_into_view_if_needed()
        choice = question.locator("input[type=radio], input[type=checkbox]").first
        if choice.count():
            choice.check()
        else:
            question.locator("input[type=text]").fill("1")
    last = questions.nth(total - 1)
    last.scroll_into_view_if_needed()
    assert page.evaluate("window.scrollY") > 1000
    in_view(page, bar)
    last_box = last.bounding_box()
    bar_box = bar.bounding_box()
    assert last_box["y"] + last_box["height"] > bar_box["y"] + bar_box["height"]  # not hidden behind it
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]

    page.get_by_role("button", name="Periksa jawaban").click()
    expect(page.get_by_role("heading", name="Periksa jawaban", level=1)).to_be_visible()
    expect(page.get_by_text(f"2 dari {total} soal belum dijawab.")).to_be_visible()
    unanswered = page.locator(".quiz-review__item.is-unanswered")
    expect(unanswered).to_have_count(2)
    expect(unanswered.first).to_contain_text("Soal 2")
    expect(unanswered.first).to_contain_text("Belum dijawab")
    in_view(page, page.get_by_role("timer"))
    assert axe_violations(page) == []
    assert attempt.answers.filter(response__isnull=False).count() == total - 2  # saved at this step

    # Back to question 2 through its line: it shows below the bar, and is answered there.
    unanswered.first.get_by_role("link").click()
    second = page.locator("#question-1")
    expect(second).to_be_visible()
    page.wait_for_function("location.hash === '#question-1'")
    assert second.bounding_box()["y"] >= page.get_by_role("timer").bounding_box()["height"] - 1
    choice = second.locator("input[type=radio], input[type=checkbox]").first
    choice.check()
    page.get_by_role("button", name="Periksa jawaban").click()
    expect(page.get_by_text(f"1 dari {total} soal belum dijawab.")).to_be_visible()
    page.get_by_role("button", name="Kirim jawaban").click()

    expect(page.get_by_role("heading", name="Hasil Anda", level=1)).to_be_visible()
    attempt.refresh_from_db()
    assert attempt.is_submitted and attempt.score is not None
    assert attempt.answers.filter(response__isnull=False).count() == total - 1
    assert Attempt.objects.filter(user=suharto, quiz=quiz).count() == 1


def test_when_the_time_is_up_the_attempt_hands_itself_in_with_the_answers_on_screen(live_server, phone_page):
    call_command("seed_demo", stdout=StringIO())
    page = phone_page
    log_in(page, live_server.url)
    suharto = User.objects.get(phone="+6281351002001")
    quiz = QuizPage.objects.get(title="Post-test", url_path__contains="mengenal-wksbm")
    page.clock.install()
    page.goto(live_server.url + quiz.url)
    page.get_by_role("button", name="Mulai").click()
    expect(page.locator("fieldset.question").first).to_be_visible()
    page.route(re.compile(r".*/simpan/$"), lambda route: route.abort())  # autosave lost: only the form has it
    page.locator("#question-0 input[type=radio]").first.check()
    page.clock.run_for("29:00")
    expect(page.get_by_role("timer")).to_contain_text("Sisa kurang dari 1 menit")
    page.clock.run_for("01:05")
    expect(page.get_by_role("heading", name="Hasil Anda", level=1)).to_be_visible()
    attempt = Attempt.objects.get(user=suharto, quiz=quiz)
    assert attempt.is_submitted
    assert list(attempt.answers.filter(response__isnull=False).values_list("position", flat=True)) == [0]
