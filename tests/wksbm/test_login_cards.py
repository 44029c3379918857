"""Login cards: a penyuluh prints one-time codes for a WKSBM's pengurus, and the codes work."""

import io

import pytest

pytestmark = pytest.mark.django_db


def test_login_cards_carry_codes_that_activate_the_accounts(client, world):
    from pypdf import PdfReader

    from lms.activation import activation_code_find

    newcomer = world.tidar_ketua.user
    newcomer.set_unusable_password()
    newcomer.save()
    url = f"/admin/wksbm/{world.tidar_utara.pk}/login-cards/"
    client.force_login(world.magelang_penyuluh)
    page = client.get(url)
    assert page.status_code == 200 and newcomer.name in page.content.decode()
    pdf = client.post(url, {"user": [newcomer.pk]})
    assert pdf["Content-Type"] == "application/pdf"
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.content)).pages)
    assert newcomer.name in text and newcomer.phone_display in text
    code = text.split("Kode aktivasi")[1].split()[:2]  # "1234 5678"
    assert activation_code_find(phone=newcomer.phone, code="".join(code)) is not None
    assert "/aktivasi/" in text


def test_login_cards_stay_in_the_office(client, world):
    client.force_login(world.magelang_penyuluh)
    url = f"/admin/wksbm/{world.kota_medan.pk}/login-cards/"
    assert client.get(url).status_code == 404
    assert client.post(url, {"user": [world.kota_medan_ketua.user_id]}).status_code == 404
    client.force_login(world.magelang_manager)  # managers do not handle accounts
    assert client.get(f"/admin/wksbm/{world.tidar_utara.pk}/login-cards/").status_code in (302, 403)
