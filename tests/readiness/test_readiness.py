"""The readiness method on small cases computed by hand, one rule at a time (DESIGN.md section 4).

Every case runs on SQLite and on PostgreSQL in CI; the figures must be the same on both.
"""

import datetime
from decimal import Decimal

from django.utils import timezone

import pytest

from assessments.attempts import attempt_start, attempt_submit
from assessments.choices import QuestionType, QuizKind
from assessments.models import Attempt, Attendance, Observation, PembinaanSession
from courses.models import Assignment, LessonPage, LessonProgress
from courses.sections import office_section_ensure
from readiness.choices import Level
from readiness.score import ReadinessParameters, pengurus_readiness, wksbm_readiness
from tests.factories import PengurusFactory, WksbmFactory
from tests.factories.assessments import make_bank, make_question, make_quiz, make_rubric
from tests.factories.courses import ensure_home_page, make_course

pytestmark = pytest.mark.django_db

AS_OF = datetime.date(2026, 6, 30)


def moment(days_before=10):
    """A time `days_before` AS_OF, at noon."""
    day = AS_OF - datetime.timedelta(days=days_before)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(12)))


class Setup:
    """A Magelang section with courses per pillar and one WKSBM; helpers record evidence directly."""

    def __init__(self, world):
        ensure_home_page()
        self.section = office_section_ensure(world.magelang)
        self.bank = make_bank(office=world.magelang)
        self.wksbm = WksbmFactory(name="WKSBM Uji", kelurahan_code="33.71.02.1003")
        self.quizzes = {}

    def course(self, pillar, title=None, lessons=2):
        course = make_course(
            self.section,
            title=title or f"Kursus {pillar} {len(self.quizzes)}",
            pillar=pillar,
            lessons=lessons,
        )
        question = make_question(self.bank, QuestionType.SINGLE, choices=[("Ya", 100), ("Tidak", 0)])
        self.quizzes[course.pk] = make_quiz(course, [question], title=f"Post-test {course.pk}")
        return course

    def assign(self, course, *, to=None, at=None):
        target = {"user": to} if to else {"wksbm": self.wksbm}
        return Assignment.objects.create(course=course, assigned_at=at or moment(100), **target)

    def pengurus(self, jabatan="anggota", **fields):
        return PengurusFactory(wksbm=self.wksbm, jabatan=jabatan, **fields).user

    def attempt(self, user, course, score, *, kind=QuizKind.POST_TEST, when=None):
        when = when or moment()
        number = Attempt.objects.filter(user=user, quiz=self.quizzes[course.pk]).count() + 1
        return Attempt.objects.create(
            quiz=self.quizzes[course.pk],
            course=course,
            kind=kind,
            user=user,
            number=number,
            questions=[],
            started_at=when,
            submitted_at=when,
            score=Decimal(score),
        )

    def observation(self, user, course, score, *, on=None, rubric=None):
        return Observation.objects.create(
            user=user,
            wksbm=self.wksbm,
            course=course,
            rubric=rubric or make_rubric(),
            observed_on=on or AS_OF - datetime.timedelta(days=5),
            score=Decimal(score),
        )

    def complete(self, user, course):
        for lesson in LessonPage.objects.child_of(course):
            LessonProgress.objects.create(user=user, lesson=lesson, completed_at=moment(20))

    def session(self, attendees, *, days_before=30):
        session = PembinaanSession.objects.create(
            wksbm=self.wksbm, held_on=AS_OF - datetime.timedelta(days=days_before), topic="Rapat"
        )
        Attendance.objects.bulk_create(Attendance(session=session, user=user) for user in attendees)
        return session

    def row(self, settings=None):
        (row,) = wksbm_readiness(
            type(self.wksbm).objects.filter(pk=self.wksbm.pk), as_of=AS_OF, settings=settings
        )
        return row

    def people(self, settings=None):
        rows = pengurus_readiness(
            type(self.wksbm).objects.filter(pk=self.wksbm.pk), as_of=AS_OF, settings=settings
        )
        return {row.user_id: row for row in rows}


def test_core_officers_weigh_double(setup):
    course = setup.course("pengetahuan")
    setup.assign(course)
    ketua, anggota = setup.pengurus("ketua"), setup.pengurus("anggota")
    setup.attempt(ketua, course, 90)
    setup.attempt(anggota, course, 60)
    assert setup.row().pengetahuan == pytest.approx((2 * 90 + 1 * 60) / 3)  # 80


def test_the_best_post_test_counts_and_a_never_attempted_module_counts_zero(setup):
    first, second = setup.course("pengetahuan"), setup.course("pengetahuan")
    setup.assign(first)
    setup.assign(second)
    person = setup.pengurus()
    setup.attempt(person, first, 60)
    setup.attempt(person, first, 80)
    setup.attempt(person, first, 95, kind=QuizKind.PRE_TEST)  # pre-tests never count
    assert setup.people()[person.pk].pengetahuan == pytest.approx(40)  # (80 + 0) / 2


def test_evidence_outside_the_window_is_ignored(setup):
    course = setup.course("pengetahuan")
    setup.assign(course, at=moment(900))
    person = setup.pengurus()
    setup.attempt(person, course, 90, when=moment(731))
    setup.attempt(person, course, 70, when=moment(-1))  # after the as-of date
    row = setup.people()[person.pk]
    assert row.pengetahuan == 0 and not row.evidence["pengetahuan"]
    wider = setup.people(ReadinessParameters(window_days=800))[person.pk]
    assert wider.pengetahuan == 90 and wider.evidence["pengetahuan"]


def test_assignments_made_after_the_as_of_date_do_not_count(setup):
    early, late = setup.course("pengetahuan"), setup.course("pengetahuan")
    setup.assign(early)
    setup.assign(late, at=moment(-3))
    person = setup.pengurus()
    setup.attempt(person, early, 70)
    assert setup.people()[person.pk].pengetahuan == 70


def test_an_individual_assignment_counts_like_one_to_the_wksbm(setup):
    course = setup.course("pengetahuan")
    person, other = setup.pengurus(), setup.pengurus()
    setup.assign(course, to=person)
    setup.attempt(person, course, 50)
    people = setup.people()
    assert people[person.pk].pengetahuan == 50
    assert people[other.pk].pengetahuan is None  # nothing of that pillar assigned to them


def test_skills_are_the_mean_of_the_scenario_post_test_and_the_latest_observation(setup):
    course = setup.course("keterampilan")
    setup.assign(course)
    both, quiz_only, observed_only = setup.pengurus(), setup.pengurus(), setup.pengurus()
    setup.attempt(both, course, 60)
    setup.observation(both, course, 40, on=AS_OF - datetime.timedelta(days=60))
    setup.observation(both, course, 90)  # the latest observation replaces the earlier one
    setup.attempt(quiz_only, course, 70)
    setup.observation(observed_only, course, Decimal("66.667"))
    people = setup.people()
    assert people[both.pk].keterampilan == pytest.approx(75)
    assert people[quiz_only.pk].keterampilan == pytest.approx(70)
    assert people[observed_only.pk].keterampilan == pytest.approx(66.667)
    assert people[observed_only.pk].evidence["keterampilan"]


def test_commitment_uses_a_reverse_scored_self_assessment_graded_on_the_server(setup):
    course = setup.course("komitmen")
    statements = [
        make_question(setup.bank, QuestionType.LIKERT, text="Saya hadir di setiap rapat."),
        make_question(
            setup.bank, QuestionType.LIKERT, text="Urusan warga bukan tugas saya.", reverse_scored=True
        ),
    ]
    quiz = make_quiz(course, statements, title="Penilaian diri", kind=QuizKind.SELF_ASSESSMENT)
    person = setup.pengurus()
    attempt = attempt_start(quiz=quiz, user=person, now=moment(9))
    attempt_submit(key=attempt.key, user=person, responses={0: "4", 1: "2"}, now=moment(9))
    # (4 - 1) / 4 = 75 and the reverse item 6 - 2 = 4 -> 75: the self-assessment scores 75.
    row = setup.people()[person.pk]
    assert row.self_assessment == pytest.approx(75)
    assert row.komitmen == pytest.approx(75)  # nothing assigned, no sessions: the only part defined
    assert row.evidence["komitmen"]


def test_the_latest_self_assessment_in_the_window_counts(setup):
    course = setup.course("komitmen")
    person = setup.pengurus()
    setup.attempt(person, course, 90, kind=QuizKind.SELF_ASSESSMENT, when=moment(40))
    setup.attempt(person, course, 60, kind=QuizKind.SELF_ASSESSMENT, when=moment(4))
    assert setup.people()[person.pk].self_assessment == 60


def test_participation_is_the_share_of_assigned_modules_completed(setup):
    done, started = setup.course("pengetahuan"), setup.course("keterampilan")
    setup.assign(done)
    setup.assign(started)
    person = setup.pengurus()
    setup.complete(person, done)
    LessonProgress.objects.create(
        user=person, lesson=LessonPage.objects.child_of(started).first(), completed_at=moment(5)
    )
    setup.attempt(person, done, 80, kind=QuizKind.SELF_ASSESSMENT)
    row = setup.people()[person.pk]
    assert row.participation == pytest.approx(50)
    assert row.komitmen == pytest.approx(65)  # (80 + 50) / 2


def test_attendance_counts_sessions_held_while_the_pengurus_was_active(setup):
    newcomer = setup.pengurus(active_from=AS_OF - datetime.timedelta(days=100))
    setup.session([], days_before=200)  # before the newcomer joined: not counted
    setup.session([newcomer], days_before=90)
    setup.session([newcomer], days_before=60)
    setup.session([], days_before=30)
    setup.session([newcomer], days_before=10)
    row = setup.people()[newcomer.pk]
    assert row.attendance == pytest.approx(75)
    assert row.komitmen == pytest.approx(75)


def test_coverage_is_the_share_of_active_pengurus_with_evidence_in_every_pillar(setup):
    knowledge, skills = setup.course("pengetahuan"), setup.course("keterampilan")
    complete, partial = setup.pengurus(), setup.pengurus()
    setup.pengurus(active_to=AS_OF)  # left on the as-of date: not active, not counted
    setup.attempt(complete, knowledge, 50)
    setup.observation(complete, skills, 50)
    setup.attempt(complete, knowledge, 50, kind=QuizKind.SELF_ASSESSMENT)
    setup.attempt(partial, knowledge, 90)
    row = setup.row()
    assert row.active_pengurus == 2
    assert row.coverage == 50


def level_case(setup, *, knowledge, skills, commitment, coverage_people=1):
    """One pengurus with every pillar at the given score (plus people without evidence to lower
    coverage): participation is 100 and the self-assessment makes komitmen what is asked."""
    knowledge_course, skills_course = setup.course("pengetahuan"), setup.course("keterampilan")
    setup.assign(knowledge_course)
    setup.assign(skills_course)
    person = setup.pengurus("ketua")
    for course in (knowledge_course, skills_course):
        setup.complete(person, course)
    setup.attempt(person, knowledge_course, knowledge)
    setup.attempt(person, skills_course, skills)
    setup.attempt(person, knowledge_course, 2 * Decimal(commitment) - 100, kind=QuizKind.SELF_ASSESSMENT)
    return setup.row()


@pytest.mark.parametrize(
    "knowledge, skills, commitment, level",
    [
        (80, 80, 80, Level.READY),  # readiness exactly 80, every pillar >= 70
        (95, 75, 70, Level.READY),  # a pillar exactly 70
        (100, 69, 71, Level.ALMOST_READY),  # readiness 80 but a pillar under 70
        (65, 65, 65, Level.ALMOST_READY),  # exactly 65
        (70, 60, 64.5, Level.NEEDS_PEMBINAAN),  # 64.833...
    ],
)
def test_each_level_boundary(setup, knowledge, skills, commitment, level):
    row = level_case(setup, knowledge=knowledge, skills=skills, commitment=Decimal(str(commitment)))
    assert row.readiness == pytest.approx((knowledge + skills + commitment) / 3, abs=1e-6)
    assert row.coverage == 100
    assert row.level == level


def test_coverage_under_half_or_an_undefined_pillar_means_not_enough_data(setup):
    row = level_case(setup, knowledge=90, skills=90, commitment=90)
    assert row.level == Level.READY
    # A newcomer with no evidence: their assigned modules count 0 and so does their participation.
    # Pillars (2 x 90 + 1 x 0) / 3 = 60; coverage 1 of 2 = 50, which is still enough data.
    setup.pengurus()
    row = setup.row()
    assert (row.readiness, row.coverage, row.level) == (pytest.approx(60), 50, Level.NEEDS_PEMBINAAN)
    setup.pengurus()  # coverage 1 of 3
    row = setup.row()
    assert row.coverage == pytest.approx(33.333333)
    assert row.level == Level.NOT_ENOUGH_DATA


def test_a_wksbm_with_no_skills_module_assigned_has_no_readiness(setup):
    course = setup.course("pengetahuan")
    setup.assign(course)
    person = setup.pengurus()
    setup.attempt(person, course, 90)
    row = setup.row()
    assert row.keterampilan is None and row.readiness is None
    assert row.level == Level.NOT_ENOUGH_DATA


def test_an_empty_wksbm_has_zero_coverage(setup):
    row = setup.row()
    assert (row.active_pengurus, row.coverage, row.readiness, row.level) == (
        0,
        0,
        None,
        Level.NOT_ENOUGH_DATA,
    )


def test_pillar_weights_change_the_readiness(setup):
    level_case(setup, knowledge=90, skills=60, commitment=60)
    weighted = setup.row(ReadinessParameters(weight_pengetahuan=Decimal(2)))
    assert weighted.readiness == pytest.approx((2 * 90 + 60 + 60) / 4)


def test_readiness_is_one_query_whatever_the_number_of_wksbm(setup, django_assert_num_queries):
    course = setup.course("pengetahuan")
    for _ in range(5):
        wksbm = WksbmFactory(kelurahan_code="33.71.02.1003")
        PengurusFactory(wksbm=wksbm)
        Assignment.objects.create(course=course, wksbm=wksbm, assigned_at=moment(50))
    every = type(setup.wksbm).objects.all()
    with django_assert_num_queries(1):
        rows = wksbm_readiness(every, as_of=AS_OF)
    assert len(rows) == every.count() > 5
    with django_assert_num_queries(1):
        pengurus_readiness(every, as_of=AS_OF)


def test_the_readiness_command_prints_one_row_per_wksbm_of_the_office(setup, world):
    import csv
    import io
    import json

    from django.core.management import call_command

    level_case(setup, knowledge=80, skills=80, commitment=80)
    out = io.StringIO()
    call_command(
        "readiness", "--office", "33.71", "--as-of", AS_OF.isoformat(), "--format", "csv", stdout=out
    )
    rows = {row["wksbm"]: row for row in csv.DictReader(io.StringIO(out.getvalue()))}
    assert set(rows) == {"WKSBM Uji", world.tidar_utara.name, world.cacaban.name}  # not Kota Medan
    assert rows["WKSBM Uji"] == {
        "wksbm_id": str(setup.wksbm.pk),
        "wksbm_code": setup.wksbm.code,
        "region_code": "33.71.02.1003",
        "wksbm": "WKSBM Uji",
        "readiness": "80.0",
        "level": "Siap",
        "komitmen": "80.0",
        "pengetahuan": "80.0",
        "keterampilan": "80.0",
        "coverage": "100.0",
        "active_pengurus": "1",
    }
    out = io.StringIO()
    call_command(
        "readiness", "--region", "17.01", "--as-of", AS_OF.isoformat(), "--format", "json", stdout=out
    )
    assert [row["wksbm"] for row in json.loads(out.getvalue())] == [world.kota_medan.name]
    out = io.StringIO()
    call_command("readiness", "--as-of", AS_OF.isoformat(), stdout=out)
    assert "WKSBM Uji" in out.getvalue() and "Data belum cukup" in out.getvalue()
