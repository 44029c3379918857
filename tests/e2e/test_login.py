import re

from django.urls import reverse

from playwright.sync_api import expect

from tests.e2e.conftest import axe_violations
from tests.factories import PengurusFactory, UserFactory


def test_a_pengurus_logs_in_on_a_phone_and_sees_their_wksbm(live_server, phone_page, world):
    user = UserFactory(phone="+6281355550001", name="Suharto Wibisono")
    PengurusFactory(user=user, wksbm=world.tidar_utara, jabatan="ketua")
    page = phone_page

    page.goto(live_server.url + "/")
    assert axe_violations(page) == []
    page.get_by_role("link", name=re.compile("Masuk dengan nomor HP")).click()

    expect(page.get_by_role("heading", name="Masuk")).to_be_visible()
    assert axe_violations(page) == []
    page.get_by_label("Nomor HP").fill("0813 5555 0001")
    page.get_by_label("Kata sandi").fill("rahasia-123")
    page.get_by_role("button", name="Masuk").click()

    expect(page.get_by_role("heading", name="Halo, Suharto")).to_be_visible()
    expect(page.get_by_text("WKSBM Tidar Utara")).to_be_visible()
    assert axe_violations(page) == []
    # Nothing overflows the 360 px viewport.
    assert page.evaluate("document.documentElement.scrollWidth") <= 360


def test_a_wrong_password_shows_an_indonesian_message(live_server, phone_page, world):
    UserFactory(phone="+6281355550002")
    page = phone_page
    page.goto(live_server.url + reverse("login"))
    page.get_by_label("Nomor HP").fill("081355550002")
    page.get_by_label("Kata sandi").fill("salah-sandi")
    page.get_by_role("button", name="Masuk").click()
    expect(page.locator(".alert")).to_contain_text("nomor HP")
    assert axe_violations(page) == []
