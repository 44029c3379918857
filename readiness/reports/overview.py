"""The region overview (Ringkasan wilayah): every WKSBM in a scope with its readiness, level,
pillars, coverage, active pengurus and last activity; counts per level, pillar averages and the
12-month trend. A fixed number of queries, whatever the number of WKSBM."""

import datetime
from dataclasses import dataclass

from django.db.models import OuterRef, Subquery
from django.utils import timezone
from django.utils.translation import gettext as _

from assessments.models import Attempt, PembinaanSession
from courses.models import LessonProgress
from wksbm.models import Pengurus

from ..choices import Level
from ..score import SettingsUsed, WksbmReadiness, end_of_day, readiness_by_office
from ..snapshots import TrendPoint, readiness_trend
from .tables import Column, ReportTable

# The order levels are shown in, best first, "not enough data" last.
PILLARS = ("komitmen", "pengetahuan", "keterampilan")


@dataclass(frozen=True)
class OverviewRow:
    wksbm: object  # Wksbm, with kelurahan and kecamatan loaded
    score: WksbmReadiness
    last_activity: datetime.datetime | None

    readiness = property(lambda self: self.score.readiness)
    komitmen = property(lambda self: self.score.komitmen)
    pengetahuan = property(lambda self: self.score.pengetahuan)
    keterampilan = property(lambda self: self.score.keterampilan)
    coverage = property(lambda self: self.score.coverage)
    active_pengurus = property(lambda self: self.score.active_pengurus)
    level = property(lambda self: self.score.level)
    level_label = property(lambda self: self.score.level_label)

    @property
    def name(self):
        return self.wksbm.name

    @property
    def code(self):
        return self.wksbm.code

    @property
    def kelurahan(self):
        return self.wksbm.kelurahan.name

    @property
    def kecamatan(self):
        return self.wksbm.kelurahan.parent.name if self.wksbm.kelurahan.parent_id else ""


@dataclass(frozen=True)
class Overview:
    rows: list[OverviewRow]
    used: list[SettingsUsed]
    trend: list[TrendPoint]
    as_of: datetime.date

    def level_counts(self) -> list[tuple[str, str, int]]:
        counts = dict.fromkeys(Level, 0)
        for row in self.rows:
            counts[row.score.level] += 1
        return [(level, str(level.label), counts[level]) for level in Level]

    def pillar_averages(self) -> list[tuple[str, float | None]]:
        """Plain mean over the WKSBM that have the pillar (each WKSBM counts once)."""
        averages = []
        for pillar in PILLARS:
            values = [getattr(row, pillar) for row in self.rows if getattr(row, pillar) is not None]
            averages.append((pillar, sum(values) / len(values) if values else None))
        return averages


def with_last_activity(wksbm_queryset, *, as_of: datetime.date):
    """Annotate the latest quiz submission and lesson completed by each WKSBM's pengurus active on
    `as_of`, and its latest pembinaan session, up to `as_of`: subqueries of the one listing query."""
    end = end_of_day(as_of)
    members = (
        Pengurus.objects.active(as_of).filter(wksbm=OuterRef(OuterRef("pk"))).order_by().values("user_id")
    )
    return wksbm_queryset.annotate(
        last_attempt=Subquery(
            Attempt.objects.filter(user__in=members, submitted_at__lte=end)
            .order_by("-submitted_at")
            .values("submitted_at")[:1]
        ),
        last_lesson=Subquery(
            LessonProgress.objects.filter(user__in=members, completed_at__lte=end)
            .order_by("-completed_at")
            .values("completed_at")[:1]
        ),
        last_session=Subquery(
            PembinaanSession.objects.filter(wksbm=OuterRef("pk"), held_on__lte=as_of)
            .order_by("-held_on")
            .values("held_on")[:1]
        ),
    )


def _last_activity(network) -> datetime.date | None:
    """The day of the latest activity, in local time (a 03:00 WIB submission is that day, not the
    day before in UTC)."""
    moments = [timezone.localdate(m) for m in (network.last_attempt, network.last_lesson) if m is not None]
    if network.last_session is not None:
        moments.append(network.last_session)
    return max(moments, default=None)


def region_overview(wksbm_queryset, *, as_of: datetime.date) -> Overview:
    """The overview of the WKSBM of `wksbm_queryset` (already scoped and filtered by area)."""
    networks = list(with_last_activity(wksbm_queryset.select_related("kelurahan__parent"), as_of=as_of))
    scores, used = readiness_by_office(wksbm_queryset, as_of=as_of)
    rows = [OverviewRow(network, scores[network.pk], _last_activity(network)) for network in networks]
    trend = readiness_trend(wksbm_queryset, current=scores, today=as_of)
    return Overview(rows=rows, used=used, trend=trend, as_of=as_of)


def overview_table(rows) -> ReportTable:
    return ReportTable(
        name="wksbm",
        title=_("WKSBM"),
        columns=[
            Column("code", _("WKSBM code")),
            Column("name", _("WKSBM")),
            Column("kecamatan", _("Kecamatan")),
            Column("kelurahan", _("Kelurahan/desa")),
            Column("readiness", _("Readiness"), number=True),
            Column("level", _("Level"), value=lambda row: row.level_label),
            Column("komitmen", _("Komitmen"), number=True),
            Column("pengetahuan", _("Pengetahuan"), number=True),
            Column("keterampilan", _("Keterampilan"), number=True),
            Column("coverage", _("Coverage (%)"), number=True),
            Column("active_pengurus", _("Active pengurus")),
            Column("last_activity", _("Last activity")),
        ],
        rows=rows,
    )


def trend_table(points) -> ReportTable:
    return ReportTable(
        name="trend",
        title=_("Trend"),
        columns=[
            Column("month", _("Month"), value=lambda p: p.month.strftime("%Y-%m")),
            Column("readiness", _("Mean readiness"), number=True),
            Column("wksbm", _("WKSBM")),
            *(
                Column(level, str(level.label), value=lambda p, level=level: p.levels[level])
                for level in Level
            ),
        ],
        rows=points,
    )
