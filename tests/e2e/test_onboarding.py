"""A new pengurus goes from a printed login card to a verified certificate.

Their penyuluh registers them (no password yet) and prints their login card in the admin. On a
phone the pengurus activates the account with the card's code, chooses a password, reads every
lesson of a course, passes its post-test and downloads the certificate; anyone can then check the
certificate's code on the public verification page.
"""

import datetime
import re
from decimal import Decimal
from io import BytesIO, StringIO

from django.core.management import call_command

from playwright.sync_api import expect
from pypdf import PdfReader

from assessments.models import Attempt, Certificate
from courses.models import CoursePage, LessonPage
from tests.e2e.conftest import PHONE, axe_violations
from wksbm.models import Wksbm
from wksbm.registration import pengurus_register

COURSE = "Mengenal WKSBM dan peran pengurus"
NAME, PHONE_NUMBER, PASSWORD = "Ratih Kusumawardani", "0857-2900-4411", "gotong-royong-77"


def fits(page):
    """Nothing overflows the 360 px phone screen."""
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]


def pdf_text(download) -> str:
    with open(download.path(), "rb") as file:
        return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(BytesIO(file.read())).pages)


def print_login_card(browser, url, wksbm) -> str:
    """The demo penyuluh prints the WKSBM's login cards at a desktop; the newcomer's code."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="id-ID")
    page = context.new_page()
    page.goto(url + "/admin/login/")
    page.locator("input[name=username]").fill("0812-2700-1001")
    page.locator("input[name=password]").fill("pembinaan-demo")
    page.get_by_role("button", name="Masuk").click()
    page.goto(f"{url}/admin/wksbm/{wksbm.pk}/login-cards/")
    expect(page.get_by_label(NAME)).to_be_checked()  # not activated yet, so ticked already
    expect(page.locator("input[name=user]:checked")).to_have_count(1)
    with page.expect_download() as download_info:
        page.get_by_role("button", name="Cetak kartu masuk (PDF)").click()
    text = pdf_text(download_info.value)
    context.close()
    assert NAME in text and PHONE_NUMBER in text and text.count("Kode aktivasi") == 1
    return "".join(text.split("Kode aktivasi")[1].split()[:2])  # "1234 5678"


def answer_correctly(page, attempt):
    """Tick or type the answers that earn full credit: the choices' credit as the attempt stored it."""
    for position, question in enumerate(attempt.questions):
        fieldset = page.locator(f"#question-{position}")
        choices = question["choices"]
        best = max(Decimal(c["fraction"]) for c in choices)
        if question["type"] in ("single", "true_false", "multiple"):
            for choice in choices:
                credit = Decimal(choice["fraction"])
                if credit == best or (question["type"] == "multiple" and credit > 0):
                    fieldset.locator(f"input[value='{choice['id']}']").check()
        else:
            right = next(c["text"] for c in choices if Decimal(c["fraction"]) == best)
            fieldset.locator("input[type=text]").fill(right)


def test_a_new_pengurus_activates_learns_and_gets_a_verifiable_certificate(browser, live_server, phone_page):
    call_command("seed_demo", stdout=StringIO())
    tidar_utara = Wksbm.objects.get(name="WKSBM Guyub Rukun Tidar Utara")
    term = pengurus_register(  # what the penyuluh's "add pengurus" form and XLSX import call
        name=NAME,
        phone=PHONE_NUMBER,
        wksbm=tidar_utara,
        jabatan="anggota",
        active_from=datetime.date(2025, 1, 6),
    )
    assert not term.user.has_usable_password()
    code = print_login_card(browser, live_server.url, tidar_utara)

    page = phone_page
    page.goto(live_server.url + "/masuk/")
    page.get_by_role("link", name="Saya punya kode aktivasi").click()
    expect(page.get_by_role("heading", name="Aktifkan akun Anda", level=1)).to_be_visible()
    assert axe_violations(page) == []
    fits(page)
    page.get_by_label("Nomor HP").fill(PHONE_NUMBER)
    page.get_by_label("Kode aktivasi").fill(code)
    page.get_by_role("button", name="Lanjut").click()

    expect(page.get_by_role("heading", name="Pilih kata sandi", level=1)).to_be_visible()
    expect(page.get_by_text(f"Selamat datang, {NAME}")).to_be_visible()
    assert axe_violations(page) == []
    fits(page)
    page.get_by_label(re.compile(r"^\s*Sandi baru")).fill(PASSWORD)
    page.get_by_label("Konfirmasi sandi baru").fill(PASSWORD)
    page.get_by_role("button", name="Simpan dan masuk").click()

    expect(page.get_by_role("heading", name="Halo, Ratih")).to_be_visible()
    term.user.refresh_from_db()
    assert term.user.check_password(PASSWORD)
    fits(page)
    page.get_by_role("link", name=COURSE).click()

    lessons = LessonPage.objects.live().child_of(CoursePage.objects.get(title=COURSE)).count()
    # The module asks for its pre-test first; this pengurus reads straight away and says so.
    page.locator(".lesson-list a").first.click()
    page.get_by_role("button", name="Lewati pre-test").click()
    for number in range(1, lessons + 1):
        expect(page.get_by_text(f"Materi {number} dari {lessons}")).to_be_visible()
        page.get_by_role("button", name="Tandai selesai").click()
        fits(page)
        if number < lessons:
            page.locator("#lesson-actions").get_by_role("link", name=re.compile("^Materi berikutnya")).click()
    page.get_by_role("link", name="Kerjakan post-test").click()  # offered once every lesson is done
    page.get_by_role("button", name="Mulai").click()
    expect(page.locator("fieldset.question").first).to_be_visible()
    attempt = Attempt.objects.get(user=term.user, quiz__title="Post-test", course__title=COURSE)
    answer_correctly(page, attempt)
    fits(page)
    page.get_by_role("button", name="Periksa jawaban").click()
    page.get_by_role("button", name="Kirim jawaban").click()

    expect(page.get_by_role("heading", name="Hasil Anda", level=1)).to_be_visible()
    expect(page.get_by_text("Lulus (nilai lulus 70%)")).to_be_visible()
    attempt.refresh_from_db()
    assert attempt.passed and attempt.score == 100
    with page.expect_download() as download_info:  # the result that finishes the course offers it
        page.get_by_role("link", name="Unduh sertifikat").click()
    fits(page)

    [certificate] = Certificate.objects.filter(user=term.user, course__title=COURSE)  # exactly one
    text = pdf_text(download_info.value)
    assert NAME in text and COURSE in text and certificate.code in text

    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True, locale="id-ID")
    verify = context.new_page()
    verify.goto(f"{live_server.url}/v/{certificate.code}/")
    expect(verify.get_by_text("Sertifikat ini sah.")).to_be_visible()
    facts = verify.locator("dl.facts")
    expect(facts).to_contain_text(NAME)
    expect(facts).to_contain_text(COURSE)
    expect(facts).to_contain_text(certificate.code)
    assert axe_violations(verify) == []
    fits(verify)
    context.close()
