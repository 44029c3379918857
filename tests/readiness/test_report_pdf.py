"""The printable PDFs of the region overview and of a WKSBM report (?export=pdf): what they print,
in Bahasa Indonesia, on which pages, and for whom."""

import io

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.translation import gettext

import pytest
from pypdf import PdfReader

from assessments.choices import QuizKind
from lms.pdf import pdf_text
from tests.factories import PengurusFactory, WksbmFactory
from tests.readiness.test_readiness import AS_OF

pytestmark = pytest.mark.django_db

OVERVIEW = "/admin/reports/readiness/"
SETTINGS_LINE = "bobot komitmen/pengetahuan/keterampilan 1/1/1"  # the translated settings summary


def wksbm_url(wksbm):
    return f"/admin/reports/readiness/wksbm/{wksbm.pk}/"


def indonesian(msgid):
    """The msgid as the PDF prints it (Indonesian is the default language)."""
    with translation.override("id"):
        return gettext(msgid)


def pages_text(response):
    """The text of each page, whitespace collapsed so that wrapped cells read as one line."""
    reader = PdfReader(io.BytesIO(response.content))
    return [" ".join(page.extract_text().split()) for page in reader.pages], reader


def pdf_of(client, url, **query):
    response = client.get(url, {"export": "pdf", "as_of": AS_OF.isoformat(), **query})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["Content-Disposition"].endswith(f'-{AS_OF.isoformat()}.pdf"')
    return response


def scored(setup, *, score=90):
    """setup.wksbm with a ketua scored in every pillar, and the three courses."""
    courses = [setup.course(pillar) for pillar in ("pengetahuan", "keterampilan", "komitmen")]
    for course in courses:
        setup.assign(course)
    ketua = setup.pengurus("ketua")
    setup.attempt(ketua, courses[0], score)
    setup.attempt(ketua, courses[1], score)
    for course in courses:
        setup.complete(ketua, course)
    setup.attempt(ketua, courses[2], 100, kind=QuizKind.SELF_ASSESSMENT)
    return ketua, courses


class OverviewPdfTests:
    def test_it_prints_the_office_its_wksbm_levels_and_settings(self, client, world, setup):
        scored(setup)
        client.force_login(world.magelang_manager)
        texts, reader = pages_text(pdf_of(client, OVERVIEW))
        text = " ".join(texts)
        assert "Dinas Sosial Kota Magelang" in texts[0]  # the scope, in the header of the first page
        for name in ("WKSBM Tidar Utara", "WKSBM Cacaban", "WKSBM Uji"):
            assert name in text
        assert "WKSBM Kota Medan" not in text
        assert "Data belum cukup: 2" in text and "Siap: 1" in text and "Perlu pembinaan: 0" in text
        assert "93,3" in text  # WKSBM Uji's readiness, with an Indonesian decimal comma
        assert SETTINGS_LINE in text
        assert indonesian("WKSBM code") in text
        # Portrait first page, then the wide WKSBM table on landscape pages.
        first, last = reader.pages[0].mediabox, reader.pages[-1].mediabox
        assert first.height > first.width and last.width > last.height

    def test_every_page_carries_the_title_the_date_and_its_number(self, client, world, setup):
        client.force_login(world.magelang_manager)
        texts, _reader = pages_text(pdf_of(client, OVERVIEW))
        title = indonesian("Region overview")
        for number, text in enumerate(texts, start=1):
            assert title in text and "30 Juni 2026" in text
            page = indonesian("Page %(page)s of %(pages)s") % {"page": number, "pages": len(texts)}
            assert page in text

    def test_a_long_table_repeats_its_heading_row_on_every_page(self, client, world):
        for n in range(60):
            WksbmFactory(name=f"WKSBM Tambahan {n:02d}", kelurahan_code="33.71.01.1010")
        client.force_login(world.magelang_manager)
        texts, reader = pages_text(pdf_of(client, OVERVIEW, ordering="name"))
        landscape = [
            text
            for text, page in zip(texts, reader.pages, strict=True)
            if page.mediabox.width > page.mediabox.height
        ]
        assert len(landscape) >= 2
        for text in landscape:
            assert "Kode WKSBM" in text and "Kelurahan/desa" in text
        assert "WKSBM Tambahan 00" in landscape[0] and "WKSBM Tambahan 59" in landscape[-1]

    def test_it_prints_only_the_filtered_rows(self, client, world, setup):
        scored(setup)
        client.force_login(world.magelang_manager)
        text = " ".join(pages_text(pdf_of(client, OVERVIEW, level="siap"))[0])
        assert "WKSBM Uji" in text and "WKSBM Tidar Utara" not in text

    def test_an_area_without_wksbm_still_prints(self, client, world):
        client.force_login(world.magelang_manager)
        texts, _reader = pages_text(pdf_of(client, OVERVIEW, kecamatan="33.71.02"))
        text = " ".join(texts)
        assert "Data belum cukup: 0" in text and "WKSBM Tidar Utara" not in text

    def test_it_takes_a_constant_number_of_queries(self, client, world, setup):
        scored(setup)
        client.force_login(world.magelang_manager)
        client.get(OVERVIEW)  # warm the session and the site caches

        def count():
            with CaptureQueriesContext(connection) as queries:
                pdf_of(client, OVERVIEW)
            return len(queries)

        few = count()
        for n in range(10):
            network = WksbmFactory(name=f"WKSBM Tambahan {n}", kelurahan_code="33.71.01.1010")
            PengurusFactory(wksbm=network, jabatan="ketua")
        assert count() == few


class WksbmPdfTests:
    def test_it_explains_the_score_with_modules_and_roster(self, client, world, setup):
        ketua, (knowledge, skills, commitment) = scored(setup, score=60)
        weak = setup.pengurus("anggota")
        setup.attempt(weak, knowledge, 20)
        client.force_login(world.magelang_manager)
        texts, reader = pages_text(pdf_of(client, wksbm_url(setup.wksbm)))
        text = " ".join(texts)
        assert f"WKSBM Uji ({setup.wksbm.code})" in texts[0]
        assert ketua.name in text and weak.name in text
        for course in (knowledge, skills, commitment):
            assert course.title in text
        assert f"{knowledge.title} (Pengetahuan): 40,0" in text  # the weakest module, (60 + 20) / 2
        # Coverage 50 % is enough data; readiness (66.7 + 46.7 + 40) / 3 = 51.1 needs pembinaan.
        assert "Perlu pembinaan" in text and "51,1" in text
        assert SETTINGS_LINE in text
        for heading in ("Nama", "Jabatan", "Pilar", "Komitmen", "Pengetahuan", "Keterampilan"):
            assert heading in text
        assert "Tidak" in text and "Ya" in text  # evidence in all three pillars
        assert reader.pages[0].mediabox.height > reader.pages[0].mediabox.width

    def test_it_prints_names_the_core_fonts_cannot_encode_and_cuts_very_long_ones(self, client, world, setup):
        PengurusFactory(
            wksbm=setup.wksbm, jabatan="ketua", user__name="Siti \u201cAni\u201d \u1e62alihah \U0001f600"
        )
        long_title = " ".join(["Pendataan dan pemetaan masalah sosial"] * 6)  # 227 characters
        setup.assign(setup.course("keterampilan", title=long_title))
        client.force_login(world.magelang_manager)
        text = " ".join(pages_text(pdf_of(client, wksbm_url(setup.wksbm)))[0])
        assert 'Siti "Ani" Salihah' in text
        assert " ".join(["Pendataan dan pemetaan masalah sosial"] * 3) in text
        assert text.count(long_title) == 1 and "..." in text  # whole in "why this score", cut in the table

    def test_a_manager_gets_404_for_a_wksbm_of_another_office(self, client, world):
        client.force_login(world.magelang_manager)
        response = client.get(wksbm_url(world.kota_medan), {"export": "pdf"})
        assert response.status_code == 404


class PdfTextTests:
    def test_typography_becomes_plain_and_the_unprintable_is_dropped(self):
        assert pdf_text("\u201cSiap\u201d \u2013 80\u2026 \u00e9t\u00e9 \u0100\u1e62 \U0001f600") == (
            '"Siap" - 80... \u00e9t\u00e9 AS '
        )
