"""Profil kompetensi pengurus: one person's terms, pillar scores in their current WKSBM, completed
modules, quiz attempts, observations, attendance and learning gain per module.

Everything is as of a date T (submissions and lessons up to the end of that day) and limited to
what the viewer may see: terms, observations and sessions in WKSBM of the viewer's region. A
fixed number of queries, whatever the number of terms, attempts, observations or sessions.
"""

import datetime
from collections import defaultdict
from dataclasses import dataclass

from django.db.models import Exists, F, Func, OuterRef, Q, Subquery
from django.utils.translation import gettext as _

from assessments.choices import QuizKind
from assessments.models import Attempt, Attendance, Observation, PembinaanSession
from courses.assignments import catalogue_courses
from courses.choices import Pillar
from courses.models import CoursePage, LessonPage, LessonProgress
from courses.progress import course_completed
from courses.tree import parent_path
from wksbm.models import Pengurus, Wksbm

from ..score import (
    PengurusReadiness,
    SettingsUsed,
    WksbmReadiness,
    end_of_day,
    pengurus_readiness,
    readiness_by_office,
)
from .tables import Column, ReportTable, yes_no


@dataclass(frozen=True)
class TermRow:
    term: Pengurus  # with its WKSBM and kelurahan
    current: bool  # active on the report date

    wksbm = property(lambda self: self.term.wksbm.name)
    jabatan = property(lambda self: self.term.get_jabatan_display())
    active_from = property(lambda self: self.term.active_from)
    active_to = property(lambda self: self.term.active_to)


@dataclass(frozen=True)
class PillarScores:
    """The person's readiness figures in one WKSBM where they serve on the report date."""

    term: Pengurus
    scores: PengurusReadiness
    used: SettingsUsed
    wksbm_score: WksbmReadiness

    wksbm = property(lambda self: self.term.wksbm.name)
    komitmen = property(lambda self: self.scores.komitmen)
    pengetahuan = property(lambda self: self.scores.pengetahuan)
    keterampilan = property(lambda self: self.scores.keterampilan)

    def pillars(self) -> list[tuple[str, float | None]]:
        return [
            (Pillar.KOMITMEN.label, self.komitmen),
            (Pillar.PENGETAHUAN.label, self.pengetahuan),
            (Pillar.KETERAMPILAN.label, self.keterampilan),
        ]


@dataclass(frozen=True)
class CompletedModule:
    course: CoursePage
    lessons: int
    completed_at: datetime.datetime  # when the last of its lessons was completed

    title = property(lambda self: self.course.title)
    pillar = property(lambda self: self.course.get_pillar_display())


@dataclass(frozen=True)
class LearningGain:
    """First submitted pre-test and best post-test of one module; gain in points (post - pre)."""

    course: CoursePage
    pre: float | None
    post: float | None

    title = property(lambda self: self.course.title)

    @property
    def gain(self) -> float | None:
        return None if self.pre is None or self.post is None else self.post - self.pre


@dataclass(frozen=True)
class AttendanceRow:
    session: PembinaanSession  # with its WKSBM
    present: bool

    held_on = property(lambda self: self.session.held_on)
    topic = property(lambda self: self.session.topic)
    wksbm = property(lambda self: self.session.wksbm.name)


@dataclass(frozen=True)
class PengurusProfile:
    user: object
    as_of: datetime.date
    terms: list[TermRow]  # newest first
    current: list[PillarScores]
    used: list[SettingsUsed]
    modules: list[CompletedModule]
    attempts: list[Attempt]  # newest first, with course and quiz
    observations: list[Observation]  # newest first, with course, WKSBM and observer
    attendance: list[AttendanceRow]  # newest first
    gains: list[LearningGain]

    @property
    def home_wksbm(self) -> Wksbm | None:
        """The WKSBM the profile is filed under: where they serve on the report date, else the
        last one they joined by then, else the first they will join."""
        current = [row for row in self.terms if row.current]
        started = [row for row in self.terms if row.term.active_from <= self.as_of]
        rows = current or started or self.terms[::-1]  # terms are newest first
        return rows[0].term.wksbm if rows else None


def pengurus_profile(user, *, as_of: datetime.date, viewer) -> PengurusProfile:
    """The competency profile of `user` as `viewer` may see it, as of `as_of`."""
    end = end_of_day(as_of)
    terms = list(
        Pengurus.objects.visible_to(viewer)
        .filter(user=user)
        .select_related("wksbm__kelurahan")
        .order_by("-active_from", "-pk")
    )
    term_rows = [TermRow(term, term.is_active_on(as_of)) for term in terms]
    current, used = _current_scores([row.term for row in term_rows if row.current], as_of)
    # Evidence on the viewer's own catalogue only: not what the person did in another office's courses.
    courses = catalogue_courses(viewer)
    attempts = list(
        Attempt.objects.visible_to(viewer)
        .filter(user=user, course__in=courses, submitted_at__isnull=False, submitted_at__lte=end)
        .select_related("course", "quiz")
        .order_by("-submitted_at", "-pk")
    )
    observations = list(
        Observation.objects.visible_to(viewer)
        .filter(user=user, observed_on__lte=as_of)
        .select_related("course", "wksbm", "observer")
        .order_by("-observed_on", "-pk")
    )
    return PengurusProfile(
        user=user,
        as_of=as_of,
        terms=term_rows,
        current=current,
        used=used,
        modules=_completed_modules(user, end, courses),
        attempts=attempts,
        observations=observations,
        attendance=_attendance(user, as_of, viewer),
        gains=_learning_gains(attempts),
    )


def _current_scores(terms: list[Pengurus], as_of) -> tuple[list[PillarScores], list[SettingsUsed]]:
    """Pillar scores of each current term, with the settings of its WKSBM's office: one
    readiness query per distinct set of settings, however many terms."""
    if not terms:
        return [], []
    networks = Wksbm.objects.filter(pk__in={term.wksbm_id for term in terms})
    wksbm_scores, used = readiness_by_office(networks, as_of=as_of)
    by_office = {entry.office.region_id if entry.office else None: entry for entry in used}
    settings_of = {term.wksbm_id: by_office.get(term.wksbm.office_code) or by_office[None] for term in terms}
    groups = defaultdict(set)
    for wksbm_id, entry in settings_of.items():
        groups[entry.parameters].add(wksbm_id)
    people = {}
    for parameters, ids in groups.items():
        rows = pengurus_readiness(Wksbm.objects.filter(pk__in=ids), as_of=as_of, settings=parameters)
        people |= {row.term_id: row for row in rows if row.user_id == terms[0].user_id}
    current = [
        PillarScores(term, people[term.pk], settings_of[term.wksbm_id], wksbm_scores[term.wksbm_id])
        for term in terms
        if term.pk in people
    ]
    return current, used


def _completed_modules(user, end, courses) -> list[CompletedModule]:
    """Courses `user` completed by `end` (courses.progress.course_completed) after reading at
    least one lesson, with the time the last of their live lessons was marked complete."""
    done = defaultdict(list)  # course path -> completion times of its live lessons
    for path, completed_at in LessonProgress.objects.filter(
        user=user, completed_at__lte=end, lesson__live=True
    ).values_list("lesson__path", "completed_at"):
        done[parent_path(path)].append(completed_at)
    if not done:
        return []
    live_lessons = (
        LessonPage.objects.live()
        .filter(path__startswith=OuterRef("path"), depth=OuterRef("depth") + 1)
        .order_by()
        .annotate(n=Func(F("pk"), function="COUNT"))
        .values("n")
    )
    finished = (
        courses.filter(path__in=list(done))
        .filter(course_completed(user=user, until=end))
        .annotate(lessons=Subquery(live_lessons))
    )
    modules = [CompletedModule(course, course.lessons, max(done[course.path])) for course in finished]
    return sorted(modules, key=lambda row: row.completed_at, reverse=True)


def _attendance(user, as_of, viewer) -> list[AttendanceRow]:
    """Sessions of the WKSBM `user` served in, held while they served there, up to `as_of`."""
    serving = (
        Pengurus.objects.visible_to(viewer)
        .filter(user=user, wksbm=OuterRef("wksbm"), active_from__lte=OuterRef("held_on"))
        .filter(Q(active_to__isnull=True) | Q(active_to__gt=OuterRef("held_on")))
    )
    present = Attendance.objects.filter(session=OuterRef("pk"), user=user)
    sessions = (
        PembinaanSession.objects.filter(Exists(serving), held_on__lte=as_of)
        .annotate(present=Exists(present))
        .select_related("wksbm")
        .order_by("-held_on", "-pk")
    )
    return [AttendanceRow(session, session.present) for session in sessions]


def _learning_gains(attempts: list[Attempt]) -> list[LearningGain]:
    """Per module: the first submitted pre-test and the best post-test, from the attempts loaded."""
    first_pre, best_post, courses = {}, {}, {}
    for attempt in sorted(attempts, key=lambda a: (a.submitted_at, a.pk)):
        if attempt.score is None:
            continue
        score = float(attempt.score)
        if attempt.kind == QuizKind.PRE_TEST:
            first_pre.setdefault(attempt.course_id, score)
        elif attempt.kind == QuizKind.POST_TEST:
            best_post[attempt.course_id] = max(score, best_post.get(attempt.course_id, score))
        else:
            continue
        courses[attempt.course_id] = attempt.course
    gains = [LearningGain(course, first_pre.get(pk), best_post.get(pk)) for pk, course in courses.items()]
    return sorted(gains, key=lambda row: row.title)


def pillar_table(profile: PengurusProfile) -> ReportTable:
    return ReportTable(
        name="pilar",
        title=_("Pillar scores"),
        columns=[
            Column("wksbm", _("WKSBM")),
            Column("jabatan", _("Position"), value=lambda r: r.term.get_jabatan_display()),
            Column("komitmen", str(Pillar.KOMITMEN.label), number=True),
            Column("pengetahuan", str(Pillar.PENGETAHUAN.label), number=True),
            Column("keterampilan", str(Pillar.KETERAMPILAN.label), number=True),
            Column(
                "self_assessment", _("Self-assessment"), value=lambda r: r.scores.self_assessment, number=True
            ),
            Column("participation", _("Participation"), value=lambda r: r.scores.participation, number=True),
            Column("attendance", _("Attendance"), value=lambda r: r.scores.attendance, number=True),
        ],
        rows=profile.current,
    )


def term_table(profile: PengurusProfile) -> ReportTable:
    return ReportTable(
        name="jabatan",
        title=_("Terms of office"),
        columns=[
            Column("wksbm", _("WKSBM")),
            Column("code", _("WKSBM code"), value=lambda r: r.term.wksbm.code),
            Column("jabatan", _("Position")),
            Column("active_from", _("Active from")),
            Column("active_to", _("Active until")),
            Column("current", _("Serving on the report date"), value=lambda r: yes_no(r.current)),
        ],
        rows=profile.terms,
    )


def module_table(profile: PengurusProfile) -> ReportTable:
    return ReportTable(
        name="modul",
        title=_("Completed modules"),
        columns=[
            Column("title", _("Module")),
            Column("pillar", _("Pillar")),
            Column("lessons", _("Lessons")),
            Column("completed_at", _("Completed on")),
        ],
        rows=profile.modules,
    )


def attempt_table(profile: PengurusProfile) -> ReportTable:
    return ReportTable(
        name="pengerjaan",
        title=_("Quiz attempts"),
        columns=[
            Column("course", _("Module"), value=lambda a: a.course.title),
            Column("quiz", _("Quiz"), value=lambda a: a.quiz.title),
            Column("kind", _("Kind"), value=lambda a: a.get_kind_display()),
            Column("number", _("Attempt")),
            Column("submitted_at", _("Submitted on")),
            Column("score", _("Score"), number=True),
            Column("passed", _("Passed"), value=lambda a: yes_no(a.passed)),
        ],
        rows=profile.attempts,
    )


def observation_table(profile: PengurusProfile) -> ReportTable:
    return ReportTable(
        name="observasi",
        title=_("Observations"),
        columns=[
            Column("observed_on", _("Date")),
            Column("course", _("Module"), value=lambda o: o.course.title),
            Column("wksbm", _("WKSBM"), value=lambda o: o.wksbm.name),
            Column("score", _("Score"), number=True),
            Column("observer", _("Observer"), value=lambda o: o.observer.name if o.observer else None),
        ],
        rows=profile.observations,
    )


def attendance_table(profile: PengurusProfile) -> ReportTable:
    return ReportTable(
        name="kehadiran",
        title=_("Pembinaan sessions"),
        columns=[
            Column("held_on", _("Date")),
            Column("wksbm", _("WKSBM")),
            Column("topic", _("Topic")),
            Column("present", _("Present"), value=lambda r: yes_no(r.present)),
        ],
        rows=profile.attendance,
    )


def gain_table(profile: PengurusProfile) -> ReportTable:
    return ReportTable(
        name="peningkatan",
        title=_("Learning gain"),
        columns=[
            Column("title", _("Module")),
            Column("pre", _("First pre-test"), number=True),
            Column("post", _("Best post-test"), number=True),
            Column("gain", _("Gain (points)"), number=True),
        ],
        rows=profile.gains,
    )


def profile_tables(profile: PengurusProfile) -> list[ReportTable]:
    """Every table of the profile, in the order the page and the workbook show them."""
    builders = (
        pillar_table,
        term_table,
        module_table,
        attempt_table,
        observation_table,
        attendance_table,
        gain_table,
    )
    return [build(profile) for build in builders]
