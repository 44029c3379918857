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
from tests.assessments.test_readiness import AS_OF, Setup
from tests.factories import PengurusFactory, WksbmFactory
from tests.factories.courses import make_course

pytestmark = pytest.mark.django_db

OVERVIEW = "/admin/reports/readiness/"


def wksbm_url(wksbm, query=""):
    return f"/admin/reports/readiness/wksbm/{wksbm.pk}/{query}"


@pytest.fixture
def setup(world):
    return Setup(world)


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
    assert (
        "nothing was assigned" in response.content.decode()
        or "tidak ada" in response.content.decode().lower()
    )
