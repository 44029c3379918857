"""Certificates: issued only for a finished course (every lesson, post-test passed), once per
person and course, signed per office, and verifiable by anyone from their code."""

import datetime
import io
from decimal import Decimal

from django.utils import timezone

from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

import pytest
from pypdf import PdfReader

from assessments.certificates import NotEligible, certificate_issue, normalize_code
from assessments.choices import QuizKind
from assessments.models import Attempt, Certificate, CertificateTemplate
from courses.models import LessonPage, LessonProgress
from lms.roles import Role
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

WHEN = timezone.make_aware(datetime.datetime(2026, 6, 20, 10, 0))


def read_every_lesson(user, course, when=WHEN):
    for lesson in LessonPage.objects.child_of(course):
        LessonProgress.objects.create(user=user, lesson=lesson, completed_at=when)


def post_test(user, quiz, *, passed, when=WHEN):
    return Attempt.objects.create(
        quiz=quiz,
        course=quiz.get_parent().specific,
        kind=QuizKind.POST_TEST,
        user=user,
        number=Attempt.objects.filter(user=user, quiz=quiz).count() + 1,
        questions=[],
        started_at=when,
        submitted_at=when,
        score=Decimal(90 if passed else 20),
        passed=passed,
    )


def test_a_certificate_needs_every_lesson_and_a_passed_post_test(world, course, quiz, learner):
    with pytest.raises(NotEligible):
        certificate_issue(user=learner, course=course)
    read_every_lesson(learner, course)
    post_test(learner, quiz, passed=False)
    with pytest.raises(NotEligible):
        certificate_issue(user=learner, course=course)
    post_test(learner, quiz, passed=True, when=WHEN + datetime.timedelta(days=2))
    certificate = certificate_issue(user=learner, course=course)
    assert certificate.completed_on == datetime.date(2026, 6, 22)
    assert certificate.holder_name == learner.name and certificate.course_title == course.title
    assert certificate.office_name == world.magelang.name  # the office whose catalogue holds the course
    assert certificate_issue(user=learner, course=course) == certificate  # once per person and course
    assert Certificate.objects.count() == 1


def test_the_office_template_signs_and_the_certificate_keeps_what_it_showed(world, course, quiz, learner):
    CertificateTemplate.objects.create(signatory_name="Nasional", signatory_title="Direktur")
    CertificateTemplate.objects.create(
        office=world.magelang, signatory_name="Drs. Budi Santoso", signatory_title="Kepala Dinas Sosial"
    )
    read_every_lesson(learner, course)
    post_test(learner, quiz, passed=True)
    certificate = certificate_issue(user=learner, course=course)
    assert (certificate.signatory_name, certificate.signatory_title) == (
        "Drs. Budi Santoso",
        "Kepala Dinas Sosial",
    )
    learner.name = "Nama Baru"
    learner.save()
    assert Certificate.objects.get().holder_name != "Nama Baru"


def test_the_learner_downloads_a_pdf_naming_them_the_course_and_the_code(
    client, world, course, quiz, learner
):
    read_every_lesson(learner, course)
    client.force_login(learner)
    early = client.get(f"/sertifikat/{course.pk}/")
    assert early.status_code == 302 and not Certificate.objects.exists()
    post_test(learner, quiz, passed=True)
    assert f'href="/sertifikat/{course.pk}/" download>Unduh sertifikat<' in client.get(course.url).text
    response = client.get(f"/sertifikat/{course.pk}/")
    assert response["Content-Type"] == "application/pdf"
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    certificate = Certificate.objects.get()
    for expected in (
        learner.name,
        course.title,
        certificate.code,
        "Keterampilan",
        world.magelang.name,
        "/v/",
    ):
        assert expected in text, expected


def test_the_verification_page_shows_valid_revoked_and_unknown_codes(client, world, course, quiz, learner):
    read_every_lesson(learner, course)
    post_test(learner, quiz, passed=True)
    certificate = certificate_issue(user=learner, course=course)
    valid = client.get(f"/v/{certificate.code.lower().replace('-', '')}/")  # as typed from paper
    html = valid.content.decode()
    assert valid.status_code == 200
    assert "Sertifikat ini sah." in html and learner.name in html and course.title in html
    assert learner.phone_display not in html  # only what the certificate itself shows
    certificate.revoked_at = timezone.now()
    certificate.revoked_reason = "Diberikan karena kesalahan data."
    certificate.save()
    revoked = client.get(f"/v/{certificate.code}/").content.decode()
    assert "dicabut" in revoked and "Diberikan karena kesalahan data." in revoked
    unknown = client.get("/v/ZZZZ-ZZZZ/")
    assert unknown.status_code == 404 and "Tidak ada sertifikat dengan kode" in unknown.content.decode()


def test_codes_read_the_same_however_they_are_typed():
    assert normalize_code(" k7qm 4tpx ") == "K7QM-4TPX" == normalize_code("K7QM-4TPX")


def test_managers_keep_their_offices_certificate_template_only(client, world):
    theirs = CertificateTemplate.objects.create(
        office=world.bengkulu, signatory_name="B", signatory_title="Kepala"
    )
    client.force_login(world.magelang_manager)
    add = client.post(
        "/admin/snippets/assessments/certificatetemplate/add/",
        {
            "office": world.magelang.pk,
            "signatory_name": "Drs. Budi Santoso",
            "signatory_title": "Kepala Dinas",
        },
    )
    assert add.status_code == 302
    assert CertificateTemplate.objects.get(office=world.magelang).signatory_name == "Drs. Budi Santoso"
    assert client.get(f"/admin/snippets/assessments/certificatetemplate/edit/{theirs.pk}/").status_code == 404


def finished(learner, course, quiz):
    read_every_lesson(learner, course)
    post_test(learner, quiz, passed=True)
    return certificate_issue(user=learner, course=course)


def test_a_manager_revokes_a_certificate_with_a_reason_and_can_restore_it(
    client, world, course, quiz, learner
):
    certificate = finished(learner, course, quiz)
    url = f"/admin/certificate/edit/{certificate.pk}/"
    client.force_login(world.magelang_manager)
    assert certificate.code in client.get("/admin/certificate/").content.decode()

    no_reason = client.post(url, {"revoked": "on", "revoked_reason": " "})
    assert (
        no_reason.status_code == 200 and "Tuliskan alasan sertifikat dicabut." in no_reason.content.decode()
    )
    certificate.refresh_from_db()
    assert certificate.revoked_at is None  # nothing half-written

    assert client.post(url, {"revoked": "on", "revoked_reason": "Nama tertukar."}).status_code == 302
    certificate.refresh_from_db()
    assert certificate.revoked_at is not None and certificate.revoked_reason == "Nama tertukar."
    assert "Nama tertukar." in client.get(f"/v/{certificate.code}/").content.decode()
    client.force_login(learner)  # the holder gets the verification page, not a PDF of a revoked certificate
    assert client.get(f"/sertifikat/{course.pk}/").url == f"/v/{certificate.code}/"

    client.force_login(world.magelang_manager)
    assert client.post(url, {"revoked_reason": "Nama tertukar."}).status_code == 302
    certificate.refresh_from_db()
    assert (certificate.revoked_at, certificate.revoked_reason) == (None, "")
    assert "Sertifikat ini sah." in client.get(f"/v/{certificate.code}/").content.decode()


def test_certificates_are_never_made_in_the_admin_and_stay_in_scope(client, world, course, quiz, learner):
    certificate = finished(learner, course, quiz)
    edit = f"/admin/certificate/edit/{certificate.pk}/"
    client.force_login(world.magelang_penyuluh)  # penyuluh read, managers revoke
    assert certificate.code in client.get("/admin/certificate/").content.decode()
    assert client.get(f"/admin/certificate/inspect/{certificate.pk}/").status_code == 200
    assert client.post(edit, {"revoked": "on", "revoked_reason": "x"}).status_code in (302, 403)
    client.force_login(UserFactory(role=Role.MANAGER, office=world.bengkulu))
    assert certificate.code not in client.get("/admin/certificate/").content.decode()
    assert client.post(edit, {"revoked": "on", "revoked_reason": "x"}).status_code == 404
    client.force_login(world.magelang_manager)
    assert client.get("/admin/certificate/new/").status_code in (302, 403)
    certificate.refresh_from_db()
    assert certificate.revoked_at is None


def test_the_office_logo_is_printed_on_the_certificate(client, world, course, quiz, learner):
    logo = Image.objects.create(title="Logo Dinsos", file=get_test_image_file(size=(400, 400)))
    CertificateTemplate.objects.create(
        office=world.magelang, signatory_name="Drs. Budi Santoso", signatory_title="Kepala", logo=logo
    )
    finished(learner, course, quiz)
    client.force_login(learner)
    pdf = PdfReader(io.BytesIO(client.get(f"/sertifikat/{course.pk}/").content))
    sizes = sorted(image.image.size for image in pdf.pages[0].images)
    assert len(sizes) == 2  # the QR code and the logo
    assert "Drs. Budi Santoso" in pdf.pages[0].extract_text()


def test_the_result_of_the_finishing_post_test_offers_the_certificate(client, world, course, quiz, learner):
    client.force_login(learner)
    attempt = post_test(learner, quiz, passed=True)
    result = f"{quiz.url}percobaan/{attempt.key}/hasil/"
    early = client.get(result).content.decode()
    # The lessons come first: the result names the first one as the next step.
    first = course.get_lessons().first()
    assert f'href="{first.url}">Mulai: {first.title}<' in early and "/sertifikat/" not in early
    read_every_lesson(learner, course)
    assert f"/sertifikat/{course.pk}/" in client.get(result).content.decode()
