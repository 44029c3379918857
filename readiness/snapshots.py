"""Monthly readiness snapshots, the memory behind the 12-month trend.

A snapshot is the method run as of the month's last day, so snapshots can be taken late or
again (backfilled) and still say what the index said then. The current month's snapshot is
taken as of today and refreshed by every later run until the month is over.
"""

import datetime
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Avg, Count, Q
from django.utils import timezone

from wksbm.models import Wksbm

from .choices import Level
from .models import ReadinessSnapshot
from .score import WksbmReadiness, readiness_by_office

SNAPSHOT_FIELDS = (
    "computed_on",
    "readiness",
    "komitmen",
    "pengetahuan",
    "keterampilan",
    "coverage",
    "active_pengurus",
    "level",
)


def month_start(day: datetime.date) -> datetime.date:
    return day.replace(day=1)


def months_back(month: datetime.date, count: int) -> datetime.date:
    """The first day of the month `count` months before `month`."""
    index = month.year * 12 + month.month - 1 - count
    return datetime.date(index // 12, index % 12 + 1, 1)


def month_end(month: datetime.date) -> datetime.date:
    return months_back(month, -1) - datetime.timedelta(days=1)


def snapshots_take(*, month: datetime.date, wksbm_queryset=None, today: datetime.date | None = None) -> int:
    """Store (or replace) the snapshot of `month` for every WKSBM; returns how many were stored."""
    today = today or timezone.localdate()
    month = month_start(month)
    if month > today:
        raise ValueError("a month that has not begun has no readiness yet")
    as_of = min(month_end(month), today)
    networks = Wksbm.objects.all() if wksbm_queryset is None else wksbm_queryset
    scores, _used = readiness_by_office(networks, as_of=as_of)
    rows = [
        ReadinessSnapshot(
            wksbm_id=score.wksbm_id,
            month=month,
            computed_on=as_of,
            readiness=score.readiness,
            komitmen=score.komitmen,
            pengetahuan=score.pengetahuan,
            keterampilan=score.keterampilan,
            coverage=score.coverage,
            active_pengurus=score.active_pengurus,
            level=score.level,
        )
        for score in scores.values()
    ]
    with transaction.atomic():
        ReadinessSnapshot.objects.bulk_create(
            rows,
            batch_size=500,
            update_conflicts=True,
            unique_fields=["wksbm", "month"],
            update_fields=SNAPSHOT_FIELDS,
        )
    return len(rows)


@dataclass(frozen=True)
class TrendPoint:
    month: datetime.date
    readiness: float | None  # mean over the WKSBM that had a readiness that month
    levels: dict  # Level -> number of WKSBM
    wksbm: int


def readiness_trend(
    wksbm_queryset,
    *,
    current: dict[int, WksbmReadiness],
    months: int = 12,
    today: datetime.date | None = None,
) -> list[TrendPoint]:
    """The last `months` months for `wksbm_queryset`, oldest first: past months from their
    snapshots (one query), the current month from `current`, the scores on screen."""
    this_month = month_start(today or timezone.localdate())
    first = months_back(this_month, months - 1)
    level_counts = {f"n_{level.value}": Count("pk", filter=Q(level=level)) for level in Level}
    past = {
        row["month"]: row
        for row in ReadinessSnapshot.objects.filter(
            wksbm__in=wksbm_queryset, month__gte=first, month__lt=this_month
        )
        .values("month")
        .annotate(mean=Avg("readiness"), total=Count("pk"), **level_counts)
        .order_by()
    }
    points = []
    for offset in range(months - 1, 0, -1):
        month = months_back(this_month, offset)
        row = past.get(month)
        if row is None:
            points.append(TrendPoint(month, None, dict.fromkeys(Level, 0), 0))
        else:
            levels = {level: row[f"n_{level.value}"] for level in Level}
            points.append(TrendPoint(month, row["mean"], levels, row["total"]))
    defined = [score.readiness for score in current.values() if score.readiness is not None]
    levels = dict.fromkeys(Level, 0)
    for score in current.values():
        levels[score.level] += 1
    mean = sum(defined) / len(defined) if defined else None
    points.append(TrendPoint(this_month, mean, levels, len(current)))
    return points
