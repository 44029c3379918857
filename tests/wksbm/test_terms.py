"""Moving and leaving: a pengurus changes jabatan, moves to another WKSBM or leaves. The term ends
and a new one starts the same day; history stays, and reports count people where they serve."""

import datetime

from django.core.exceptions import ValidationError

import pytest

from readiness.score import pengurus_readiness
from wksbm.models import Jabatan, Pengurus, Wksbm
from wksbm.terms import pengurus_term_change

pytestmark = pytest.mark.django_db

DAY = datetime.date(2025, 7, 1)


def serving(user, as_of):
    return list(Pengurus.objects.active(as_of).filter(user=user).values_list("wksbm__name", "jabatan"))


def test_a_new_position_ends_the_term_and_starts_another_the_same_day(world):
    term = world.cacaban_anggota
    new = pengurus_term_change(term=term, on=DAY, jabatan=Jabatan.BENDAHARA)
    term.refresh_from_db()
    assert term.active_to == DAY and new.active_from == DAY and new.wksbm == term.wksbm
    assert serving(term.user, DAY - datetime.timedelta(days=1)) == [("WKSBM Cacaban", "anggota")]
    assert serving(term.user, DAY) == [("WKSBM Cacaban", "bendahara")]


def test_a_move_counts_the_pengurus_in_the_new_wksbm_only_from_that_day(world):
    term = world.cacaban_anggota
    pengurus_term_change(term=term, on=DAY, wksbm=world.tidar_utara)
    networks = Wksbm.objects.filter(pk__in=[world.cacaban.pk, world.tidar_utara.pk])

    def counted(as_of):
        return {
            row.wksbm_id for row in pengurus_readiness(networks, as_of=as_of) if row.user_id == term.user_id
        }

    assert counted(DAY - datetime.timedelta(days=1)) == {world.cacaban.pk}
    assert counted(DAY) == {world.tidar_utara.pk}
    assert Pengurus.objects.filter(user=term.user).count() == 2  # the old term is history, not rewritten


def test_leaving_ends_the_term_and_the_pengurus_drops_out_of_reports(world):
    term = world.cacaban_anggota
    assert pengurus_term_change(term=term, on=DAY) is None
    assert serving(term.user, DAY) == []
    assert [r.user_id for r in pengurus_readiness(Wksbm.objects.filter(pk=world.cacaban.pk), as_of=DAY)] == []
    assert term.user.memberships.count() == 1  # the account and its history remain


@pytest.mark.parametrize(
    "change, message",
    [
        ({"on": datetime.date(2024, 1, 1), "jabatan": Jabatan.KETUA}, "setelah masa jabatan dimulai"),
        ({"on": DAY, "jabatan": Jabatan.ANGGOTA}, "Pilih jabatan lain atau WKSBM lain."),
        ({"on": DAY, "wksbm": "tidar_utara"}, "sudah menjabat di WKSBM Tidar Utara"),
    ],
)
def test_a_change_that_cannot_be_made_says_why_and_writes_nothing(world, change, message):
    term = world.cacaban_anggota
    if change.get("wksbm"):
        Pengurus.objects.create(user=term.user, wksbm=world.tidar_utara, jabatan=Jabatan.SEKSI)
        change = {**change, "wksbm": world.tidar_utara}
    before = list(Pengurus.objects.values_list("pk", "active_to").order_by("pk"))
    with pytest.raises(ValidationError, match=message):
        pengurus_term_change(term=term, **change)
    assert list(Pengurus.objects.values_list("pk", "active_to").order_by("pk")) == before


def test_an_ended_term_cannot_end_again(world):
    term = world.cacaban_anggota
    pengurus_term_change(term=term, on=DAY)
    with pytest.raises(ValidationError, match="sudah berakhir"):
        pengurus_term_change(term=term, on=DAY + datetime.timedelta(days=3))


def test_the_penyuluh_records_a_move_in_the_admin_within_their_office(client, world):
    term = world.cacaban_anggota
    url = f"/admin/wksbm/pengurus/{term.pk}/change/"
    client.force_login(world.magelang_penyuluh)
    page = client.get(url).content.decode()
    assert "WKSBM Tidar Utara" in page and "WKSBM Kota Medan" not in page  # another office's WKSBM
    missing = client.post(url, {"change": "move", "on": "2025-07-01"})
    assert "Pilih WKSBM tujuan." in missing.content.decode()
    outside = client.post(url, {"change": "move", "on": "2025-07-01", "wksbm": world.kota_medan.pk})
    assert outside.status_code == 200 and Pengurus.objects.filter(user=term.user).count() == 1
    moved = client.post(url, {"change": "move", "on": "2025-07-01", "wksbm": world.tidar_utara.pk})
    assert moved.status_code == 302
    assert serving(term.user, DAY) == [("WKSBM Tidar Utara", "anggota")]

    client.force_login(world.bengkulu_penyuluh)
    assert client.get(f"/admin/wksbm/pengurus/{world.tidar_ketua.pk}/change/").status_code == 404
    client.force_login(world.magelang_manager)  # managers read pengurus, they do not change them
    assert client.post(url, {"change": "leave", "on": "2025-08-01"}).status_code in (302, 403)
    assert serving(term.user, DAY) == [("WKSBM Tidar Utara", "anggota")]
