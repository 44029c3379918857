"""A start tapped on a weak signal: the phone says online, the start's request never answers.

Two ways a signal stalls, both with a post-test that allows one attempt:
- "lost request": the start never reaches the server;
- "lost answer": the server makes the attempt, but its answer never comes back to the phone.
With the course downloaded, the paper opens within a few seconds and the learner answers it;
once the signal is back the server holds exactly one attempt, submitted, with those answers.
Without a download, a plain message; the server holds no attempt, or one the quiz page offers
to continue (docs/offline.md, "A start on a weak signal").
"""

import re
import time
from decimal import Decimal
from io import StringIO

from django.core.management import call_command
from django.urls import reverse

import pytest
from playwright.sync_api import expect

from assessments.models import Attempt, OfflinePaper, QuizPage
from lms.models import User
from tests.e2e.conftest import axe_violations
from tests.e2e.test_offline import log_in, wait_for_worker

COURSE = "Mengenal WKSBM dan peran pengurus"
START = re.compile(r".*/mulai/$")
SYNC = re.compile(r".*/unduhan/kirim/kuis/$")


def stall_start(page, lost: str, held: list):
    """Make every start POST hang for good, after (lost answer) or before (lost request) it
    reaches the server."""

    def hang(route):
        if lost == "answer":
            held.append(route.fetch())  # the server answers; the phone never hears it
        held.append(route)  # neither continued nor fulfilled: the page waits forever

    page.route(START, hang)


def right_choice(question: dict) -> str:
    return next(str(c["id"]) for c in question["choices"] if Decimal(c["fraction"]) == 100)


def wrong_choice(question: dict) -> str:
    return next(str(c["id"]) for c in question["choices"] if Decimal(c["fraction"]) <= 0)


@pytest.fixture
def one_try_post_test():
    call_command("seed_demo", stdout=StringIO())
    quiz = QuizPage.objects.get(title="Post-test", url_path__contains="mengenal-wksbm")
    QuizPage.objects.filter(pk=quiz.pk).update(max_attempts=1)
    return QuizPage.objects.get(pk=quiz.pk)


@pytest.mark.parametrize("lost", ["request", "answer"])
def test_a_stalled_start_opens_the_downloaded_paper_and_the_server_keeps_one_attempt(
    live_server, phone_page, one_try_post_test, lost
):
    page, quiz, held = phone_page, one_try_post_test, []
    log_in(page, live_server.url)
    wait_for_worker(page)
    suharto = User.objects.get(phone="+6281351002001")
    page.get_by_role("link", name=COURSE).click()
    page.get_by_role("button", name="Unduh untuk dibaca offline").click()
    page.get_by_role("button", name="Unduh sekarang").click()
    expect(page.get_by_text("Selesai:")).to_contain_text("tersimpan")
    paper_url = live_server.url + reverse("quiz_paper", args=[quiz.pk])

    page.goto(live_server.url + quiz.url)
    page.locator("input[name=client_key]").wait_for(state="attached")  # start.js ran
    stall_start(page, lost, held)
    page.route(SYNC, lambda route: route.abort("connectionfailed"))  # still no signal to send
    tapped = time.monotonic()
    page.get_by_role("button", name="Mulai").click()
    expect(page.get_by_text("Memulai…")).to_be_visible()
    expect(page).to_have_url(paper_url, timeout=12_000)
    expect(page.get_by_text("Sinyal terlalu lemah untuk memulai secara online")).to_be_visible()
    expect(page.get_by_role("timer")).to_contain_text("Sisa 30 menit")
    assert time.monotonic() - tapped < 10  # the learner waited about 5 s, not forever
    assert held, "the start was sent"

    paper = OfflinePaper.objects.get(user=suharto, quiz=quiz)
    attempts = list(Attempt.objects.filter(user=suharto, quiz=quiz))
    if lost == "answer":  # the start reached the server: its attempt took the downloaded paper
        assert len(attempts) == 1 and not attempts[0].is_submitted
        assert paper.attempt_id == attempts[0].pk and attempts[0].questions == paper.questions
    else:
        assert attempts == []
    # Questions 1 and 3 right, 2 wrong, the rest left out: the server must keep exactly these.
    chosen = {0: right_choice(paper.questions[0]), 1: wrong_choice(paper.questions[1])}
    chosen[2] = right_choice(paper.questions[2])
    for position, value in chosen.items():
        page.locator(f"input[name='q-{position}'][value='{value}']").check()
    expect(page.locator("#save-status")).to_have_text("Jawaban tersimpan di HP ini.")
    page.get_by_role("button", name="Periksa jawaban").click()
    unanswered = len(paper.questions) - len(chosen)
    expect(page.get_by_text(f"{unanswered} dari {len(paper.questions)} soal belum dijawab.")).to_be_visible()
    assert axe_violations(page) == []
    page.get_by_role("button", name="Kirim jawaban").click()
    expect(page.locator("#paper-sync-status")).to_contain_text("Mengirim jawaban Anda")  # tried, in vain
    expect(page.locator("#net-status")).to_contain_text("1 menunggu sinyal")
    assert Attempt.objects.filter(user=suharto, quiz=quiz, submitted_at__isnull=False).count() == 0

    page.unroute(SYNC)  # the signal is back
    page.evaluate("window.dispatchEvent(new Event('online'))")
    expect(page.get_by_text("Terkirim. Nilai Anda sudah ada.")).to_be_visible()

    attempt = Attempt.objects.get(user=suharto, quiz=quiz)  # exactly one
    assert attempt.is_submitted and attempt.number == 1 and attempt.client_key is not None
    if lost == "answer":
        assert attempt.pk == attempts[0].pk  # the start's own attempt, completed from the paper
    given = {a.position: a.response for a in attempt.answers.filter(response__isnull=False)}
    assert given == {position: [int(value)] for position, value in chosen.items()}
    credits = dict(attempt.answers.values_list("position", "credit"))
    assert (credits[0], credits[1], credits[2]) == (100, 0, 100)
    assert sum(credits.values()) == 200
    page.get_by_role("link", name="Lihat hasil").click()
    expect(page.get_by_role("heading", name="Hasil Anda", level=1)).to_be_visible()


@pytest.mark.parametrize("lost", ["request", "answer"])
def test_a_stalled_start_without_a_download_says_so_and_leaves_nothing_out_of_reach(
    live_server, phone_page, one_try_post_test, lost
):
    page, quiz, held = phone_page, one_try_post_test, []
    log_in(page, live_server.url)
    suharto = User.objects.get(phone="+6281351002001")
    page.goto(live_server.url + quiz.url)
    page.locator("input[name=client_key]").wait_for(state="attached")
    stall_start(page, lost, held)
    page.get_by_role("button", name="Mulai").click()
    message = page.get_by_role("status").filter(has_text="Server tidak menjawab tepat waktu")
    expect(message).to_be_visible(timeout=10_000)
    expect(message).to_contain_text("Coba lagi saat sinyal lebih baik")
    assert page.url == live_server.url + quiz.url  # still here, nothing opened
    expect(page.get_by_role("button", name="Mulai")).to_be_enabled()
    assert axe_violations(page) == []

    attempts = list(Attempt.objects.filter(user=suharto, quiz=quiz))
    if lost == "request":
        assert attempts == []
    else:
        # Made on the server: the quiz page offers it, and nothing else is counted.
        [attempt] = attempts
        assert not attempt.is_submitted
        page.unroute(START)
        page.reload()
        continue_link = page.locator(f"a[href$='/percobaan/{attempt.key}/']")
        expect(continue_link).to_be_visible()
        expect(page.get_by_role("button", name="Mulai")).to_have_count(0)
        continue_link.click()
        expect(page.locator("fieldset.question").first).to_be_visible()
        return

    page.unroute(START)  # the signal is better: the same tap again opens the attempt
    page.get_by_role("button", name="Mulai").click()
    expect(page.locator("fieldset.question").first).to_be_visible()
    attempt = Attempt.objects.get(user=suharto, quiz=quiz)
    assert page.url.endswith(f"/percobaan/{attempt.key}/")
