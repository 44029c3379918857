"""Monthly readiness snapshots: what the index said at each month's end, for the 12-month trend."""

import datetime
from io import StringIO

from django.core.management import CommandError, call_command

import pytest

from readiness.choices import Level
from readiness.models import ReadinessSnapshot
from readiness.snapshots import months_back, readiness_trend, snapshots_take
from tests.readiness.test_readiness import AS_OF, Setup, moment
from wksbm.models import Wksbm

pytestmark = pytest.mark.django_db


def test_months_back_crosses_years():
    assert months_back(datetime.date(2026, 2, 1), 3) == datetime.date(2025, 11, 1)
    assert months_back(datetime.date(2026, 12, 1), -1) == datetime.date(2027, 1, 1)


def test_a_snapshot_is_the_method_as_of_the_months_last_day(world):
    setup = Setup(world)
    course = setup.course("pengetahuan")
    setup.assign(course, at=moment(100))
    person = setup.pengurus("ketua")
    setup.attempt(person, course, 40, when=moment(45))  # 16 May
    setup.attempt(person, course, 90, when=moment(10))  # 20 June
    snapshots_take(month=datetime.date(2026, 5, 1), today=AS_OF)
    snapshots_take(month=datetime.date(2026, 6, 1), today=AS_OF)
    may = ReadinessSnapshot.objects.get(wksbm=setup.wksbm, month=datetime.date(2026, 5, 1))
    june = ReadinessSnapshot.objects.get(wksbm=setup.wksbm, month=datetime.date(2026, 6, 1))
    assert may.computed_on == datetime.date(2026, 5, 31) and may.pengetahuan == pytest.approx(40)
    assert june.computed_on == AS_OF and june.pengetahuan == pytest.approx(90)
    assert may.level == Level.NOT_ENOUGH_DATA  # no evidence in the other pillars


def test_taking_a_month_again_replaces_its_snapshot(world):
    setup = Setup(world)
    snapshots_take(month=datetime.date(2026, 6, 1), today=datetime.date(2026, 6, 10))
    count = ReadinessSnapshot.objects.count()
    assert count == Wksbm.objects.count()
    snapshots_take(month=datetime.date(2026, 6, 1), today=AS_OF)
    assert ReadinessSnapshot.objects.count() == count
    assert set(ReadinessSnapshot.objects.values_list("computed_on", flat=True)) == {AS_OF}
    assert setup.wksbm.readiness_snapshots.count() == 1


def test_a_month_that_has_not_begun_is_refused(world):
    with pytest.raises(ValueError):
        snapshots_take(month=datetime.date(2026, 8, 1), today=AS_OF)
    with pytest.raises(CommandError):
        call_command("snapshot_readiness", "--month", "2999-01", stdout=StringIO())
    with pytest.raises(CommandError):
        call_command("snapshot_readiness", "--month", "januari", stdout=StringIO())


def test_the_command_backfills_months_and_can_run_again(world):
    out = StringIO()
    call_command("snapshot_readiness", "--month", "2026-03", "--months", "3", stdout=out)
    call_command("snapshot_readiness", "--month", "2026-03", "--months", "3", stdout=StringIO())
    months = sorted(set(ReadinessSnapshot.objects.values_list("month", flat=True)))
    assert months == [datetime.date(2026, 1, 1), datetime.date(2026, 2, 1), datetime.date(2026, 3, 1)]
    assert ReadinessSnapshot.objects.count() == 3 * Wksbm.objects.count()
    assert "2026-01: 3 WKSBM" in out.getvalue()


def test_the_trend_reads_past_months_from_snapshots_and_this_month_live(world):
    networks = Wksbm.objects.filter(kelurahan__code__startswith="33.71.")
    ReadinessSnapshot.objects.bulk_create(
        ReadinessSnapshot(
            wksbm=network,
            month=datetime.date(2026, 4, 1),
            computed_on=datetime.date(2026, 4, 30),
            readiness=score,
            coverage=100,
            active_pengurus=1,
            level=level,
        )
        for network, score, level in zip(
            networks, (60, 90), (Level.NEEDS_PEMBINAAN, Level.READY), strict=True
        )
    )
    points = readiness_trend(networks, current={}, today=AS_OF)
    assert len(points) == 12 and points[-1].month == datetime.date(2026, 6, 1)
    april = next(p for p in points if p.month == datetime.date(2026, 4, 1))
    assert april.readiness == pytest.approx(75)
    assert april.levels[Level.READY] == 1 and april.levels[Level.NEEDS_PEMBINAAN] == 1
    assert points[0].readiness is None and points[0].wksbm == 0
