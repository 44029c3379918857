"""A Dinsos manager at a desktop reads the region overview, narrows it to one kecamatan, opens a
WKSBM report and downloads it as an Excel workbook."""

from io import BytesIO, StringIO

from django.core.management import call_command

import pytest
from openpyxl import load_workbook
from playwright.sync_api import expect

from tests.e2e.conftest import axe_violations

DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture
def desktop_page(browser, live_server):
    context = browser.new_context(viewport=DESKTOP, locale="id-ID", accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


def test_a_manager_filters_the_overview_and_downloads_a_wksbm_report(live_server, desktop_page):
    call_command("seed_demo", stdout=StringIO())
    page = desktop_page
    page.goto(live_server.url + "/admin/")
    page.locator("input[name=username]").fill("0812-2700-1002")
    page.locator("input[name=password]").fill("pembinaan-demo")
    page.get_by_role("button", name="Masuk").click()

    page.get_by_role("button", name="Laporan").click()
    page.get_by_role("link", name="Ringkasan wilayah").click()
    expect(page.get_by_role("heading", name="Ringkasan wilayah", level=1)).to_be_visible()
    table = page.locator("table.listing").last
    expect(table.get_by_role("link", name="WKSBM Bersatu Kramat Utara")).to_be_visible()
    expect(page.locator(".report-card--siap")).to_contain_text("Siap")
    listed = table.inner_text()
    for bengkulu_selatan in ("Kota Medan", "Pasar Mulia", "Tanjung Menang"):  # its three demo WKSBM
        assert bengkulu_selatan not in listed

    page.get_by_role("button", name="Tampilkan filter").click()
    page.get_by_role("button", name="Kecamatan").click()
    page.get_by_role("combobox", name="Kecamatan").select_option(label="Magelang Selatan (33.71.01)")
    expect(table.get_by_role("link", name="WKSBM Bersatu Kramat Utara")).to_have_count(0)
    expect(table.get_by_role("link", name="WKSBM Guyub Rukun Tidar Utara")).to_be_visible()
    expect(table.get_by_role("link", name="WKSBM Sejahtera Rejowinangun Selatan")).to_be_visible()
    assert "kecamatan=33.71.01" in page.url

    page.keyboard.press("Escape")
    table.get_by_role("link", name="WKSBM Sejahtera Rejowinangun Selatan").click()
    expect(page.get_by_role("heading", name="Mengapa skornya begini?")).to_be_visible()
    expect(page.get_by_role("heading", name="Rekomendasi pembinaan")).to_be_visible()
    assert axe_violations(page) == []

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Excel (.xlsx)").click()
    download = download_info.value
    assert download.suggested_filename.endswith(".xlsx")
    with open(download.path(), "rb") as file:  # saved without an extension, which openpyxl refuses
        workbook = load_workbook(BytesIO(file.read()))
    roster = workbook.worksheets[0]
    names = {row[0] for row in roster.iter_rows(min_row=2, values_only=True)}
    assert {"Slamet Riyadi", "Sumarni", "Ratna Dewi"} <= names
    about = " ".join(str(c) for row in workbook.worksheets[-1].iter_rows(values_only=True) for c in row)
    assert "WKSBM Sejahtera Rejowinangun Selatan" in about and "Dinas Sosial Kota Magelang" in about
