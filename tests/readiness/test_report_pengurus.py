"""The pengurus competency profile (Profil kompetensi pengurus): figures computed by hand, scope,
exports and a constant number of queries."""

import datetime
import io
from decimal import Decimal

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest
from openpyxl import load_workbook

from assessments.choices import QuizKind
from assessments.models import Attendance, Observation, PembinaanSession
from tests.factories import PengurusFactory, UserFactory
from tests.factories.assessments import make_rubric
from tests.readiness.test_readiness import AS_OF, moment
from tests.readiness.test_report_overview import csv_rows

pytestmark = pytest.mark.django_db


def profile_url(user, query=""):
    return f"/admin/reports/readiness/pengurus/{user.pk}/{query}"


def session(wksbm, topic, *, days_before, attendees=()):
    held = PembinaanSession.objects.create(
        wksbm=wksbm, topic=topic, held_on=AS_OF - datetime.timedelta(days=days_before)
    )
    Attendance.objects.bulk_create(Attendance(session=held, user=user) for user in attendees)
    return held


@pytest.fixture
def ketua(setup):
    """A ketua of setup.wksbm (since 2024) with one assigned pengetahuan module, completed: pre-tests
    40 then 70, post-tests 60, 80 and 75, and one of two sessions attended."""
    person = setup.pengurus("ketua")
    knowledge = setup.course("pengetahuan", title="Dasar-dasar WKSBM")
    setup.assign(knowledge)
    setup.attempt(person, knowledge, 40, kind=QuizKind.PRE_TEST, when=moment(60))
    setup.attempt(person, knowledge, 70, kind=QuizKind.PRE_TEST, when=moment(50))  # not the first
    for days_before, score in ((30, 60), (20, 80), (10, 75)):
        setup.attempt(person, knowledge, score, when=moment(days_before))
    setup.attempt(person, knowledge, 95, when=moment(-1))  # after the report date
    setup.complete(person, knowledge)
    session(setup.wksbm, "Rapat pleno", days_before=30, attendees=[person])
    session(setup.wksbm, "Musyawarah warga", days_before=15)
    session(setup.wksbm, "Sebelum menjabat", days_before=1000, attendees=[person])  # before the term
    setup.knowledge = knowledge
    return person


def test_the_profile_shows_pillar_scores_gain_modules_and_attendance(client, world, setup, ketua):
    client.force_login(world.magelang_manager)
    page = client.get(profile_url(ketua), {"as_of": AS_OF.isoformat()})
    assert page.status_code == 200
    profile = page.context["profile"]

    (scores,) = profile.current
    assert scores.term.wksbm == setup.wksbm
    assert scores.pengetahuan == pytest.approx(80)  # best post-test up to the report date
    assert scores.komitmen == pytest.approx(75)  # participation 100 (1 of 1 done), attendance 50 (1 of 2)
    assert scores.keterampilan is None  # no keterampilan module assigned

    (gain,) = profile.gains
    assert (gain.pre, gain.post, gain.gain) == (40, 80, 40)  # first pre-test 40, best post-test 80

    assert [row.course for row in profile.modules] == [setup.knowledge]
    assert profile.modules[0].lessons == 2
    assert [(row.topic, row.present) for row in profile.attendance] == [
        ("Musyawarah warga", False),
        ("Rapat pleno", True),
    ]
    assert [float(a.score) for a in profile.attempts] == [75, 80, 60, 70, 40]  # newest first, none after T

    html = page.content.decode()
    assert ketua.name in html and "Dasar-dasar WKSBM" in html
    assert "Rapat pleno" in html and "Musyawarah warga" in html and "Sebelum menjabat" not in html
    assert "+40" in html  # the gain, with its sign
    assert f"/admin/reports/readiness/wksbm/{setup.wksbm.pk}/" in html


def test_the_csv_exports_carry_the_hand_computed_figures(client, world, setup, ketua):
    client.force_login(world.magelang_penyuluh)
    query = {"export": "csv", "as_of": AS_OF.isoformat()}
    gain = csv_rows(client.get(profile_url(ketua), {**query, "table": "peningkatan"}))
    assert gain[1:] == [["Dasar-dasar WKSBM", "40.0", "80.0", "40.0"]]
    pillars = csv_rows(client.get(profile_url(ketua), {**query, "table": "pilar"}))
    assert pillars[1][0] == setup.wksbm.name
    assert pillars[1][2:5] == ["75.0", "80.0", ""]  # komitmen, pengetahuan, keterampilan
    attendance = csv_rows(client.get(profile_url(ketua), {**query, "table": "kehadiran"}))
    assert [row[2] for row in attendance[1:]] == ["Musyawarah warga", "Rapat pleno"]


def test_the_workbook_has_a_sheet_per_table_and_the_settings(client, world, setup, ketua):
    rubric = make_rubric(office=world.magelang)
    Observation.objects.create(
        user=ketua,
        wksbm=setup.wksbm,
        course=setup.knowledge,
        rubric=rubric,
        observed_on=AS_OF - datetime.timedelta(days=3),
        score=Decimal("66.667"),
        observer=world.magelang_penyuluh,
    )
    client.force_login(world.magelang_manager)
    response = client.get(profile_url(ketua), {"export": "xlsx", "as_of": AS_OF.isoformat()})
    assert response.status_code == 200
    workbook = load_workbook(io.BytesIO(response.content))
    pillars, terms, modules, attempts, observations, attendance, gains, about = workbook.worksheets
    assert pillars.max_row == 1 + 1 and terms.max_row == 1 + 1 and modules.max_row == 1 + 1
    assert attempts.max_row == 1 + 5
    assert [cell.value for cell in observations[2]][3:] == [66.7, world.magelang_penyuluh.name]
    assert attendance.max_row == 1 + 2
    assert [cell.value for cell in gains[2]] == ["Dasar-dasar WKSBM", 40, 80, 40]
    about_text = " ".join(str(cell.value) for row in about.iter_rows() for cell in row)
    assert "Dinas Sosial Kota Magelang" in about_text and AS_OF.isoformat() in about_text


def test_the_profile_and_its_exports_are_404_outside_the_scope(client, world):
    medan_ketua = world.kota_medan_ketua.user
    client.force_login(world.magelang_manager)
    for query in ("", "?export=csv", "?export=xlsx", "?export=csv&table=pengerjaan"):
        assert client.get(profile_url(medan_ketua, query)).status_code == 404
    # Someone who never served in a WKSBM has no profile, even for a national admin.
    client.force_login(world.national_admin)
    assert client.get(profile_url(world.magelang_penyuluh)).status_code == 404
    client.force_login(world.bengkulu_penyuluh)
    assert client.get(profile_url(medan_ketua)).status_code == 200
    assert client.get(profile_url(world.tidar_ketua.user)).status_code == 404


def test_a_pengurus_cannot_open_reports(client, world):
    client.force_login(world.tidar_ketua.user)
    response = client.get(profile_url(world.tidar_ketua.user))
    assert response.status_code in (302, 403)


def test_past_terms_are_listed_and_the_breadcrumb_leads_to_the_current_wksbm(client, world, setup):
    person = UserFactory()
    PengurusFactory(
        user=person,
        wksbm=world.tidar_utara,
        jabatan="bendahara",
        active_from=datetime.date(2022, 1, 1),
        active_to=datetime.date(2024, 1, 1),
    )
    PengurusFactory(user=person, wksbm=setup.wksbm, jabatan="anggota", active_from=datetime.date(2024, 1, 1))
    # A term in Bengkulu Selatan stays hidden from a Magelang manager.
    PengurusFactory(user=person, wksbm=world.kota_medan, active_from=datetime.date(2020, 1, 1))
    client.force_login(world.magelang_manager)
    page = client.get(profile_url(person), {"as_of": AS_OF.isoformat()})
    terms = page.context["profile"].terms
    assert [(row.term.wksbm, row.current) for row in terms] == [
        (setup.wksbm, True),
        (world.tidar_utara, False),
    ]
    crumbs = [item["label"] for item in page.context["breadcrumbs_items"]]
    assert crumbs[-2:] == [setup.wksbm.name, person.name]
    assert "WKSBM Kota Medan" not in page.content.decode()

    # In 2023 they served in Tidar Utara: the scores and the breadcrumb follow the report date.
    earlier = client.get(profile_url(person), {"as_of": "2023-06-30"})
    assert [scores.term.wksbm for scores in earlier.context["profile"].current] == [world.tidar_utara]
    assert earlier.context["breadcrumbs_items"][-2]["label"] == world.tidar_utara.name
    # Before any term they may see, there is nothing to score.
    before = client.get(profile_url(person), {"as_of": "2021-06-30"})
    assert before.status_code == 200 and before.context["profile"].current == []


def test_the_profile_takes_a_constant_number_of_queries(client, world, setup):
    person = setup.pengurus("sekretaris")
    rubric = make_rubric(office=world.magelang)

    def add_evidence(n):
        """n modules, each with a pre-test, a post-test, two observations and all lessons done."""
        for index in range(n):
            course = setup.course("keterampilan", title=f"Modul {setup.wksbm.pk}-{len(setup.quizzes)}")
            setup.assign(course)
            setup.attempt(person, course, 30 + index, kind=QuizKind.PRE_TEST, when=moment(40))
            setup.attempt(person, course, 70 + index, when=moment(20))
            setup.complete(person, course)
            for days_before in (5, 50):
                Observation.objects.create(
                    user=person,
                    wksbm=setup.wksbm,
                    course=course,
                    rubric=rubric,
                    observed_on=AS_OF - datetime.timedelta(days=days_before),
                    score=Decimal(50),
                    observer=world.magelang_penyuluh,
                )
            session(setup.wksbm, f"Sesi {index}", days_before=10 + index, attendees=[person])

    def count():
        with CaptureQueriesContext(connection) as queries:
            page = client.get(profile_url(person), {"as_of": AS_OF.isoformat()})
            assert page.status_code == 200
        return len(queries), page.context["profile"]

    client.force_login(world.magelang_manager)
    add_evidence(1)
    client.get(profile_url(person))  # warm the session and the site caches
    few, small = count()
    add_evidence(2)
    assert (len(small.attempts), len(small.observations)) == (2, 2)
    many, large = count()
    assert (len(large.attempts), len(large.observations), len(large.modules)) == (6, 6, 3)
    assert many == few
    assert few <= 25


def test_evidence_from_another_offices_courses_stays_out_of_the_profile(client, world, setup):
    """Served in Magelang until 2023, now in Bengkulu Selatan: Magelang sees the person, and their
    work on Magelang and national courses, never their work on Bengkulu Selatan's own courses."""
    from courses.sections import office_section_ensure
    from tests.factories.courses import make_course

    person = UserFactory(name="Pindahan")
    PengurusFactory(
        user=person,
        wksbm=setup.wksbm,
        active_from=datetime.date(2022, 1, 1),
        active_to=datetime.date(2023, 6, 1),
    )
    PengurusFactory(user=person, wksbm=world.kota_medan, active_from=datetime.date(2023, 6, 1))
    ours = setup.course("pengetahuan", title="Modul Magelang")
    theirs = make_course(
        office_section_ensure(world.bengkulu), title="Modul Rahasia Bengkulu", pillar="pengetahuan"
    )
    setup.quizzes[theirs.pk] = setup.quizzes[ours.pk]
    setup.attempt(person, ours, 70)
    setup.attempt(person, theirs, 90)
    setup.complete(person, theirs)
    client.force_login(world.magelang_manager)
    page = client.get(profile_url(person), {"as_of": AS_OF.isoformat()})
    assert page.status_code == 200
    html = page.content.decode()
    assert "Modul Magelang" in html
    assert "Modul Rahasia Bengkulu" not in html
    xlsx = client.get(profile_url(person), {"export": "xlsx", "as_of": AS_OF.isoformat()})
    cells = [
        str(value)
        for sheet in load_workbook(io.BytesIO(xlsx.content)).worksheets
        for row in sheet.iter_rows(values_only=True)
        for value in row
    ]
    assert "Modul Magelang" in cells and "Modul Rahasia Bengkulu" not in cells
