"""Certificates: a pengurus who finished a course (every published lesson done, its post-test
passed) gets one, with a code anyone can verify at /v/<code>/.

A certificate is issued once per person and course, the first time it is asked for, and keeps
what it showed then (name, course, office, signatory) even if those change later.
"""

import datetime
import secrets

from django.db import IntegrityError, transaction
from django.db.models import F, Max, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.models import CourseIndexPage, CoursePage, LessonPage, LessonProgress
from courses.progress import course_completed
from courses.tree import parent_path
from wksbm.models import DinsosOffice, Pengurus

from .choices import QuizKind
from .models import Attempt, Certificate, CertificateTemplate

CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I/L to misread on paper
CODE_LENGTH = 8


class NotEligible(Exception):
    """The course is not finished yet; the message says what is missing."""


def new_code() -> str:
    code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return f"{code[:4]}-{code[4:]}"


def normalize_code(text: str) -> str:
    """A code as typed or scanned: case, spaces and the dash do not matter."""
    plain = "".join(ch for ch in (text or "").upper() if ch.isalnum())
    return f"{plain[:4]}-{plain[4:]}" if len(plain) == CODE_LENGTH else plain


def course_completed_on(*, user, course: CoursePage) -> datetime.date:
    """The day `user` finished `course`: the later of their last lesson and their first passed
    post-test. Raises NotEligible naming what is missing."""
    if (
        not CoursePage.objects.filter(pk=course.pk)
        .filter(course_completed(user=user.pk, course=course))
        .exists()
    ):
        raise NotEligible(_("Finish every lesson of the course first."))
    passed = (
        Attempt.objects.filter(user=user, course=course, kind=QuizKind.POST_TEST, passed=True)
        .order_by("submitted_at")
        .values_list("submitted_at", flat=True)
        .first()
    )
    if passed is None:
        raise NotEligible(_("Pass the course's post-test first."))
    last_lesson = LessonProgress.objects.filter(
        user=user, lesson__in=LessonPage.objects.live().child_of(course)
    ).aggregate(last=Max("completed_at"))["last"]  # None: a course with no live lesson
    return timezone.localdate(max(last_lesson, passed) if last_lesson else passed)


def certificate_office(*, user, course: CoursePage) -> DinsosOffice | None:
    """The office a certificate is from: the one whose catalogue holds the course, else (national
    courses) the office of the WKSBM where the pengurus serves."""
    section = CourseIndexPage.objects.filter(path=parent_path(course)).select_related("office").first()
    if section and section.office_id:
        return section.office
    term = (
        Pengurus.objects.active().filter(user=user).select_related("wksbm").order_by("-active_from").first()
    )
    return DinsosOffice.objects.filter(region_id=term.wksbm.office_code).first() if term else None


def certificate_issue(*, user, course: CoursePage) -> Certificate:
    """The user's certificate for `course`, issued now if it does not exist yet."""
    existing = Certificate.objects.filter(user=user, course=course).first()
    if existing is not None:
        return existing
    completed_on = course_completed_on(user=user, course=course)
    office = certificate_office(user=user, course=course)
    template = certificate_template(office)
    certificate = Certificate(
        user=user,
        course=course,
        holder_name=user.name,
        course_title=course.title,
        pillar=course.pillar,
        office_name=office.name if office else _("Pembinaan WKSBM"),
        signatory_name=template.signatory_name if template else "",
        signatory_title=template.signatory_title if template else "",
        completed_on=completed_on,
    )
    for _attempt in range(5):
        certificate.code = new_code()
        try:
            with transaction.atomic():
                certificate.save()
            return certificate
        except IntegrityError:
            # Another request issued it at the same moment, or (rarely) the code was taken.
            existing = Certificate.objects.filter(user=user, course=course).first()
            if existing is not None:
                return existing
    raise RuntimeError("no free certificate code after five tries")


def certificate_template(office: DinsosOffice | None) -> CertificateTemplate | None:
    """How `office` signs certificates: its own template, else the national default."""
    templates = CertificateTemplate.objects.filter(Q(office=office) | Q(office__isnull=True))
    # The office's own first; NULLs sort first on SQLite and last on PostgreSQL unless told.
    return templates.select_related("logo").order_by(F("office_id").asc(nulls_last=True)).first()


def certificate_template_for(certificate: Certificate) -> CertificateTemplate | None:
    """The template whose logo a certificate prints."""
    return certificate_template(certificate_office(user=certificate.user, course=certificate.course))
