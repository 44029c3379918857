"""Synthetic data at the readiness budget's scale (DESIGN.md section 5: 1,000 WKSBM, 10,000 pengurus,
1,000,000 answers), for `manage.py seed_scale` and the readiness benchmark.

Everything is written in bulk (a few thousand rows per INSERT, no save(), no signals) on top of the
demo data: its regions, offices, penyuluh, courses with their quizzes and the skills rubric.

- WKSBM are spread round-robin over the kelurahan/desa of both demo offices, with the next free
  `<kelurahan code>-<n>` codes (what `Wksbm.save` would give, computed once for all).
- Pengurus accounts have numbers +62 899 xxxx xxxx (the demo and the tests use 0811-0813) and an
  unusable password; their terms run from before the last 13 months, ketua, sekretaris and
  bendahara first.
- Every national demo course is assigned to every WKSBM (the offices' starter modules are not).
- Every WKSBM gets a profile (ability, engagement) from the seeded generator and its pengurus vary
  around it, so readiness levels differ: pre-tests, post-tests (retaken up to the quiz's limit) and
  self-assessments over the last 12 months, lessons completed, rubric observations on the
  keterampilan course, pembinaan sessions and their attendance.
- Each pengurus answers exactly `answers_per_pengurus` questions: whole submitted attempts, and the
  last one left in progress with the answers saved so far when it does not fit whole. A quiz's
  questions are snapshotted once (`questions_snapshot`) and that snapshot is reused by every attempt.
"""

import datetime
import itertools
import random
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal

from django.contrib.auth.hashers import make_password
from django.db import connection, transaction
from django.db.models import Max, Q
from django.utils import timezone

from assessments.attempts import questions_snapshot
from assessments.choices import QuestionType, QuizKind
from assessments.models import (
    Answer,
    Attempt,
    Attendance,
    Observation,
    ObservationLevel,
    PembinaanSession,
    QuizPage,
    Rubric,
)
from assessments.scoring import Graded, attempt_score, observation_score, question_credit
from courses.models import Assignment, CoursePage, LessonPage, LessonProgress
from lms.models import User
from lms.roles import Role
from wksbm.models import DinsosOffice, Jabatan, Pengurus, Region, Wksbm

from . import files
from .people import OFFICES

PHONE_PREFIX = "+62899"  # Tri's 0899: no demo, test or staff number starts so
PHONE_DIGITS = 8
HISTORY_DAYS = 365
TERMS_START_DAYS = 400  # every term starts before any synthetic evidence
BATCH = 2000
ANSWER_BATCH = 5000
FLUSH_ANSWERS = 50_000  # answers held in memory before their attempts and they are written

JABATAN_ORDER = [
    Jabatan.KETUA,
    Jabatan.SEKRETARIS,
    Jabatan.BENDAHARA,
    Jabatan.WAKIL_KETUA,
    Jabatan.SEKSI,
    Jabatan.SEKSI,
]
GIVEN_NAMES = [
    "Agus", "Budi", "Dewi", "Eko", "Fitri", "Hadi", "Indah", "Joko", "Kartini", "Lestari",
    "Mulyono", "Nur", "Puji", "Rahmat", "Siti", "Teguh", "Umi", "Wahyu", "Yuni", "Zainal",
]  # fmt: skip
FAMILY_NAMES = [
    "Santoso", "Wibowo", "Rahayu", "Hidayat", "Lestari", "Saputra", "Kurniawan", "Handayani",
    "Pratama", "Susanti", "Nugroho", "Marlina", "Setiawan", "Wulandari", "Harahap", "Siregar",
]  # fmt: skip


class ScaleSeedRefused(Exception):
    """The database is not ready for, or already holds, synthetic data; the message says why."""


@dataclass(frozen=True)
class Profile:
    ability: float  # chance of answering a question right before learning, 0-1
    engagement: float  # how much of the programme is taken part in, 0-1


@dataclass(frozen=True)
class QuestionOptions:
    """What a learner may answer to one snapshot question, with the credit each earns."""

    question_id: int | None
    points: Decimal
    right: tuple = (None, Decimal(0))  # (response, credit)
    wrong: tuple = (None, Decimal(0))
    likert: tuple = ()  # (response, credit) for agreement 1..5, reverse scoring applied


@dataclass
class QuizPlan:
    quiz: QuizPage
    course_id: int
    snapshot: list[dict]
    options: list[QuestionOptions]

    @property
    def kind(self) -> str:
        return self.quiz.kind


@dataclass
class Demo:
    courses: list[CoursePage]
    quizzes: dict[int, dict[str, QuizPlan]]  # course pk -> quiz kind -> plan
    lessons: dict[int, list[int]]  # course pk -> lesson pks in order
    skills_course: CoursePage
    rubric: Rubric
    criteria: list
    kelurahan: list[str]
    penyuluh: dict[str, int | None]  # office code -> a penyuluh's user pk


@dataclass
class Term:
    wksbm: Wksbm
    user: User
    profile: Profile
    pengurus: Pengurus | None = None


@dataclass
class Steps:
    """Counts and seconds per step, reported as each step ends."""

    report: Callable[[str, dict, float], None] | None = None
    counts: dict = field(default_factory=dict)

    def done(self, step: str, counts: dict, started: float) -> None:
        self.counts |= counts
        if self.report:
            self.report(step, counts, time.perf_counter() - started)


def demo_missing() -> str | None:
    """What of the demo data seed_scale needs is missing, or None."""
    slugs = files.national_course_slugs()
    courses = CoursePage.objects.filter(slug__in=slugs)
    if courses.count() != len(slugs):
        return "the demo courses"
    kinds = {QuizKind.PRE_TEST, QuizKind.POST_TEST, QuizKind.SELF_ASSESSMENT}
    for course in courses:
        if set(QuizPage.objects.child_of(course).values_list("kind", flat=True)) != kinds:
            return f"the quizzes of {course.slug}"
    if not Rubric.objects.filter(name=files.rubric()["name"], office=None).exists():
        return "the demo rubric"
    if DinsosOffice.objects.filter(region_id__in=OFFICES).count() != len(OFFICES):
        return "the demo offices"
    return None


def _options(question: dict) -> QuestionOptions:
    """The right and a wrong response (or the five Likert ones) to a snapshot question, graded."""
    kind, choices = question["type"], question["choices"]
    base = {"question_id": question["question_id"], "points": Decimal(question["points"])}
    if kind == QuestionType.LIKERT:
        responses = [6 - agree if question["reverse_scored"] else agree for agree in range(1, 6)]
        return QuestionOptions(**base, likert=tuple((r, question_credit(question, r)) for r in responses))
    best = max(choices, key=lambda c: Decimal(c["fraction"]))
    if kind == QuestionType.MULTIPLE:
        good = [c["id"] for c in choices if Decimal(c["fraction"]) > 0]
        bad = [c["id"] for c in choices if Decimal(c["fraction"]) <= 0]
        right, wrong = good, good[:1] + bad[:1]
    elif kind in (QuestionType.SINGLE, QuestionType.TRUE_FALSE):
        others = [c["id"] for c in choices if c["id"] != best["id"]]
        right, wrong = [best["id"]], others[:1]
    elif kind == QuestionType.NUMERIC:
        right, wrong = best["text"], str(Decimal(best["text"]) + 5000)
    else:
        right, wrong = best["text"], "tidak tahu"
    return QuestionOptions(
        **base,
        right=(right, question_credit(question, right)),
        wrong=(wrong, question_credit(question, wrong)),
    )


def _demo(rng: random.Random) -> Demo:
    courses = list(CoursePage.objects.filter(slug__in=files.national_course_slugs()).order_by("path"))
    quizzes = {}
    for course in courses:
        quizzes[course.pk] = {}
        for quiz in QuizPage.objects.child_of(course).filter(kind__in=list(QuizKind)).order_by("path"):
            snapshot = questions_snapshot(quiz, rng)
            if not snapshot:
                raise ScaleSeedRefused(f"The quiz {quiz.title} of {course.slug} has no questions.")
            quizzes[course.pk].setdefault(
                quiz.kind, QuizPlan(quiz, course.pk, snapshot, [_options(q) for q in snapshot])
            )
    lessons = {
        course.pk: list(
            LessonPage.objects.live().child_of(course).order_by("path").values_list("pk", flat=True)
        )
        for course in courses
    }
    rubric_data = files.rubric()
    rubric = Rubric.objects.get(name=rubric_data["name"], office=None)
    in_offices = Q()
    for code in OFFICES:
        in_offices |= Q(code__startswith=f"{code}.")
    kelurahan = list(
        Region.objects.filter(in_offices, level=Region.Level.KELURAHAN_DESA)
        .order_by("code")
        .values_list("code", flat=True)
    )
    if not kelurahan:
        raise ScaleSeedRefused("The demo offices have no kelurahan/desa: run seed_demo first.")
    penyuluh = {
        code: User.objects.filter(role=Role.PENYULUH, office__region_id=code)
        .order_by("pk")
        .values_list("pk", flat=True)
        .first()
        for code in OFFICES
    }
    return Demo(
        courses=courses,
        quizzes=quizzes,
        lessons=lessons,
        skills_course=next(c for c in courses if c.slug == rubric_data["course"]),
        rubric=rubric,
        criteria=list(rubric.criteria.all()),
        kelurahan=kelurahan,
        penyuluh=penyuluh,
    )


def _clamp(value: float, low: float = 0.0, high: float = 1.0) -> float:
    return max(low, min(high, value))


def _moment(rng: random.Random, now: datetime.datetime, *, days: int = HISTORY_DAYS) -> datetime.datetime:
    """A random time in the last `days` days, at least an hour ago."""
    return now - datetime.timedelta(seconds=rng.randint(3600, days * 86400))


def _day(rng: random.Random, today: datetime.date, *, days: int = HISTORY_DAYS - 5) -> datetime.date:
    return today - datetime.timedelta(days=rng.randint(1, days))


def _wksbm_step(demo: Demo, count: int, rng: random.Random, today: datetime.date) -> list[Wksbm]:
    taken = defaultdict(set)
    for code in Wksbm.objects.filter(kelurahan_id__in=demo.kelurahan).values_list("code", flat=True):
        kelurahan, _, number = code.rpartition("-")
        if number.isdigit():
            taken[kelurahan].add(int(number))
    names = dict(Region.objects.filter(code__in=demo.kelurahan).values_list("code", "name"))
    networks = []
    for n in range(count):
        kelurahan = demo.kelurahan[n % len(demo.kelurahan)]
        number = next(i for i in itertools.count(1) if i not in taken[kelurahan])
        taken[kelurahan].add(number)
        founded_on = today - datetime.timedelta(days=rng.randint(TERMS_START_DAYS + 30, 3000))
        networks.append(
            Wksbm(
                code=f"{kelurahan}-{number}",
                name=f"WKSBM Uji {names[kelurahan]} {number}"[:150],
                kelurahan_id=kelurahan,
                founded_on=founded_on,
                decree_number=f"188/UJI-{n + 1}/{founded_on.year}",
            )
        )
    return Wksbm.objects.bulk_create(networks, batch_size=BATCH)


def _first_phone_number() -> int:
    last = User.objects.filter(phone__startswith=PHONE_PREFIX).aggregate(last=Max("phone"))["last"]
    return int(last[len(PHONE_PREFIX) :]) + 1 if last else 1


def _terms_step(
    networks: list[Wksbm], per_wksbm: int, rng: random.Random, now: datetime.datetime
) -> list[Term]:
    number = _first_phone_number()
    if number + len(networks) * per_wksbm > 10**PHONE_DIGITS:
        raise ScaleSeedRefused("No synthetic phone numbers are left.")
    password = make_password(None)  # unusable; one random suffix for all is enough for fake accounts
    terms = []
    for network in networks:
        profile = Profile(ability=rng.uniform(0.3, 0.95), engagement=rng.uniform(0.3, 1.0))
        for _ in range(per_wksbm):
            person = Profile(
                ability=_clamp(profile.ability + rng.gauss(0, 0.08), 0.05),
                engagement=_clamp(profile.engagement + rng.gauss(0, 0.12)),
            )
            user = User(
                phone=f"{PHONE_PREFIX}{number:0{PHONE_DIGITS}d}",
                name=f"{rng.choice(GIVEN_NAMES)} {rng.choice(FAMILY_NAMES)}",
                role=Role.PENGURUS,
                password=password,
                date_joined=now - datetime.timedelta(days=TERMS_START_DAYS + rng.randint(0, 30)),
            )
            terms.append(Term(wksbm=network, user=user, profile=person))
            number += 1
    User.objects.bulk_create([term.user for term in terms], batch_size=BATCH)
    return terms


def _pengurus_step(terms: list[Term], rng: random.Random, today: datetime.date) -> int:
    latest_start = today - datetime.timedelta(days=TERMS_START_DAYS)
    position = Counter()
    for term in terms:
        index = position[term.wksbm.pk]
        position[term.wksbm.pk] += 1
        founded_on = term.wksbm.founded_on
        span = (latest_start - founded_on).days
        term.pengurus = Pengurus(
            user=term.user,
            wksbm=term.wksbm,
            jabatan=JABATAN_ORDER[index] if index < len(JABATAN_ORDER) else Jabatan.ANGGOTA,
            active_from=founded_on + datetime.timedelta(days=rng.randint(0, max(0, span))),
        )
    Pengurus.objects.bulk_create([term.pengurus for term in terms], batch_size=BATCH)
    return len(terms)


def _assignments_step(demo: Demo, networks: list[Wksbm], rng: random.Random, now: datetime.datetime) -> int:
    rows = [
        Assignment(
            course=course,
            wksbm=network,
            assigned_by_id=demo.penyuluh.get(network.office_code),
            assigned_at=now - datetime.timedelta(days=HISTORY_DAYS + rng.randint(1, 30)),
        )
        for network in networks
        for course in demo.courses
    ]
    Assignment.objects.bulk_create(rows, batch_size=BATCH)
    return len(rows)


def _progress_step(demo: Demo, terms: list[Term], rng: random.Random, now: datetime.datetime) -> int:
    rows = []
    for term in terms:
        for lessons in demo.lessons.values():
            done = (
                len(lessons) if rng.random() < term.profile.engagement else rng.randint(0, len(lessons) - 1)
            )
            rows.extend(
                LessonProgress(user=term.user, lesson_id=lesson, completed_at=_moment(rng, now))
                for lesson in lessons[:done]
            )
    LessonProgress.objects.bulk_create(rows, batch_size=ANSWER_BATCH)
    return len(rows)


def _sessions_step(demo: Demo, terms: list[Term], rng: random.Random, today: datetime.date) -> dict[str, int]:
    by_wksbm = defaultdict(list)
    for term in terms:
        by_wksbm[term.wksbm].append(term)
    topics = files.session_topics()
    sessions, attendees = [], []
    for network, members in by_wksbm.items():
        for n in range(rng.randint(2, 8)):
            session = PembinaanSession(
                wksbm=network,
                held_on=_day(rng, today),
                topic=topics[n % len(topics)],
                facilitator_id=demo.penyuluh.get(network.office_code),
            )
            sessions.append(session)
            chance = [_clamp(t.profile.engagement + rng.gauss(0, 0.1)) for t in members]
            attendees.append([t.user for t, p in zip(members, chance, strict=True) if rng.random() < p])
    PembinaanSession.objects.bulk_create(sessions, batch_size=BATCH)
    rows = [
        Attendance(session=session, user=user)
        for session, present in zip(sessions, attendees, strict=True)
        for user in present
    ]
    Attendance.objects.bulk_create(rows, batch_size=ANSWER_BATCH)
    return {"sessions": len(sessions), "attendance": len(rows)}


def _observations_step(
    demo: Demo, terms: list[Term], rng: random.Random, today: datetime.date
) -> dict[str, int]:
    observations, levels = [], []
    for term in terms:
        if rng.random() >= 0.3 + 0.5 * term.profile.engagement:
            continue
        for _ in range(rng.randint(1, 2)):
            given = [
                round(_clamp(1 + 3 * term.profile.ability + rng.gauss(0, 0.5), 1, 4)) for _ in demo.criteria
            ]
            observations.append(
                Observation(
                    user=term.user,
                    wksbm=term.wksbm,
                    course=demo.skills_course,
                    rubric=demo.rubric,
                    observed_on=_day(rng, today),
                    observer_id=demo.penyuluh.get(term.wksbm.office_code),
                    score=observation_score(given),
                )
            )
            levels.append(given)
    Observation.objects.bulk_create(observations, batch_size=BATCH)
    rows = [
        ObservationLevel(
            observation=observation, criterion=criterion, criterion_name=criterion.name, level=level
        )
        for observation, given in zip(observations, levels, strict=True)
        for criterion, level in zip(demo.criteria, given, strict=True)
    ]
    ObservationLevel.objects.bulk_create(rows, batch_size=ANSWER_BATCH)
    return {"observations": len(observations), "observation levels": len(rows)}


def _plan(demo: Demo, profile: Profile, rng: random.Random) -> Iterator[tuple[QuizPlan, float]]:
    """(quiz, skill) in the order one pengurus takes them: per course a pre-test, the post-test when
    they get that far and a self-assessment; then post-test retakes within the quiz's limit; then
    self-assessments again and again (monthly check-ins) for as long as the caller takes more."""
    courses = list(demo.quizzes.values())
    rng.shuffle(courses)
    commitment = _clamp(0.25 + 0.75 * profile.engagement + rng.gauss(0, 0.05))
    reached = []
    for quizzes in courses:
        yield quizzes[QuizKind.PRE_TEST], profile.ability * 0.7
        if rng.random() < profile.engagement:
            reached.append(quizzes[QuizKind.POST_TEST])
            yield quizzes[QuizKind.POST_TEST], _clamp(profile.ability + 0.1)
        if rng.random() < 0.4 + 0.6 * profile.engagement:
            yield quizzes[QuizKind.SELF_ASSESSMENT], commitment
    for retake in (1, 2):
        for post in reached:
            if (post.quiz.max_attempts == 0 or retake < post.quiz.max_attempts) and rng.random() < 0.5:
                yield post, _clamp(profile.ability + 0.1 + 0.05 * retake)
    for quizzes in itertools.cycle(courses):
        yield quizzes[QuizKind.SELF_ASSESSMENT], commitment


def _answer(option: QuestionOptions, skill: float, rng: random.Random) -> tuple:
    if option.likert:
        agree = round(_clamp(1 + 4 * skill + rng.gauss(0, 0.7), 1, 5))
        return option.likert[agree - 1]
    return option.right if rng.random() < skill else option.wrong


def _attempts_of(
    demo: Demo, term: Term, budget: int, rng: random.Random, now: datetime.datetime
) -> list[tuple[Attempt, list[tuple]]]:
    taken = []
    for plan, skill in _plan(demo, term.profile, rng):
        if budget <= 0:
            break
        given = [_answer(option, skill, rng) for option in plan.options[:budget]]
        taken.append((plan, given, len(given) == len(plan.options)))
        budget -= len(given)
    starts = sorted(_moment(rng, now) for _ in taken)
    numbers = Counter()
    result = []
    for (plan, given, whole), started_at in zip(taken, starts, strict=True):
        numbers[plan.quiz.pk] += 1
        quiz = plan.quiz
        saved_at = min(now, started_at + datetime.timedelta(minutes=rng.randint(3, 15)))
        attempt = Attempt(
            quiz=quiz,
            course_id=plan.course_id,
            kind=quiz.kind,
            user=term.user,
            number=numbers[quiz.pk],
            questions=plan.snapshot,
            pass_mark=quiz.pass_mark if quiz.graded else None,
            started_at=started_at,
            deadline=started_at + datetime.timedelta(minutes=quiz.time_limit_minutes)
            if quiz.time_limit_minutes
            else None,
        )
        if whole:  # submitted and graded; a partial one is still in progress, its answers ungraded
            attempt.score = attempt_score(
                [
                    Graded(credit=credit, points=o.points)
                    for (_, credit), o in zip(given, plan.options, strict=True)
                ]
            )
            attempt.passed = None if attempt.pass_mark is None else attempt.score >= attempt.pass_mark
            attempt.submitted_at = saved_at + datetime.timedelta(minutes=1)
        answers = [
            (position, plan.options[position].question_id, response, credit if whole else None, saved_at)
            for position, (response, credit) in enumerate(given)
        ]
        result.append((attempt, answers))
    return result


def _flush(pending: list[tuple[Attempt, list[tuple]]]) -> tuple[int, int]:
    Attempt.objects.bulk_create([attempt for attempt, _ in pending], batch_size=500)
    answers = [
        Answer(attempt_id=attempt.pk, position=p, question_id=q, response=r, credit=c, saved_at=s)
        for attempt, rows in pending
        for p, q, r, c, s in rows
    ]
    Answer.objects.bulk_create(answers, batch_size=ANSWER_BATCH)
    return len(pending), len(answers)


def _attempts_step(
    demo: Demo, terms: list[Term], per_pengurus: int, rng: random.Random, now: datetime.datetime
) -> dict[str, int]:
    attempts = answers = 0
    pending, held = [], 0
    for term in terms:
        taken = _attempts_of(demo, term, per_pengurus, rng, now)
        pending.extend(taken)
        held += sum(len(rows) for _, rows in taken)
        if held >= FLUSH_ANSWERS:
            written = _flush(pending)
            attempts, answers = attempts + written[0], answers + written[1]
            pending, held = [], 0
    if pending:
        written = _flush(pending)
        attempts, answers = attempts + written[0], answers + written[1]
    return {"attempts": attempts, "answers": answers}


def _analyze() -> None:
    """Fresh planner statistics for the tables just filled, as autovacuum would give them a little
    later: until then the readiness query is planned for empty tables and can take minutes."""
    models = [User, Wksbm, Pengurus, Assignment, LessonProgress, PembinaanSession, Attendance]
    models += [Observation, ObservationLevel, Attempt, Answer]
    with connection.cursor() as cursor:
        for model in models:
            cursor.execute(f"ANALYZE {connection.ops.quote_name(model._meta.db_table)}")


def scale_seed(
    *,
    wksbm: int,
    pengurus_per_wksbm: int,
    answers_per_pengurus: int,
    seed: int = 2026,
    force: bool = False,
    report: Callable[[str, dict, float], None] | None = None,
) -> dict[str, int]:
    """Add `wksbm` synthetic WKSBM with their pengurus and evidence, in one transaction.

    Refuses (ScaleSeedRefused) when the demo data is missing, or when synthetic pengurus exist
    already unless `force`, which adds another set after them. `report(step, counts, seconds)`
    is called as each step ends.
    """
    if min(wksbm, pengurus_per_wksbm) < 1 or answers_per_pengurus < 0:
        raise ScaleSeedRefused("Give at least one WKSBM and one pengurus per WKSBM.")
    missing = demo_missing()
    if missing:
        raise ScaleSeedRefused(f"Missing {missing}: run seed_demo first.")
    if not force and User.objects.filter(phone__startswith=PHONE_PREFIX).exists():
        raise ScaleSeedRefused(
            "This database already holds synthetic pengurus (phones +62899...); use --force to add more."
        )
    rng = random.Random(seed)  # noqa: S311 (reproducible synthetic data, not security)
    now, today = timezone.now(), timezone.localdate()
    steps = Steps(report=report)
    with transaction.atomic():
        started = time.perf_counter()
        demo = _demo(rng)
        steps.done(
            "demo quizzes", {"question snapshots": sum(len(q) for q in demo.quizzes.values())}, started
        )
        started = time.perf_counter()
        networks = _wksbm_step(demo, wksbm, rng, today)
        steps.done("wksbm", {"wksbm": len(networks)}, started)
        started = time.perf_counter()
        terms = _terms_step(networks, pengurus_per_wksbm, rng, now)
        steps.done("users", {"users": len(terms)}, started)
        started = time.perf_counter()
        steps.done("pengurus", {"pengurus": _pengurus_step(terms, rng, today)}, started)
        started = time.perf_counter()
        steps.done("assignments", {"assignments": _assignments_step(demo, networks, rng, now)}, started)
        started = time.perf_counter()
        steps.done("lesson progress", {"lesson progress": _progress_step(demo, terms, rng, now)}, started)
        started = time.perf_counter()
        steps.done("sessions", _sessions_step(demo, terms, rng, today), started)
        started = time.perf_counter()
        steps.done("observations", _observations_step(demo, terms, rng, today), started)
        started = time.perf_counter()
        steps.done("attempts", _attempts_step(demo, terms, answers_per_pengurus, rng, now), started)
    if connection.vendor == "postgresql":
        started = time.perf_counter()
        _analyze()
        steps.done("analyze", {}, started)
    return steps.counts
