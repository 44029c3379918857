"""Penyuluh register pengurus and WKSBM in the Wagtail admin, inside their own office."""

import datetime

from django.urls import reverse

from wagtail.test.utils.form_data import inline_formset, nested_form_data

import pytest

from lms.models import User
from tests.factories import PengurusFactory
from wksbm.models import Pengurus, Wksbm

pytestmark = pytest.mark.django_db


@pytest.fixture
def penyuluh_client(client, world):
    client.force_login(world.magelang_penyuluh)
    return client


def pengurus_form(**overrides):
    data = {
        "name": "Endang Lestari",
        "phone": "0813-7777-0001",
        "wksbm": "",
        "jabatan": "sekretaris",
        "active_from": "2025-01-06",
        "active_to": "",
    }
    return {**data, **overrides}


def test_registering_a_pengurus_creates_their_account_with_the_normal_phone_form(penyuluh_client, world):
    response = penyuluh_client.post(reverse("pengurus:add"), pengurus_form(wksbm=world.tidar_utara.pk))
    assert response.status_code == 302
    user = User.objects.get(phone="+6281377770001")
    assert user.name == "Endang Lestari"
    assert user.role == "pengurus"
    assert not user.has_usable_password()
    assert Pengurus.objects.get(user=user).wksbm == world.tidar_utara


def test_a_known_number_joins_another_wksbm_with_the_same_account(penyuluh_client, world):
    existing = world.cacaban_anggota.user
    response = penyuluh_client.post(
        reverse("pengurus:add"),
        pengurus_form(phone=existing.phone, name=existing.name, wksbm=world.tidar_utara.pk),
    )
    assert response.status_code == 302
    assert User.objects.filter(phone=existing.phone).count() == 1
    assert existing.memberships.count() == 2


def test_the_same_person_cannot_hold_two_open_terms_in_one_wksbm(penyuluh_client, world):
    ketua = world.tidar_ketua
    response = penyuluh_client.post(
        reverse("pengurus:add"), pengurus_form(phone=ketua.user.phone, wksbm=world.tidar_utara.pk)
    )
    assert response.status_code == 200
    assert response.context["form"].errors["phone"]
    assert Pengurus.objects.filter(user=ketua.user).count() == 1


def test_a_wksbm_of_another_office_cannot_be_chosen(penyuluh_client, world):
    response = penyuluh_client.post(reverse("pengurus:add"), pengurus_form(wksbm=world.kota_medan.pk))
    assert response.status_code == 200
    assert "wksbm" in response.context["form"].errors
    assert not User.objects.filter(phone="+6281377770001").exists()


def test_a_bad_phone_number_is_refused_and_nothing_is_written(penyuluh_client, world):
    response = penyuluh_client.post(
        reverse("pengurus:add"), pengurus_form(phone="0812", wksbm=world.tidar_utara.pk)
    )
    assert response.status_code == 200
    assert response.context["form"].errors["phone"]
    assert Pengurus.objects.count() == 3


def test_a_term_cannot_end_before_it_starts(penyuluh_client, world):
    response = penyuluh_client.post(
        reverse("pengurus:add"),
        pengurus_form(wksbm=world.tidar_utara.pk, active_from="2025-01-06", active_to="2024-12-31"),
    )
    assert response.status_code == 200
    assert response.context["form"].errors["active_to"]


def test_ending_a_term_keeps_the_history(penyuluh_client, world):
    term = world.tidar_ketua
    response = penyuluh_client.post(
        reverse("pengurus:edit", args=[term.pk]),
        pengurus_form(
            name=term.user.name,
            phone=term.user.phone,
            wksbm=world.tidar_utara.pk,
            jabatan="ketua",
            active_from="2024-01-01",
            active_to="2025-06-30",
        ),
    )
    assert response.status_code == 302
    term.refresh_from_db()
    assert str(term.active_to) == "2025-06-30"
    assert not Pengurus.objects.active().filter(pk=term.pk).exists()


def test_a_penyuluh_creates_a_wksbm_only_in_a_kelurahan_of_their_office(penyuluh_client, world):
    def wksbm_form(kelurahan):
        return nested_form_data(
            {
                "name": "WKSBM Wates Guyub",
                "kelurahan": kelurahan,
                "status": "active",
                "founded_on": "2025-02-01",
                "decree_number": "",
                "address": "",
                "code": "",
                "kps_groups": inline_formset([{"name": "PKK Wates", "kind": "pkk"}]),
            }
        )

    refused = penyuluh_client.post(reverse("wksbm:add"), wksbm_form("17.01.05.1016"))
    assert refused.status_code == 200
    assert "kelurahan" in refused.context["form"].errors

    response = penyuluh_client.post(reverse("wksbm:add"), wksbm_form("33.71.02.1003"))
    assert response.status_code == 302
    wksbm = Wksbm.objects.get(name="WKSBM Wates Guyub")
    assert wksbm.code == "33.71.02.1003-1"
    assert [group.name for group in wksbm.kps_groups.all()] == ["PKK Wates"]


def test_the_admin_screens_render_for_each_staff_role(client, world):
    for user in (world.magelang_penyuluh, world.magelang_manager, world.jateng_admin, world.national_admin):
        client.force_login(user)
        for name in ("wksbm:index", "pengurus:index", "dinsos_offices:index"):
            assert client.get(reverse(name)).status_code == 200, (user.role, name)
        assert client.get(reverse("wagtailadmin_home")).status_code == 200


def test_a_manager_can_look_but_not_register(client, world):
    client.force_login(world.magelang_manager)
    assert client.get(reverse("pengurus:inspect", args=[world.tidar_ketua.pk])).status_code == 200
    response = client.post(reverse("pengurus:add"), pengurus_form(wksbm=world.tidar_utara.pk))
    assert response.status_code == 302
    assert response.url.startswith(reverse("wagtailadmin_home"))
    assert not User.objects.filter(phone="+6281377770001").exists()


def test_a_manager_cannot_move_their_office_to_another_region(client, world):
    client.force_login(world.magelang_manager)
    response = client.post(
        reverse("dinsos_offices:edit", args=[world.magelang.pk]),
        {
            "name": "Dinas Sosial Kota Magelang",
            "region": "17.01",
            "address": "",
            "phone": "",
            "time_zone": "Asia/Jakarta",
        },
    )
    assert response.status_code == 302
    world.magelang.refresh_from_db()
    assert world.magelang.region_id == "33.71"


def test_a_province_admin_creates_offices_only_in_their_province(client, world):
    client.force_login(world.jateng_admin)
    form = client.get(reverse("dinsos_offices:add")).context["form"]
    assert {region.code for region in form.fields["region"].queryset} == {"33.71"}


def test_a_person_serving_in_another_office_keeps_their_name_and_number(penyuluh_client, world):
    outsider = world.kota_medan_ketua.user
    # Registered here by a national admin, while still serving in Bengkulu Selatan.
    term = PengurusFactory(user=outsider, wksbm=world.tidar_utara, jabatan="anggota")
    edit_url = reverse("pengurus:edit", args=[term.pk])
    form = penyuluh_client.get(edit_url).context["form"]
    assert form.fields["name"].disabled and form.fields["phone"].disabled

    response = penyuluh_client.post(
        edit_url,
        pengurus_form(
            phone="0813-7777-0009",
            name="Diganti",
            wksbm=world.tidar_utara.pk,
            jabatan="seksi",
            active_from="2025-01-06",
        ),
    )
    assert response.status_code == 302
    outsider.refresh_from_db()
    term.refresh_from_db()
    assert (outsider.name, outsider.phone) == (
        world.kota_medan_ketua.user.name,
        world.kota_medan_ketua.user.phone,
    )
    assert term.jabatan == "seksi"


def test_correcting_a_number_to_one_already_in_use_is_refused(penyuluh_client, world):
    term, other = world.tidar_ketua, world.cacaban_anggota.user
    response = penyuluh_client.post(
        reverse("pengurus:edit", args=[term.pk]),
        pengurus_form(
            name=term.user.name,
            phone=other.phone,
            wksbm=world.tidar_utara.pk,
            jabatan="ketua",
            active_from="2024-01-01",
        ),
    )
    assert response.status_code == 200
    assert response.context["form"].errors["phone"] == ["Nomor ini sudah dipakai orang lain."]


def test_correcting_a_name_and_number_updates_the_login(penyuluh_client, world):
    term = world.tidar_ketua
    response = penyuluh_client.post(
        reverse("pengurus:edit", args=[term.pk]),
        pengurus_form(
            name="Suharto W.",
            phone="0813 7777 0005",
            wksbm=world.tidar_utara.pk,
            jabatan="ketua",
            active_from="2024-01-01",
        ),
    )
    assert response.status_code == 302
    term.user.refresh_from_db()
    assert (term.user.name, term.user.phone) == ("Suharto W.", "+6281377770005")


def test_the_still_serving_filter_follows_the_term_dates(penyuluh_client, world):
    ended = world.cacaban_anggota
    ended.active_to = datetime.date(2025, 1, 1)
    ended.save()
    PengurusFactory(wksbm=world.tidar_utara, active_from=datetime.date(2099, 1, 1))  # not started yet
    serving = penyuluh_client.get(reverse("pengurus:index"), {"serving": "true"}).context["object_list"]
    assert [term.pk for term in serving] == [world.tidar_ketua.pk]
