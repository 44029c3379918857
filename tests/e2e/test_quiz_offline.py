"""A pengurus takes the demo post-test on a phone, loses the signal half-way, and loses nothing."""

from io import StringIO

from django.core.management import call_command

from playwright.sync_api import expect

from assessments.models import Answer, Attempt
from lms.models import User
from tests.e2e.conftest import axe_violations

COURSE = "Mengelola organisasi: keuangan, laporan, rapat, dan mediasi"


def answer(question):
    """Pick the first choice, or type a number that any text or numeric question accepts as input."""
    choice = question.locator("input[type=radio], input[type=checkbox]").first
    if choice.count():
        choice.check()
    else:
        question.locator("input[type=text]").fill("650.000")
        question.locator("input[type=text]").blur()


def test_a_pengurus_loses_the_signal_mid_quiz_comes_back_and_submits(live_server, phone_page):
    call_command("seed_demo", stdout=StringIO())
    page = phone_page
    page.goto(live_server.url + "/masuk/")
    page.get_by_label("Nomor HP").fill("0813-5100-2001")
    page.get_by_label("Kata sandi").fill("pembinaan-demo")
    page.get_by_role("button", name="Masuk").click()
    page.get_by_role("link", name=COURSE).click()
    page.get_by_role("link", name="Post-test").click()

    expect(page.get_by_role("heading", name="Post-test", level=1)).to_be_visible()
    assert axe_violations(page) == []
    page.get_by_role("button", name="Mulai").click()

    questions = page.locator("fieldset.question")
    expect(questions.first).to_be_visible()
    total = questions.count()
    assert total == 10
    assert axe_violations(page) == []
    status = page.locator("#save-status")
    half = total // 2
    for index in range(half):
        answer(questions.nth(index))
    expect(status).to_have_text("Jawaban tersimpan.")

    page.context.set_offline(True)
    for index in range(half, total):
        answer(questions.nth(index))
    expect(status).to_contain_text("Tidak ada sinyal")
    page.get_by_role("button", name="Periksa jawaban").click()
    expect(status).to_contain_text("periksa dan kirim saat sinyal kembali")
    learner = User.objects.get(phone="+6281351002001")
    attempt = Attempt.objects.get(user=learner, quiz__title="Post-test", course__title=COURSE)
    assert not attempt.is_submitted
    assert Answer.objects.filter(attempt=attempt).count() == half  # what was sent before the signal dropped

    page.context.set_offline(False)
    page.evaluate("window.dispatchEvent(new Event('online'))")
    expect(status).to_have_text("Jawaban tersimpan.")
    assert Answer.objects.filter(attempt=attempt).count() == total  # the queued answers arrived
    page.get_by_role("button", name="Periksa jawaban").click()
    expect(page.get_by_text("Semua soal sudah dijawab.")).to_be_visible()
    page.get_by_role("button", name="Kirim jawaban").click()

    expect(page).to_have_url(f"{live_server.url}{attempt.quiz.url}percobaan/{attempt.key}/hasil/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Hasil Anda")
    attempt.refresh_from_db()
    assert attempt.is_submitted
    assert Attempt.objects.filter(user=learner, quiz=attempt.quiz).count() == 1
    assert Answer.objects.filter(attempt=attempt, response__isnull=False).count() == total
    expect(page.get_by_text(f"{attempt.score:.1f}".replace(".", ",") + "%").first).to_be_visible()
    assert axe_violations(page) == []
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
