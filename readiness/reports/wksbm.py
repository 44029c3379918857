"""Laporan WKSBM: one WKSBM's readiness explained (pillars, coverage, weakest modules and
pengurus), its roster with each pengurus' pillar scores, and the modules to assign next."""

import datetime
from collections import defaultdict
from dataclasses import dataclass

from django.db.models import Q
from django.utils.translation import gettext as _

from courses.assignments import assignable_courses
from courses.choices import Pillar
from courses.models import CourseIndexPage, CoursePage
from wksbm.models import Jabatan, Pengurus, Wksbm

from ..score import (
    PengurusReadiness,
    SettingsUsed,
    WksbmReadiness,
    module_scores,
    pengurus_readiness,
    readiness_by_office,
)
from .charts import one_decimal
from .tables import Column, ReportTable, yes_no

WEAKEST = 3  # how many modules and pengurus "why this score" names
RECOMMENDED = 5
JABATAN_ORDER = list(Jabatan.values)  # ketua first, as a roster is read


@dataclass(frozen=True)
class RosterRow:
    term: Pengurus  # with its user
    scores: PengurusReadiness

    name = property(lambda self: self.term.user.name)
    jabatan = property(lambda self: self.term.get_jabatan_display())
    komitmen = property(lambda self: self.scores.komitmen)
    pengetahuan = property(lambda self: self.scores.pengetahuan)
    keterampilan = property(lambda self: self.scores.keterampilan)

    @property
    def mean(self) -> float | None:
        """The mean of the pengurus' defined pillars, to rank who needs pembinaan first."""
        values = [v for v in (self.komitmen, self.pengetahuan, self.keterampilan) if v is not None]
        return sum(values) / len(values) if values else None

    @property
    def complete_evidence(self) -> bool:
        return all(self.scores.evidence.values())


@dataclass(frozen=True)
class ModuleRow:
    course: CoursePage
    mean: float | None  # mean m(p, c) over the active pengurus it is assigned to
    assigned: int
    completed: int
    with_evidence: int

    title = property(lambda self: self.course.title)
    pillar = property(lambda self: self.course.get_pillar_display())


@dataclass(frozen=True)
class Recommendation:
    course: CoursePage
    reason: str


@dataclass(frozen=True)
class WksbmReport:
    wksbm: Wksbm
    score: WksbmReadiness
    used: SettingsUsed
    roster: list[RosterRow]
    modules: list[ModuleRow]
    recommendations: list[Recommendation]
    as_of: datetime.date

    def pillars(self) -> list[tuple[str, float | None]]:
        return [
            (Pillar.KOMITMEN.label, self.score.komitmen),
            (Pillar.PENGETAHUAN.label, self.score.pengetahuan),
            (Pillar.KETERAMPILAN.label, self.score.keterampilan),
        ]

    def weakest_modules(self) -> list[ModuleRow]:
        scored = [row for row in self.modules if row.mean is not None]
        return sorted(scored, key=lambda row: row.mean)[:WEAKEST]

    def weakest_pengurus(self) -> list[RosterRow]:
        ranked = [row for row in self.roster if row.mean is not None]
        return sorted(ranked, key=lambda row: row.mean)[:WEAKEST]

    def without_evidence(self) -> list[RosterRow]:
        return [row for row in self.roster if not row.complete_evidence]


def wksbm_report(wksbm: Wksbm, *, as_of: datetime.date, user) -> WksbmReport:
    """Everything the WKSBM report shows, for `user` (who picks from their own catalogue)."""
    networks = Wksbm.objects.filter(pk=wksbm.pk)
    scores, used = readiness_by_office(networks, as_of=as_of)
    settings = used[0].parameters
    people = pengurus_readiness(networks, as_of=as_of, settings=settings)
    terms = Pengurus.objects.select_related("user").in_bulk([p.term_id for p in people])
    roster = sorted(
        (RosterRow(terms[p.term_id], p) for p in people),
        key=lambda row: (JABATAN_ORDER.index(row.term.jabatan), row.name),
    )
    modules = _module_rows(module_scores(networks, as_of=as_of, settings=settings))
    score = scores[wksbm.pk]
    return WksbmReport(
        wksbm=wksbm,
        score=score,
        used=used[0],
        roster=roster,
        modules=modules,
        recommendations=_recommendations(wksbm, score, user),
        as_of=as_of,
    )


def _module_rows(scores) -> list[ModuleRow]:
    by_course = defaultdict(list)
    for row in scores:
        by_course[row.course_id].append(row)
    courses = CoursePage.objects.in_bulk(list(by_course))
    rows = []
    for course_id, items in by_course.items():
        values = [item.score for item in items if item.score is not None]
        rows.append(
            ModuleRow(
                course=courses[course_id],
                mean=sum(values) / len(values) if values else None,
                assigned=len(items),
                completed=sum(item.completed for item in items),
                with_evidence=sum(item.has_evidence for item in items),
            )
        )
    return sorted(rows, key=lambda row: row.course.title)


def recommendable_courses(wksbm: Wksbm, user):
    """Live courses `user` may assign that belong to the WKSBM's world: the national catalogue and
    its own office's (a province admin is never offered another office's courses)."""
    sections = CourseIndexPage.objects.filter(Q(office__isnull=True) | Q(office__region_id=wksbm.office_code))
    paths = list(sections.values_list("path", flat=True))
    if not paths:
        return CoursePage.objects.none()
    in_sections = Q.create([("path__startswith", path) for path in paths], connector=Q.OR)
    return assignable_courses(user).filter(in_sections)


def _recommendations(wksbm, score: WksbmReadiness, user) -> list[Recommendation]:
    """Courses to assign next that the WKSBM has not been given, weakest pillar first (a pillar
    without evidence counts as weakest)."""
    pillar_scores = {
        Pillar.KOMITMEN: score.komitmen,
        Pillar.PENGETAHUAN: score.pengetahuan,
        Pillar.KETERAMPILAN: score.keterampilan,
    }
    order = sorted(pillar_scores, key=lambda p: -1 if pillar_scores[p] is None else pillar_scores[p])
    given = wksbm.assignments.values("course_id")
    candidates = recommendable_courses(wksbm, user).exclude(pk__in=given).order_by("title")
    by_pillar = defaultdict(list)
    for course in candidates:
        by_pillar[course.pillar].append(course)
    recommendations = []
    for pillar in order:
        value = pillar_scores[pillar]
        if value is None:
            reason = _("No evidence yet in %(pillar)s") % {"pillar": Pillar(pillar).label}
        else:
            reason = _("%(pillar)s is at %(score)s") % {
                "pillar": Pillar(pillar).label,
                "score": one_decimal(value),
            }
        recommendations += [Recommendation(course, reason) for course in by_pillar[pillar]]
    return recommendations[:RECOMMENDED]


def roster_table(report: WksbmReport) -> ReportTable:
    return ReportTable(
        name="pengurus",
        title=_("Pengurus"),
        columns=[
            Column("name", _("Name")),
            Column("jabatan", _("Position")),
            Column("weight", _("Weight"), value=lambda row: row.scores.weight),
            Column("komitmen", Pillar.KOMITMEN.label, number=True),
            Column("pengetahuan", Pillar.PENGETAHUAN.label, number=True),
            Column("keterampilan", Pillar.KETERAMPILAN.label, number=True),
            Column(
                "self_assessment", _("Self-assessment"), value=lambda r: r.scores.self_assessment, number=True
            ),
            Column("participation", _("Participation"), value=lambda r: r.scores.participation, number=True),
            Column("attendance", _("Attendance"), value=lambda r: r.scores.attendance, number=True),
            Column(
                "evidence",
                _("Evidence in all three pillars"),
                value=lambda r: yes_no(r.complete_evidence),
            ),
        ],
        rows=report.roster,
    )


def module_table(report: WksbmReport) -> ReportTable:
    return ReportTable(
        name="modul",
        title=_("Modules"),
        columns=[
            Column("title", _("Module")),
            Column("pillar", _("Pillar")),
            Column("mean", _("Mean score"), number=True),
            Column("assigned", _("Pengurus assigned")),
            Column("with_evidence", _("With a score")),
            Column("completed", _("Completed")),
        ],
        rows=report.modules,
    )


def recommendation_table(report: WksbmReport) -> ReportTable:
    return ReportTable(
        name="rekomendasi",
        title=_("Recommended modules"),
        columns=[
            Column("course", _("Module"), value=lambda r: r.course.title),
            Column("pillar", _("Pillar"), value=lambda r: r.course.get_pillar_display()),
            Column("reason", _("Why")),
        ],
        rows=report.recommendations,
    )
