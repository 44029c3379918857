"""A penyuluh records an observation on a phone during a visit."""

from decimal import Decimal
from io import StringIO

from django.core.management import call_command

from playwright.sync_api import expect

from assessments.models import Observation
from tests.e2e.conftest import axe_violations


def test_a_penyuluh_records_an_observation_on_a_phone(live_server, phone_page):
    call_command("seed_demo", stdout=StringIO())
    before = Observation.objects.count()
    page = phone_page
    page.goto(live_server.url + "/masuk/")
    page.get_by_label("Nomor HP").fill("0812-2700-1001")
    page.get_by_label("Kata sandi").fill("pembinaan-demo")
    page.get_by_role("button", name="Masuk").click()
    page.get_by_role("link", name="Catat kerja lapangan").click()

    expect(page.get_by_role("heading", name="Kerja lapangan", level=1)).to_be_visible()
    assert axe_violations(page) == []
    page.locator("li", has_text="WKSBM Guyub Rukun Tidar Utara").get_by_role("link", name="Observasi").click()

    expect(page.get_by_role("heading", name="Observasi", level=1)).to_be_visible()
    assert axe_violations(page) == []
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    page.get_by_role("combobox", name="Pengurus").select_option(label="Suharto Wibisono")
    page.get_by_label("Modul keterampilan yang diamati").select_option(index=1)
    for group in page.locator("fieldset").all():
        group.get_by_role("radio").nth(2).check()
    page.get_by_role("button", name="Simpan observasi").click()

    expect(page.get_by_text("Observasi untuk Suharto Wibisono sudah disimpan.")).to_be_visible()
    observation = Observation.objects.order_by("-pk").first()
    assert Observation.objects.count() == before + 1
    assert observation.user.name == "Suharto Wibisono"
    assert observation.score == Decimal("66.667")  # every criterion at level 3
