"""A course downloaded on Wi-Fi, read and tested with no signal, then synced exactly once."""

import re
from decimal import Decimal
from io import StringIO

from django.core.files.base import ContentFile
from django.core.management import call_command
from django.urls import reverse

from wagtail.documents.models import Document
from wagtail.models import Collection

from playwright.sync_api import expect

from assessments.models import Attempt, OfflinePaper, QuizPage
from courses.models import CoursePage, LessonPage, LessonProgress
from lms.models import User
from tests.e2e.conftest import axe_violations
from tests.e2e.test_offline import log_in, wait_for_worker, wait_until

COURSE = "Mengenal WKSBM dan peran pengurus"


def right_answer(question: dict):
    """The full-credit response, read from the server's snapshot (the phone never had it)."""
    full = [choice for choice in question["choices"] if Decimal(choice["fraction"]) > 0]
    if question["type"] in ("short_text", "numeric"):
        return full[0]["text"]
    return [str(choice["id"]) for choice in full]


def answer_paper(page, questions: list[dict]) -> None:
    for position, question in enumerate(questions):
        response = right_answer(question)
        if isinstance(response, str):
            page.locator(f"input[name='q-{position}']").fill(response)
            page.locator(f"input[name='q-{position}']").blur()
        else:
            for choice_id in response:
                page.locator(f"input[name='q-{position}'][value='{choice_id}']").check()


def assert_answers_shown(page, questions: list[dict]) -> None:
    for position, question in enumerate(questions):
        field = page.locator(f"input[name='q-{position}']")
        response = right_answer(question)
        if isinstance(response, str):
            expect(field).to_have_value(response)
        else:
            checked = field.evaluate_all("(inputs) => inputs.filter((i) => i.checked).map((i) => i.value)")
            assert sorted(checked) == sorted(response), position


def test_download_read_and_test_offline_then_sync_exactly_once(live_server, phone_page):
    call_command("seed_demo", stdout=StringIO())
    page = phone_page
    log_in(page, live_server.url)
    wait_for_worker(page)
    suharto = User.objects.get(phone="+6281351002001")
    course = CoursePage.objects.get(title=COURSE)
    post_test = QuizPage.objects.child_of(course).get(kind="post_test")

    # On Wi-Fi: the size first, then the download with its progress.
    page.get_by_role("link", name=COURSE).click()
    page.get_by_role("button", name="Unduh untuk dibaca offline").click()
    expect(page.get_by_text("Ukuran unduhan: sekitar")).to_be_visible()
    assert axe_violations(page) == []
    page.get_by_role("button", name="Unduh sekarang").click()
    expect(page.get_by_text("Selesai:")).to_contain_text("tersimpan")
    page.get_by_role("link", name="Semua unduhan").click()
    expect(page.get_by_role("link", name=COURSE)).to_be_visible()
    expect(page.locator("[data-downloaded] li")).to_contain_text("KB")
    assert axe_violations(page) == []
    page.get_by_role("link", name=COURSE).click()

    # No signal: every lesson reads from the phone and is marked done there.
    page.context.set_offline(True)
    lessons = list(course.get_lessons())
    page.locator(".lesson-list a", has_text=lessons[0].title).click()
    for number, lesson in enumerate(lessons, start=1):
        expect(page.get_by_role("heading", name=lesson.title, level=1)).to_be_visible()
        expect(page.locator(".prose")).not_to_be_empty()
        page.wait_for_function("window.wksbmOffline")  # a tap before the scripts run posts as usual
        page.get_by_role("button", name="Tandai selesai").click()
        expect(page.get_by_text("Akan dikirim saat ada sinyal")).to_be_visible()
        if number < len(lessons):
            page.get_by_role("link", name="Berikutnya →").click()
    expect(page.locator("#net-status")).to_contain_text("4 menunggu sinyal")
    page.get_by_role("navigation", name="Jejak navigasi").get_by_role("link", name=COURSE).click()
    expect(page.locator(".lesson-list__item.is-done")).to_have_count(len(lessons))  # waiting, shown as done

    # The post-test, from the paper saved with the course: no scoring data on the phone.
    page.goto(live_server.url + post_test.url)
    page.get_by_role("button", name="Mulai").click()
    expect(page).to_have_url(live_server.url + reverse("quiz_paper", args=[post_test.pk]))
    expect(page.get_by_text("Post-test · Tanpa sinyal")).to_be_visible()
    html = re.sub(r"<style>.*?</style>", "", page.content(), flags=re.DOTALL)  # CSS names .review__feedback
    assert "fraction" not in html and "feedback" not in html
    page.get_by_role("button", name="Mulai").click()
    expect(page.get_by_role("timer")).to_contain_text("Sisa 30 menit")
    questions = OfflinePaper.objects.get(user=suharto, quiz=post_test).questions
    answer_paper(page, questions)
    expect(page.locator("#save-status")).to_have_text("Jawaban tersimpan di HP ini.")
    kept = "window.wksbmOffline.data.all('drafts').then((drafts) => Object.keys(drafts[0].answers).length)"
    wait_until(page, f"{kept}.then((count) => count === {len(questions)})")

    # Closed mid-quiz with no signal and reopened: the answers and the running clock are kept.
    context, paper_url = page.context, page.url
    page.close()
    page = context.new_page()
    page.goto(paper_url)
    expect(page.get_by_role("timer")).to_contain_text("Sisa 30 menit")
    expect(page.get_by_role("timer")).to_contain_text(" WIB")
    assert_answers_shown(page, questions)
    page.get_by_role("button", name="Periksa jawaban").click()
    expect(page.get_by_text("Semua soal sudah dijawab.")).to_be_visible()
    page.get_by_role("button", name="Kirim jawaban").click()
    expect(page.locator("#paper-sync-status")).to_contain_text("Menunggu sinyal")
    expect(page.locator("#net-status")).to_contain_text("5 menunggu sinyal")
    assert axe_violations(page) == []

    # Closed and reopened again: the attempt waits on the phone; nothing has reached the server.
    page.close()
    page = context.new_page()
    page.goto(paper_url)
    expect(page.locator("#paper-sync-status")).to_contain_text("Menunggu sinyal")
    page.goto(live_server.url + "/unduhan/")
    expect(page.locator("[data-outbox] li")).to_have_count(5)
    assert axe_violations(page) == []
    assert not Attempt.objects.filter(user=suharto).exists()
    assert not LessonProgress.objects.filter(user=suharto).exists()

    # The signal returns: everything is sent once, graded on the server, and the result shown.
    page.goto(paper_url)
    context.set_offline(False)
    expect(page.get_by_text("Terkirim. Nilai Anda sudah ada.")).to_be_visible()
    page.get_by_role("link", name="Lihat hasil").click()
    expect(page.locator(".result__score")).to_contain_text("100")

    attempt = Attempt.objects.get(user=suharto)
    assert attempt.quiz_id == post_test.pk and attempt.client_key is not None
    assert attempt.score == 100 and attempt.passed
    assert attempt.answers.count() == len(attempt.questions)
    assert LessonProgress.objects.filter(user=suharto).count() == len(lessons)

    # A retried send (a lost reply) returns the same attempt and creates nothing.
    resent = page.evaluate(
        """() => window.wksbmOffline.data.all("outbox").then((items) => {
            const item = items.find((i) => i.kind === "attempt");
            const token = document.querySelector("input[name=csrfmiddlewaretoken]").value;
            return fetch(item.url, {method: "POST", headers: {"Content-Type": "application/json",
                "X-CSRFToken": token}, body: JSON.stringify(item.body)}).then((r) => r.json());
        })"""
    )
    assert resent["number"] == 1
    assert Attempt.objects.filter(user=suharto).count() == 1
    expect(page.locator("#net-status")).to_be_hidden()

    # The downloads page shows what was sent, and "Hapus" frees the phone's storage.
    page.goto(live_server.url + "/unduhan/")
    expect(page.locator("[data-outbox] li").first).to_contain_text("terkirim")
    page.get_by_role("button", name=f"Hapus unduhan {COURSE}").click()
    expect(page.locator("[data-downloaded-empty]")).to_be_visible()
    saved = page.evaluate("caches.keys().then((names) => names.filter((n) => n.startsWith('wksbm-course-')))")
    assert saved == []


def test_when_time_is_up_the_paper_hands_itself_in(live_server, phone_page):
    """The phone is the clock offline: at the limit it submits what was answered, and the server
    grades it when it arrives (here at once, with a signal)."""
    call_command("seed_demo", stdout=StringIO())
    page = phone_page
    log_in(page, live_server.url)
    suharto = User.objects.get(phone="+6281351002001")
    post_test = QuizPage.objects.get(title="Post-test", url_path__contains="mengenal-wksbm")
    page.clock.install()
    page.goto(live_server.url + reverse("quiz_paper", args=[post_test.pk]))
    page.get_by_role("button", name="Mulai").click()
    expect(page.get_by_role("timer")).to_contain_text("Sisa 30 menit")
    first = OfflinePaper.objects.get(user=suharto, quiz=post_test).questions[0]
    page.locator(f"input[name='q-0'][value='{right_answer(first)[0]}']").check()
    expect(page.locator("#save-status")).to_have_text("Jawaban tersimpan di HP ini.")

    page.clock.run_for("30:01")
    expect(page.get_by_role("timer")).to_contain_text("Waktu habis. Jawaban Anda sedang dikirim.")
    expect(page.locator("#paper-sync-status")).to_have_text("Terkirim. Nilai Anda sudah ada.")
    attempt = Attempt.objects.get(user=suharto, quiz=post_test)
    assert attempt.is_submitted and attempt.client_key is not None
    assert attempt.answers.get(position=0).credit == 100
    assert attempt.answers.exclude(position=0).filter(response__isnull=False).count() == 0


def test_a_video_ticked_for_download_plays_offline_from_its_saved_copy(
    live_server, phone_page, settings, tmp_path
):
    """Data saver: a video is offered apart with its size, saved only when ticked, and the
    player's Range requests are answered from the saved copy with no signal. The video sits in
    an office's private collection: the learner gets it because the lesson using it is public."""
    settings.MEDIA_ROOT = tmp_path
    call_command("seed_demo", stdout=StringIO())
    course = CoursePage.objects.get(title=COURSE)
    video = Document.objects.create(
        title="Rapat RW",
        file=ContentFile(bytes(range(256)) * 8, name="rapat.mp4"),
        collection=Collection.objects.get(name="Dinas Sosial Kota Magelang"),
    )
    lesson = course.add_child(
        instance=LessonPage(
            title="Video rapat",
            body=[
                {"type": "video", "value": {"title": "Rapat RW", "file": video.pk, "link": "", "minutes": 3}}
            ],
        )
    )
    lesson.save_revision().publish()
    page = phone_page
    log_in(page, live_server.url)
    wait_for_worker(page)
    page.get_by_role("link", name=COURSE).click()
    page.get_by_role("button", name="Unduh untuk dibaca offline").click()
    extra = page.get_by_role("checkbox", name="Rapat RW (2 KB)")
    expect(extra).not_to_be_checked()
    extra.check()
    page.get_by_role("button", name="Unduh sekarang").click()
    expect(page.get_by_text("Selesai:")).to_be_visible()

    page.context.set_offline(True)
    part = page.evaluate(
        """(url) => fetch(url, {headers: {Range: "bytes=2-5"}}).then(async (r) =>
            [r.status, r.headers.get("Content-Range"), Array.from(new Uint8Array(await r.arrayBuffer()))])""",
        video.url,
    )
    assert part == [206, "bytes 2-5/2048", [2, 3, 4, 5]]
