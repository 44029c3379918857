"""The region overview (Ringkasan wilayah) and the WKSBM report: scope, figures, filters, exports
and the "assign" action."""

import csv
import datetime
import io

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest
from openpyxl import load_workbook

from assessments.choices import QuizKind
from courses.models import Assignment
from courses.sections import office_section_ensure
from tests.factories import PengurusFactory, WksbmFactory
from tests.factories.courses import make_course
from tests.readiness.test_readiness import AS_OF

pytestmark = pytest.mark.django_db

OVERVIEW = "/admin/reports/readiness/"


def wksbm_url(wksbm, query=""):
    return f"/admin/reports/readiness/wksbm/{wksbm.pk}/{query}"


def scored_wksbm(setup, *, score=90):
    """setup.wksbm (kecamatan Magelang Tengah) with a ketua scored in every pillar."""
    knowledge, skills, commitment = (
        setup.course("pengetahuan"),
        setup.course("keterampilan"),
        setup.course("komitmen"),
    )
    for course in (knowledge, skills, commitment):
        setup.assign(course)
    ketua = setup.pengurus("ketua")
    setup.attempt(ketua, knowledge, score)
    setup.attempt(ketua, skills, score)
    for course in (knowledge, skills, commitment):
        setup.complete(ketua, course)
    setup.attempt(ketua, commitment, 100, kind=QuizKind.SELF_ASSESSMENT)
    return ketua, knowledge


def csv_rows(response):
    text = b"".join(response.streaming_content if response.streaming else [response.content]).decode(
        "utf-8-sig"
    )
    return list(csv.reader(io.StringIO(text)))


def test_a_manager_sees_the_wksbm_of_their_office_only(client, world, setup):
    scored_wksbm(setup)
    client.force_login(world.magelang_manager)
    page = client.get(OVERVIEW, {"as_of": AS_OF.isoformat()})
    assert page.status_code == 200
    html = page.content.decode()
    assert "WKSBM Tidar Utara" in html and "WKSBM Uji" in html and "WKSBM Cacaban" in html
    assert "WKSBM Kota Medan" not in html
    counts = {level: count for level, _label, count in page.context["levels"]}
    # WKSBM Uji is Siap (its one pengurus scores 90, 90 and 100 with full coverage); the others have no data.
    assert counts == {"siap": 1, "hampir_siap": 0, "perlu_pembinaan": 0, "data_belum_cukup": 2}
    assert "Dinas Sosial Kota Magelang" in html  # the settings used are named


def test_the_overview_filters_by_kecamatan_and_level_but_never_outside_the_scope(client, world, setup):
    scored_wksbm(setup)  # kecamatan 33.71.02
    client.force_login(world.magelang_manager)
    by_kecamatan = client.get(OVERVIEW, {"kecamatan": "33.71.01", "as_of": AS_OF.isoformat()})
    names = [row.name for row in by_kecamatan.context["object_list"]]
    assert names == ["WKSBM Tidar Utara"]
    by_level = client.get(OVERVIEW, {"level": "siap", "as_of": AS_OF.isoformat()})
    assert [row.name for row in by_level.context["object_list"]] == ["WKSBM Uji"]
    # A Bengkulu Selatan kecamatan is not a choice: the filter is refused and nothing of Bengkulu shows.
    foreign = client.get(OVERVIEW, {"kecamatan": "17.01.05"})
    assert foreign.status_code == 200
    assert "WKSBM Kota Medan" not in foreign.content.decode()


def test_the_overview_sorts_by_readiness_with_missing_scores_last(client, world, setup):
    scored_wksbm(setup)
    client.force_login(world.magelang_manager)
    page = client.get(OVERVIEW, {"ordering": "-readiness", "as_of": AS_OF.isoformat()})
    rows = page.context["object_list"]
    assert rows[0].name == "WKSBM Uji"
    assert all(row.readiness is None for row in rows[1:])


def test_the_overview_takes_a_constant_number_of_queries(client, world, setup):
    scored_wksbm(setup)
    client.force_login(world.magelang_manager)

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(OVERVIEW, {"as_of": AS_OF.isoformat()}).status_code == 200
        return len(queries)

    client.get(OVERVIEW)  # warm the session and the site caches
    few = count()
    for n in range(10):
        network = WksbmFactory(name=f"WKSBM Tambahan {n}", kelurahan_code="33.71.01.1010")
        for jabatan in ("ketua", "anggota", "anggota"):
            PengurusFactory(wksbm=network, jabatan=jabatan)
    many = count()
    assert many == few
    assert few <= 20


def test_exports_carry_every_row_the_scope_and_the_settings(client, world, setup):
    scored_wksbm(setup)
    client.force_login(world.magelang_manager)
    rows = csv_rows(client.get(OVERVIEW, {"export": "csv", "as_of": AS_OF.isoformat()}))
    assert len(rows) == 1 + 3
    by_name = {row[1]: row for row in rows[1:]}
    assert set(by_name) == {"WKSBM Tidar Utara", "WKSBM Cacaban", "WKSBM Uji"}
    assert by_name["WKSBM Uji"][4] == "93.3"  # readiness: (100 + 90 + 90) / 3, one decimal
    workbook = load_workbook(io.BytesIO(client.get(OVERVIEW, {"export": "xlsx"}).content))
    wksbm_sheet, trend_sheet, about = workbook.worksheets
    assert wksbm_sheet.max_row == 1 + 3
    assert trend_sheet.max_row == 1 + 12
    about_text = " ".join(str(cell.value) for row in about.iter_rows() for cell in row)
    assert "Dinas Sosial Kota Magelang" in about_text and str(datetime.date.today().year) in about_text


def test_the_wksbm_report_explains_the_score(client, world, setup):
    ketua, knowledge = scored_wksbm(setup, score=60)
    weak = setup.pengurus("anggota")
    setup.attempt(weak, knowledge, 20)  # and never tries the skills module: it counts 0 for them
    client.force_login(world.magelang_manager)
    page = client.get(wksbm_url(setup.wksbm), {"as_of": AS_OF.isoformat()})
    assert page.status_code == 200
    report = page.context["report"]
    assert [row.name for row in report.weakest_pengurus()][0] == weak.name
    weakest = report.weakest_modules()
    assert weakest[0].course.pillar == "keterampilan" and weakest[0].mean == pytest.approx(30)  # (60 + 0) / 2
    assert weakest[1].course == knowledge and weakest[1].mean == pytest.approx(40)  # (60 + 20) / 2
    assert [row.name for row in report.without_evidence()] == [weak.name]
    html = page.content.decode()
    assert ketua.name in html and weak.name in html


def test_the_wksbm_report_and_its_exports_are_404_outside_the_scope(client, world):
    client.force_login(world.magelang_manager)
    for query in ("", "?export=csv", "?export=xlsx", "?export=pdf", "?export=csv&table=modul"):
        assert client.get(wksbm_url(world.kota_medan, query)).status_code == 404
    assert client.post(wksbm_url(world.kota_medan, "assign/"), {"course": "1"}).status_code == 404
    client.force_login(world.bengkulu_penyuluh)
    assert client.get(wksbm_url(world.tidar_utara)).status_code == 404
    assert client.get(wksbm_url(world.kota_medan)).status_code == 200


def test_the_roster_export_lists_each_pengurus_with_pillar_scores(client, world, setup):
    ketua, _knowledge = scored_wksbm(setup, score=80)
    client.force_login(world.magelang_penyuluh)
    rows = csv_rows(
        client.get(wksbm_url(setup.wksbm), {"export": "csv", "table": "pengurus", "as_of": AS_OF})
    )
    assert rows[1][0] == ketua.name
    assert rows[1][3:6] == ["100.0", "80.0", "80.0"]  # komitmen, pengetahuan, keterampilan
    workbook = load_workbook(io.BytesIO(client.get(wksbm_url(setup.wksbm), {"export": "xlsx"}).content))
    assert len(workbook.worksheets) == 4  # pengurus, modules, recommendations, about


def test_recommended_modules_are_assigned_in_one_action(client, world, setup):
    scored_wksbm(setup)
    section = office_section_ensure(world.magelang)
    first = make_course(section, title="Modul Baru Satu", pillar="keterampilan")
    second = make_course(section, title="Modul Baru Dua", pillar="pengetahuan")
    client.force_login(world.magelang_manager)
    page = client.get(wksbm_url(setup.wksbm))
    recommended = [item.course for item in page.context["report"].recommendations]
    assert first in recommended and second in recommended
    response = client.post(wksbm_url(setup.wksbm, "assign/"), {"course": [first.pk, second.pk]})
    assert response.status_code == 302
    assert set(Assignment.objects.filter(wksbm=setup.wksbm).values_list("course__title", flat=True)) >= {
        "Modul Baru Satu",
        "Modul Baru Dua",
    }
    after = client.get(wksbm_url(setup.wksbm)).context["report"].recommendations
    assert first not in [item.course for item in after]


def test_assigning_a_module_outside_the_catalogue_assigns_nothing(client, world, setup):
    section = office_section_ensure(world.magelang)
    ours = make_course(section, title="Modul Kita", pillar="komitmen")
    theirs = make_course(office_section_ensure(world.bengkulu), title="Modul Bengkulu", pillar="komitmen")
    client.force_login(world.magelang_manager)
    before = Assignment.objects.count()
    response = client.post(wksbm_url(setup.wksbm, "assign/"), {"course": [ours.pk, theirs.pk]}, follow=True)
    assert Assignment.objects.count() == before
    assert "tidak ada yang ditugaskan" in response.content.decode()


def test_bad_report_input_is_never_a_500(client, world, setup):
    scored_wksbm(setup)
    client.force_login(world.magelang_manager)
    for query in (
        {"as_of": "0001-01-01"},
        {"as_of": "2026-02-31"},
        {"ordering": "password"},
        {"export": "docx"},
        {"export": "csv", "table": "nothing"},
        {"level": "juara"},
    ):
        assert client.get(OVERVIEW, query).status_code == 200, query
        assert client.get(wksbm_url(setup.wksbm), query).status_code == 200, query


def test_an_unreadable_date_does_not_lift_the_area_filter(client, world, setup):
    client.force_login(world.magelang_manager)
    page = client.get(OVERVIEW, {"kecamatan": "33.71.01", "as_of": "2026-02-31"})
    assert [row.name for row in page.context["object_list"]] == ["WKSBM Tidar Utara"]
    card_urls = [url for _level, _label, _count, url in page.context["level_cards"]]
    past = client.get(OVERVIEW, {"kecamatan": "33.71.01", "as_of": AS_OF.isoformat()})
    assert all("as_of=2026-06-30" in url for _l, _b, _c, url in past.context["level_cards"])
    assert all("kecamatan=33.71.01" in url for url in card_urls)


def test_figures_round_the_same_on_screen_and_in_files(client, world, setup):
    course = setup.course("pengetahuan")
    setup.assign(course)
    for score in (62.5, 62, 62.5, 62):  # mean 62.25: half up gives 62.3 everywhere
        setup.attempt(setup.pengurus(), course, score)
    client.force_login(world.magelang_manager)
    page = client.get(wksbm_url(setup.wksbm), {"as_of": AS_OF.isoformat()})
    assert "62,3" in page.content.decode()
    rows = csv_rows(client.get(wksbm_url(setup.wksbm), {"export": "csv", "table": "modul", "as_of": AS_OF}))
    assert rows[1][2] == "62.3"


def test_last_activity_is_the_local_day_and_stops_at_the_report_date(client, world, setup):
    import datetime as dt

    from django.utils import timezone

    course = setup.course("pengetahuan")
    person = setup.pengurus()
    early_morning = timezone.make_aware(dt.datetime(2026, 6, 20, 3, 0))  # 19 June in UTC
    setup.attempt(person, course, 50, when=early_morning)
    setup.attempt(person, course, 70, when=timezone.make_aware(dt.datetime(2026, 6, 28, 12, 0)))
    client.force_login(world.magelang_manager)
    rows = {r.name: r for r in client.get(OVERVIEW, {"as_of": "2026-06-25"}).context["object_list"]}
    assert rows["WKSBM Uji"].last_activity == dt.date(2026, 6, 20)


def test_assigning_never_rewrites_an_existing_assignment_or_fails_on_odd_input(client, world, setup):
    section = office_section_ensure(world.magelang)
    course = make_course(section, title="Modul Lama", pillar="komitmen")
    existing = Assignment.objects.create(course=course, wksbm=setup.wksbm, due_date=datetime.date(2030, 1, 1))
    client.force_login(world.magelang_manager)
    for posted in ([course.pk], ["²"], ["1" * 30], []):
        response = client.post(wksbm_url(setup.wksbm, "assign/"), {"course": posted})
        assert response.status_code == 302, posted
    existing.refresh_from_db()
    assert existing.due_date == datetime.date(2030, 1, 1)
    assert Assignment.objects.filter(wksbm=setup.wksbm).count() == 1


def test_a_province_admin_is_offered_only_the_wksbm_offices_courses(client, world, setup):
    make_course(office_section_ensure(world.magelang), title="Modul Magelang", pillar="keterampilan")
    make_course(office_section_ensure(world.bengkulu), title="Modul Bengkulu", pillar="keterampilan")
    client.force_login(world.national_admin)
    titles = [
        item.course.title for item in client.get(wksbm_url(setup.wksbm)).context["report"].recommendations
    ]
    assert "Modul Magelang" in titles and "Modul Bengkulu" not in titles
