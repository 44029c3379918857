"""The credential rule: a penyuluh registers, prints a card for, resets, renames or renumbers a
person only when every term of theirs that has not ended lies in the penyuluh's region. Every
credential change is in the account history of the person's offices."""

import datetime
import io

from django.contrib.auth.hashers import check_password
from django.urls import reverse

import pytest
from openpyxl import Workbook

from lms.activation import activation_code_find
from lms.models import ActivationCode, CredentialEvent, User
from wksbm.models import Pengurus
from wksbm.terms import pengurus_term_change

pytestmark = pytest.mark.django_db

SERVING_ELSEWHERE = "menjabat di WKSBM di luar wilayah Anda"


def _counts():
    return (
        User.objects.count(),
        Pengurus.objects.count(),
        ActivationCode.objects.count(),
        CredentialEvent.objects.count(),
    )


def _xlsx(rows) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.append(["Nama", "Nomor HP", "Jabatan", "Kode WKSBM", "Aktif sejak"])
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_the_takeover_across_offices_fails_at_its_first_step_with_nothing_written(client, world):
    """A Bengkulu Selatan penyuluh tries to take over a Magelang pengurus' account: register her
    number in one of his WKSBM, print a login card for her, activate it and set a password."""
    victim = world.tidar_ketua.user
    victim.set_password("kata-sandi-asli")
    victim.save()
    before = _counts()
    client.force_login(world.bengkulu_penyuluh)

    # Step 1: register her number as a new pengurus of a Bengkulu WKSBM: refused, with the reason.
    response = client.post(
        reverse("pengurus:add"),
        {
            "name": "Nama Samaran",
            "phone": victim.phone_display,
            "wksbm": world.kota_medan.pk,
            "jabatan": "anggota",
            "active_from": "2025-01-06",
            "active_to": "",
        },
    )
    assert response.status_code == 200
    assert SERVING_ELSEWHERE in response.content.decode()
    assert _counts() == before

    # The same through "Register from a file": the file is refused whole.
    upload = io.BytesIO(
        _xlsx([["Nama Samaran", victim.phone_display, "Anggota", world.kota_medan.code, "06/01/2025"]])
    )
    upload.name = "pengurus.xlsx"
    preview = client.post(reverse("wksbm_admin:pengurus_import"), {"file": upload})
    assert SERVING_ELSEWHERE in preview.content.decode()
    assert _counts() == before

    # Later steps have nothing to work on: she is not on his WKSBM's cards, a forged tick is
    # ignored, and no code exists for her number.
    cards = client.get(reverse("wksbm_admin:login_cards", args=[world.kota_medan.pk]))
    assert victim.name not in cards.content.decode()
    forged = client.post(
        reverse("wksbm_admin:login_cards", args=[world.kota_medan.pk]), {"user": [victim.pk]}
    )
    assert forged.status_code == 302 and forged["Content-Type"] != "application/pdf"
    assert activation_code_find(phone=victim.phone, code="00000000") is None
    assert _counts() == before
    victim.refresh_from_db()
    assert victim.name != "Nama Samaran" and check_password("kata-sandi-asli", victim.password)


def test_a_card_is_refused_for_a_person_who_also_serves_elsewhere(client, world):
    person = world.kota_medan_ketua.user
    Pengurus.objects.create(user=person, wksbm=world.tidar_utara, jabatan="anggota", active_from="2025-01-06")
    client.force_login(world.magelang_penyuluh)
    url = reverse("wksbm_admin:login_cards", args=[world.tidar_utara.pk])
    page = client.get(url).content.decode()
    assert person.name in page and SERVING_ELSEWHERE in page
    assert f'value="{person.pk}"' not in page  # no box to tick
    assert client.post(url, {"user": [person.pk]})["Content-Type"] != "application/pdf"
    assert not ActivationCode.objects.filter(user=person).exists()


def test_after_she_leaves_her_office_the_next_one_registers_her_and_both_see_the_history(client, world):
    person = world.tidar_ketua.user
    pengurus_term_change(term=world.tidar_ketua, on=datetime.date.today() - datetime.timedelta(days=1))
    client.force_login(world.bengkulu_penyuluh)
    response = client.post(
        reverse("pengurus:add"),
        {
            "name": person.name,
            "phone": person.phone_display,
            "wksbm": world.kota_medan.pk,
            "jabatan": "sekretaris",
            "active_from": datetime.date.today().isoformat(),
            "active_to": "",
        },
    )
    assert response.status_code == 302
    cards = client.post(reverse("wksbm_admin:login_cards", args=[world.kota_medan.pk]), {"user": [person.pk]})
    assert cards["Content-Type"] == "application/pdf"

    actions = list(CredentialEvent.objects.filter(person=person).values_list("action", "actor"))
    assert (CredentialEvent.Action.REGISTERED, world.bengkulu_penyuluh.pk) in actions
    assert (CredentialEvent.Action.RESET_CARD, world.bengkulu_penyuluh.pk) in actions or (
        CredentialEvent.Action.ACTIVATION_CARD,
        world.bengkulu_penyuluh.pk,
    ) in actions
    for staff in (world.bengkulu_penyuluh, world.magelang_penyuluh, world.magelang_manager):
        assert set(CredentialEvent.objects.visible_to(staff).filter(person=person)) == set(
            CredentialEvent.objects.filter(person=person)
        )
    outsider = world.kota_medan_ketua.user  # never served in Magelang
    assert not CredentialEvent.objects.visible_to(world.magelang_penyuluh).filter(person=outsider).exists()


def test_renaming_and_renumbering_are_recorded(client, world):
    term = world.tidar_ketua
    client.force_login(world.magelang_penyuluh)
    response = client.post(
        reverse("pengurus:edit", args=[term.pk]),
        {
            "name": "Nama Baru",
            "phone": "0813-7777-0123",
            "wksbm": world.tidar_utara.pk,
            "jabatan": term.jabatan,
            "active_from": term.active_from.isoformat(),
            "active_to": "",
        },
    )
    assert response.status_code == 302
    events = {e.action: e for e in CredentialEvent.objects.filter(person=term.user)}
    assert events[CredentialEvent.Action.RENAMED].detail.endswith("→ Nama Baru")
    assert events[CredentialEvent.Action.RENUMBERED].detail.endswith("→ +6281377770123")
    assert events[CredentialEvent.Action.RENAMED].actor == world.magelang_penyuluh


def test_the_account_history_is_listed_for_the_persons_offices_only(client, world):
    CredentialEvent.objects.create(person=world.tidar_ketua.user, action=CredentialEvent.Action.REGISTERED)
    theirs = CredentialEvent.objects.create(
        person=world.kota_medan_ketua.user, action=CredentialEvent.Action.REGISTERED
    )
    client.force_login(world.magelang_penyuluh)
    listing = client.get(reverse("account_history:index"))
    assert listing.status_code == 200
    page = listing.content.decode()
    assert world.tidar_ketua.user.name in page and world.kota_medan_ketua.user.name not in page
    assert client.get(reverse("account_history:inspect", args=[theirs.pk])).status_code == 404
    assert client.get(reverse("account_history:add")).status_code in (302, 403, 404)


def test_a_superuser_or_staff_number_is_never_registered_or_carded_as_a_pengurus(client, world):
    from tests.factories import UserFactory

    boss = UserFactory(is_superuser=True, is_staff=True)  # made in the Users screen: role left at pengurus
    before = _counts()
    client.force_login(world.bengkulu_penyuluh)
    response = client.post(
        reverse("pengurus:add"),
        {
            "name": "Nama Samaran",
            "phone": boss.phone,
            "wksbm": world.kota_medan.pk,
            "jabatan": "anggota",
            "active_from": "2025-01-06",
            "active_to": "",
        },
    )
    assert response.status_code == 200
    assert "akun staf" in response.content.decode()
    assert _counts() == before
