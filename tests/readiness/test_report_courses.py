"""The course report (Laporan modul): completion and pass rates of one course per WKSBM, computed
by hand on small cases; scope, exports and a constant number of queries."""

import csv
import datetime
import io

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest
from openpyxl import load_workbook

from assessments.choices import QuizKind
from courses.models import Assignment, LessonPage, LessonProgress
from courses.sections import national_section_ensure, office_section_ensure
from readiness.reports.courses import course_report
from tests.factories import PengurusFactory, WksbmFactory
from tests.factories.courses import make_course
from tests.readiness.test_readiness import AS_OF, moment
from wksbm.models import Wksbm

pytestmark = pytest.mark.django_db

INDEX = "/admin/reports/readiness/courses/"


def course_url(course, query=""):
    return f"/admin/reports/readiness/courses/{course.pk}/{query}"


def post_test(setup, user, course, score, *, passed, when=None, kind=QuizKind.POST_TEST):
    attempt = setup.attempt(user, course, score, when=when, kind=kind)
    attempt.passed = passed
    attempt.save(update_fields=["passed"])
    return attempt


def complete_one_lesson(user, course, *, when=None):
    lesson = LessonPage.objects.child_of(course).first()
    LessonProgress.objects.create(user=user, lesson=lesson, completed_at=when or moment(20))


def rows_by_name(report):
    return {row.name: row for row in report.rows}


def magelang(world):
    return Wksbm.objects.visible_to(world.magelang_manager)


def csv_rows(response):
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def four_pengurus_two_completed_one_passed(setup):
    """setup.wksbm with the course assigned: 4 active pengurus, 2 completed, 1 passed."""
    course = setup.course("pengetahuan", title="Dasar hukum", lessons=2)
    setup.assign(course)
    done_and_passed, done, partly, nothing = (setup.pengurus("ketua"), *(setup.pengurus() for _ in range(3)))
    setup.complete(done_and_passed, course)
    setup.complete(done, course)
    complete_one_lesson(partly, course)
    post_test(setup, done_and_passed, course, 60, passed=False)
    post_test(setup, done_and_passed, course, 80, passed=True)
    post_test(setup, done, course, 40, passed=False)
    post_test(setup, nothing, course, 100, passed=True, kind=QuizKind.PRE_TEST)  # pre-tests never count
    post_test(setup, nothing, course, 100, passed=True, when=moment(-1))  # after the as-of date
    LessonProgress.objects.create(  # finishing a lesson after the date does not complete the course
        user=partly, lesson=LessonPage.objects.child_of(course).last(), completed_at=moment(-1)
    )
    return course


def test_rates_are_shares_of_the_active_pengurus_reached(world, setup):
    course = four_pengurus_two_completed_one_passed(setup)
    report = course_report(course, magelang(world), as_of=AS_OF)
    (row,) = report.rows
    assert row.wksbm == setup.wksbm
    assert (row.reached, row.completed, row.passed) == (4, 2, 1)
    assert row.completion_rate == pytest.approx(50.0)
    assert row.pass_rate == pytest.approx(25.0)
    assert row.took_post_test == 2
    assert row.mean_best_score == pytest.approx(60.0)  # best 80 and best 40
    assert report.lessons == 2
    # A day later the late attempt and the late lesson count.
    (later,) = course_report(course, magelang(world), as_of=AS_OF + datetime.timedelta(days=2)).rows
    assert (later.completed, later.passed, later.took_post_test) == (3, 2, 3)


def test_an_individual_assignment_reaches_only_that_pengurus(world, setup):
    course = setup.course("pengetahuan", title="Jejaring KPS")
    tidar_anggota = PengurusFactory(wksbm=world.tidar_utara).user
    setup.assign(course, to=world.tidar_ketua.user)
    setup.complete(world.tidar_ketua.user, course)
    setup.complete(tidar_anggota, course)  # not assigned to them: not counted
    rows = rows_by_name(course_report(course, magelang(world), as_of=AS_OF))
    assert set(rows) == {"WKSBM Tidar Utara"}  # Cacaban and WKSBM Uji have no assignment
    row = rows["WKSBM Tidar Utara"]
    assert (row.reached, row.completed, row.completion_rate) == (1, 1, 100.0)


def test_only_pengurus_active_on_the_date_count(world, setup):
    course = setup.course("komitmen", title="Peran pengurus")
    setup.assign(course)
    stays = setup.pengurus()
    left = setup.pengurus(active_to=AS_OF - datetime.timedelta(days=1))
    leaves_later = setup.pengurus(active_to=AS_OF + datetime.timedelta(days=1))
    joins_later = setup.pengurus(active_from=AS_OF + datetime.timedelta(days=1))
    for user in (stays, left, leaves_later, joins_later):
        setup.complete(user, course)
    (row,) = course_report(course, magelang(world), as_of=AS_OF).rows
    assert (row.reached, row.completed) == (2, 2)  # `stays` and `leaves_later`


def test_a_pengurus_with_two_overlapping_terms_counts_once(world, setup):
    course = setup.course("komitmen", title="Nilai kesetiakawanan")
    setup.assign(course)
    person = setup.pengurus("anggota", active_to=AS_OF + datetime.timedelta(days=30))
    PengurusFactory(wksbm=setup.wksbm, user=person, jabatan="sekretaris", active_from=AS_OF)
    (row,) = course_report(course, magelang(world), as_of=AS_OF).rows
    assert row.reached == 1


def test_assignments_after_the_date_and_courses_without_lessons(world, setup):
    late = setup.course("pengetahuan", title="Alur rujukan")
    setup.assign(late, at=moment(-3))
    setup.pengurus()
    assert course_report(late, magelang(world), as_of=AS_OF).rows == []
    empty = setup.course("pengetahuan", title="Tanpa materi", lessons=0)
    setup.assign(empty)
    (row,) = course_report(empty, magelang(world), as_of=AS_OF).rows
    # A module with no live lesson is completed (DESIGN section 4 rule 4).
    assert (row.reached, row.completed, row.completion_rate) == (1, 1, 100.0)


def test_a_wksbm_assigned_the_course_without_active_pengurus_shows_no_rate(world, setup):
    course = setup.course("komitmen", title="Mengenal WKSBM")
    Assignment.objects.create(course=course, wksbm=world.cacaban, assigned_at=moment(100))
    world.cacaban_anggota.active_to = AS_OF - datetime.timedelta(days=1)
    world.cacaban_anggota.save()
    (row,) = course_report(course, magelang(world), as_of=AS_OF).rows
    assert row.reached == 0 and row.completion_rate is None and row.pass_rate is None


def test_the_totals_row_sums_the_wksbm(world, setup):
    course = four_pengurus_two_completed_one_passed(setup)
    Assignment.objects.create(course=course, wksbm=world.tidar_utara, assigned_at=moment(100))
    post_test(setup, world.tidar_ketua.user, course, 90, passed=True)
    report = course_report(course, magelang(world), as_of=AS_OF)
    total = report.total
    assert (total.reached, total.completed, total.passed, total.took_post_test) == (5, 2, 2, 3)
    assert total.completion_rate == pytest.approx(40.0)
    assert total.pass_rate == pytest.approx(40.0)
    assert total.mean_best_score == pytest.approx((80 + 40 + 90) / 3)


def test_the_page_shows_the_rates_and_the_chart(client, world, setup):
    course = four_pengurus_two_completed_one_passed(setup)
    client.force_login(world.magelang_manager)
    page = client.get(course_url(course), {"as_of": AS_OF.isoformat()})
    assert page.status_code == 200
    html = page.content.decode()
    assert "WKSBM Uji" in html and "<svg" in html
    assert "50,0" in html or "50.0" in html
    assert f'href="/admin/reports/readiness/wksbm/{setup.wksbm.pk}/"' in html


def test_a_manager_never_sees_wksbm_of_another_office(client, world, setup):
    national = make_course(national_section_ensure(), title="Mengenal PPKS", pillar="pengetahuan")
    for network in (setup.wksbm, world.kota_medan):
        Assignment.objects.create(course=national, wksbm=network, assigned_at=moment(100))
    client.force_login(world.magelang_manager)
    page = client.get(course_url(national), {"as_of": AS_OF.isoformat()})
    assert page.status_code == 200
    assert [row.name for row in page.context["report"].rows] == ["WKSBM Uji"]
    assert "WKSBM Kota Medan" not in page.content.decode()
    rows = csv_rows(client.get(course_url(national), {"export": "csv", "as_of": AS_OF.isoformat()}))
    assert [row[1] for row in rows[1:]] == ["WKSBM Uji", "Total"]
    client.force_login(world.bengkulu_penyuluh)
    page = client.get(course_url(national), {"as_of": AS_OF.isoformat()})
    assert [row.name for row in page.context["report"].rows] == ["WKSBM Kota Medan"]


def test_a_course_of_another_office_is_404_with_its_exports(client, world):
    theirs = make_course(office_section_ensure(world.bengkulu), title="Modul Bengkulu", pillar="komitmen")
    Assignment.objects.create(course=theirs, wksbm=world.kota_medan)
    client.force_login(world.magelang_manager)
    for query in ("", "?export=csv", "?export=xlsx"):
        assert client.get(course_url(theirs, query)).status_code == 404
    assert client.get(course_url(theirs).replace(str(theirs.pk), "999999")).status_code == 404
    index = client.get(INDEX)
    assert index.status_code == 200
    assert "Modul Bengkulu" not in index.content.decode()
    client.force_login(world.bengkulu_penyuluh)
    assert client.get(course_url(theirs)).status_code == 200
    assert "Modul Bengkulu" in client.get(INDEX).content.decode()


def test_the_index_lists_the_users_courses_and_the_reports_menu_links_it(client, world):
    ours = make_course(office_section_ensure(world.magelang), title="Modul Magelang", pillar="komitmen")
    national = make_course(national_section_ensure(), title="Modul Nasional", pillar="pengetahuan")
    client.force_login(world.magelang_manager)
    html = client.get(INDEX).content.decode()
    assert f'href="{course_url(ours)}"' in html and f'href="{course_url(national)}"' in html
    assert INDEX in client.get("/admin/").content.decode()
    client.force_login(world.tidar_ketua.user)  # a pengurus has no admin access
    assert client.get(INDEX).status_code in (302, 403)


def test_the_kecamatan_filter_keeps_the_rows_of_that_kecamatan(client, world, setup):
    course = setup.course("komitmen", title="Peran pengurus")
    for network in (setup.wksbm, world.tidar_utara):  # Magelang Utara, Magelang Selatan
        Assignment.objects.create(course=course, wksbm=network, assigned_at=moment(100))
    client.force_login(world.magelang_manager)
    page = client.get(course_url(course), {"kecamatan": "33.71.01", "as_of": AS_OF.isoformat()})
    assert [row.name for row in page.context["report"].rows] == ["WKSBM Tidar Utara"]
    # A Bengkulu Selatan kecamatan is not a choice: the filter is dropped, the scope stays.
    foreign = client.get(course_url(course), {"kecamatan": "17.01.05", "as_of": AS_OF.isoformat()})
    assert {row.name for row in foreign.context["report"].rows} == {"WKSBM Uji", "WKSBM Tidar Utara"}


def test_the_xlsx_holds_every_row_the_totals_and_the_scope(client, world, setup):
    course = four_pengurus_two_completed_one_passed(setup)
    Assignment.objects.create(course=course, wksbm=world.tidar_utara, assigned_at=moment(100))
    client.force_login(world.magelang_manager)
    response = client.get(course_url(course), {"export": "xlsx", "as_of": AS_OF.isoformat()})
    assert response.status_code == 200
    assert response["Content-Disposition"].endswith(f'{AS_OF.isoformat()}.xlsx"')
    sheet, about = load_workbook(io.BytesIO(response.content)).worksheets
    values = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert len(values[0]) == 11
    # Rows in kelurahan code order: Tidar Utara (33.71.01...) before WKSBM Uji (33.71.02...).
    assert [row[1] for row in values[1:]] == ["WKSBM Tidar Utara", "WKSBM Uji", "Total"]
    assert values[1][4:9] == [1, 0, 0, 0.0, 0.0]
    assert values[2][4:11] == [4, 2, 1, 50.0, 25.0, 2, 60.0]
    assert values[3][4:9] == [5, 2, 1, 40.0, 20.0]
    about_text = " ".join(str(cell) for row in about.iter_rows(values_only=True) for cell in row)
    assert "Dinas Sosial Kota Magelang" in about_text and "Dasar hukum" in about_text


def test_the_report_takes_a_constant_number_of_queries(client, world, setup):
    course = setup.course("pengetahuan", title="KPS dan jejaring")
    client.force_login(world.magelang_manager)

    def add_wksbm(count):
        for n in range(count):
            network = WksbmFactory(name=f"WKSBM Tambahan {Wksbm.objects.count()}-{n}")
            Assignment.objects.create(course=course, wksbm=network, assigned_at=moment(100))
            for jabatan in ("ketua", "anggota", "anggota"):
                user = PengurusFactory(wksbm=network, jabatan=jabatan).user
                setup.complete(user, course)
                post_test(setup, user, course, 70, passed=True)

    def count(query=None):
        with CaptureQueriesContext(connection) as queries:
            response = client.get(course_url(course), {"as_of": AS_OF.isoformat(), **(query or {})})
            assert response.status_code == 200
        return len(queries)

    add_wksbm(2)
    client.get(course_url(course))  # warm the session and the site caches
    few, few_xlsx = count(), count({"export": "xlsx"})
    with CaptureQueriesContext(connection) as selector:
        course_report(course, magelang(world), as_of=AS_OF)
    add_wksbm(3)
    assert len(course_report(course, magelang(world), as_of=AS_OF).rows) == 5
    assert (count(), count({"export": "xlsx"})) == (few, few_xlsx)
    assert len(selector) == 3
    assert few <= 20
