"""Demo assessments for seed_demo: a pre-test, post-test and self-assessment in every national demo
course (demo/content/questions/, read by the project's own importers), a national skills rubric,
and months of attempts, observations and sessions for the demo WKSBM, so the reports have
realistic data. Running it again adds nothing."""

import datetime
import random
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from assessments.attempts import answers_save, attempt_start, attempt_submit
from assessments.certificates import certificate_issue
from assessments.choices import QuestionType, QuizKind, ReviewPolicy
from assessments.fieldwork import observation_record, session_record
from assessments.importers.store import questions_store
from assessments.models import (
    Attempt,
    CertificateTemplate,
    Observation,
    PembinaanSession,
    QuestionBank,
    QuizPage,
    QuizQuestion,
    Rubric,
    RubricCriterion,
)
from courses.models import CoursePage, LessonPage, LessonProgress
from lms.models import User
from lms.phone import normalize_phone
from lms.roles import Role
from readiness.snapshots import month_start, months_back, snapshots_take
from wksbm.models import DinsosOffice, Pengurus, Wksbm

from . import files
from .people import demo_pengurus_phone

SEED = 2026
HISTORY_DAYS = 120
DEMO_SIGNATORY = "Drs. Hadi Santoso, M.Si."
# (mean ability, share of pengurus and of courses taken up) per demo WKSBM, by kelurahan, chosen
# so that each office's overview shows every readiness level.
WKSBM_PROFILES = {
    "33.71.01.1003": (0.92, 0.97),  # Rejowinangun Selatan
    "33.71.01.1010": (0.65, 0.9),  # Tidar Utara, where the demo learner starts afresh
    "33.71.02.1004": (0.8, 0.95),  # Potrobangsan
    "33.71.02.1008": (0.5, 0.85),  # Kramat Utara
    "33.71.03.1002": (0.6, 0.45),  # Cacaban
    "17.01.02.2004": (0.9, 0.95),  # Tanjung Menang
    "17.01.05.1010": (0.75, 0.9),  # Kota Medan
    "17.01.11.1004": (0.5, 0.6),  # Pasar Mulia
}
DEFAULT_PROFILE = (0.7, 0.8)


def _quiz(course: CoursePage, *, slug, title, kind, questions, **rules) -> QuizPage:
    existing = QuizPage.objects.child_of(course).filter(slug=slug).first()
    if existing:
        return existing
    quiz = QuizPage(slug=slug, title=title, kind=kind, **rules)
    for order, question in enumerate(questions):
        quiz.quiz_questions.add(QuizQuestion(question=question, sort_order=order))
    course.add_child(instance=quiz)
    quiz.save_revision().publish()
    return QuizPage.objects.get(pk=quiz.pk)


def _course_quizzes(course: CoursePage) -> list[QuizPage]:
    bank, _ = QuestionBank.objects.get_or_create(
        name=f"Bank soal {course.title}"[:120], office=None, defaults={"description": course.summary}
    )
    if not bank.questions.exists():
        # Through the importers a penyuluh's upload goes through: GIFT, and the question template (CSV).
        pre = questions_store(files.quiz_questions(course.slug, "pre-test"), bank)
        post = questions_store(files.quiz_questions(course.slug, "post-test"), bank)
        statements = questions_store(files.quiz_questions(course.slug, "penilaian-diri"), bank)
        for question in (*pre, *post):
            question.pillar = course.pillar
            question.save(update_fields=["pillar"])
    else:
        pre = post = statements = []
    _name_lessons(course, bank)
    return [
        _quiz(
            course,
            slug="pre-test",
            title="Pre-test",
            kind=QuizKind.PRE_TEST,
            questions=pre,
            pass_mark=70,
            review_policy=ReviewPolicy.NEVER,
            max_attempts=1,
        ),
        _quiz(
            course,
            slug="post-test",
            title="Post-test",
            kind=QuizKind.POST_TEST,
            questions=post,
            pass_mark=70,
            max_attempts=3,
            time_limit_minutes=30,
        ),
        _quiz(
            course,
            slug="penilaian-diri",
            title="Penilaian diri",
            kind=QuizKind.SELF_ASSESSMENT,
            questions=statements,
        ),
    ]


def _name_lessons(course: CoursePage, bank: QuestionBank) -> None:
    """The materi each question tests (demo/content course.json "question_lessons"), so a failed
    result sends the learner back to it. Questions already naming one are left as they are."""
    slugs = next((c.question_lessons for c in files.national_courses() if c.slug == course.slug), {})
    lessons = {lesson.slug: lesson for lesson in LessonPage.objects.child_of(course)}
    for name, slug in slugs.items():
        bank.questions.filter(name=name, lesson__isnull=True).update(lesson=lessons[slug])


def _rubric() -> Rubric:
    data = files.rubric()
    rubric = Rubric.objects.filter(name=data["name"], office=None).first()
    if rubric:
        return rubric
    rubric = Rubric(name=data["name"], description=data["description"])
    for order, criterion in enumerate(data["criteria"]):
        level_texts = {f"level_{n}": text for n, text in enumerate(criterion["levels"], start=1)}
        rubric.criteria.add(RubricCriterion(name=criterion["name"], sort_order=order, **level_texts))
    rubric.save()
    return rubric


def _response(question: dict, skill: float, rng: random.Random):
    """What a learner of `skill` (0-1) answers: the right answer with that probability."""
    right = rng.random() < skill
    choices = question["choices"]
    kind = question["type"]
    if kind == QuestionType.LIKERT:
        agreeing = 3 + round(skill * 2 * rng.random())
        return 6 - agreeing if question["reverse_scored"] else agreeing
    best = max(choices, key=lambda c: Decimal(c["fraction"]))
    if kind == QuestionType.MULTIPLE:
        good = [c["id"] for c in choices if Decimal(c["fraction"]) > 0]
        return good if right else good[:1] + [c["id"] for c in choices if Decimal(c["fraction"]) < 0][:1]
    if kind in (QuestionType.SINGLE, QuestionType.TRUE_FALSE):
        wrong = [c["id"] for c in choices if c["id"] != best["id"]]
        return [best["id"]] if right or not wrong else [rng.choice(wrong)]
    if kind == QuestionType.NUMERIC:
        return best["text"] if right else str(Decimal(best["text"]) + 5000)
    return best["text"] if right else "tidak tahu"


def _read_every_lesson(user, lessons, *, when: datetime.datetime) -> int:
    rows = [LessonProgress(user=user, lesson=lesson, completed_at=when) for lesson in lessons]
    return len(LessonProgress.objects.bulk_create(rows))


def _take(quiz: QuizPage, user, *, skill: float, when: datetime.datetime, rng: random.Random) -> Attempt:
    attempt = attempt_start(quiz=quiz, user=user, now=when, rng=rng)
    responses = {n: _response(q, skill, rng) for n, q in enumerate(attempt.questions)}
    answers_save(attempt=attempt, responses=responses, now=when + datetime.timedelta(minutes=8))
    return attempt_submit(key=attempt.key, user=user, now=when + datetime.timedelta(minutes=12))


def _history(
    quizzes: dict[int, list[QuizPage]], lessons: dict, skills_course: CoursePage, rubric: Rubric
) -> dict:
    rng = random.Random(SEED)  # noqa: S311 (reproducible demo data, not security)
    now = timezone.now()
    attempts = observations = sessions = progress = certificates = 0
    courses = CoursePage.objects.in_bulk(quizzes.keys())
    topics = files.session_topics()
    learners = list(
        Pengurus.objects.active()
        .select_related("user", "wksbm")
        .exclude(user__phone=normalize_phone(demo_pengurus_phone(0, 0)))  # the demo learner starts afresh
        .order_by("wksbm__code", "user__name")
    )
    # Each WKSBM has its own strength and engagement, so the demo shows every readiness level.
    for term in learners:
        strength, engagement = WKSBM_PROFILES.get(term.wksbm.kelurahan_id, DEFAULT_PROFILE)
        if rng.random() > engagement:
            continue  # some pengurus have not started yet
        ability = min(1.0, max(0.2, rng.gauss(strength, 0.08)))
        for course_pk, course_quizzes in quizzes.items():
            if rng.random() > engagement:
                continue
            day = datetime.timedelta(days=1)
            start = now - datetime.timedelta(days=rng.randint(30, HISTORY_DAYS), hours=rng.randint(0, 10))
            pre, post, self_assessment = course_quizzes
            _take(pre, term.user, skill=ability * 0.7, when=start, rng=rng)
            _take(self_assessment, term.user, skill=ability, when=start + 2 * day, rng=rng)
            progress += _read_every_lesson(term.user, lessons[course_pk], when=start + 10 * day)
            if _take(post, term.user, skill=ability, when=start + 14 * day, rng=rng).passed:
                certificate_issue(user=term.user, course=courses[course_pk])  # as if downloaded
                certificates += 1
            attempts += 3
    for wksbm in Wksbm.objects.order_by("code"):
        penyuluh = User.objects.filter(role=Role.PENYULUH, office__region_id=wksbm.office_code).first()
        if penyuluh is None:
            continue
        serving = [t for t in learners if t.wksbm_id == wksbm.pk]
        for months_ago, topic in zip((3, 2, 1), topics, strict=False):
            held_on = timezone.localdate() - datetime.timedelta(days=30 * months_ago)
            present = [t.user for t in serving if rng.random() < 0.75 and t.active_from <= held_on]
            session_record(facilitator=penyuluh, wksbm=wksbm, held_on=held_on, topic=topic, attendees=present)
            sessions += 1
        for term in serving[: max(1, len(serving) // 2)]:
            observation_record(
                observer=penyuluh,
                wksbm=wksbm,
                user=term.user,
                course=skills_course,
                rubric=rubric,
                observed_on=timezone.localdate() - datetime.timedelta(days=rng.randint(5, 60)),
                levels={c.pk: rng.choice((2, 3, 3, 4)) for c in rubric.criteria.all()},
                notes="",
            )
            observations += 1
    return {
        "attempts": attempts,
        "lessons read": progress,
        "observations": observations,
        "sessions": sessions,
        "certificates": certificates,
    }


@transaction.atomic
def demo_assessments_seed() -> dict[str, int]:
    slugs = files.national_course_slugs()
    courses = {course.slug: course for course in CoursePage.objects.filter(slug__in=slugs).order_by("path")}
    quizzes = {course.pk: _course_quizzes(course) for course in courses.values()}
    rubric = _rubric()
    for office in DinsosOffice.objects.all():
        # An empty bank of the office's own, so its penyuluh can write or import questions at once.
        QuestionBank.objects.get_or_create(name=f"Bank soal {office.name}"[:120], office=office)
    for office in DinsosOffice.objects.all():
        # Who signs the office's certificates (fictional names), so demo certificates are signed.
        CertificateTemplate.objects.get_or_create(
            office=office,
            defaults={"signatory_name": DEMO_SIGNATORY, "signatory_title": f"Kepala {office.name}"[:150]},
        )
    counts = {"quizzes": sum(len(q) for q in quizzes.values())}
    if (
        not Attempt.objects.exists()
        and not Observation.objects.exists()
        and not PembinaanSession.objects.exists()
    ):
        skills_course = courses[files.rubric()["course"]]
        lessons = {course.pk: list(course.get_lessons()) for course in courses.values()}
        counts |= _history(quizzes, lessons, skills_course, rubric)
    counts["readiness snapshots"] = _snapshots()
    return counts


def _snapshots(months: int = 12) -> int:
    """The last year's monthly snapshots, computed as of each month's end, so the trend has a past."""
    this_month = month_start(timezone.localdate())
    return sum(snapshots_take(month=months_back(this_month, offset)) for offset in range(months - 1, -1, -1))
