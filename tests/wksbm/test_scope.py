"""Each role sees exactly its WKSBM: in querysets, in admin listings and on object URLs."""

from django.contrib.auth.models import AnonymousUser
from django.urls import NoReverseMatch, reverse

import pytest

from lms.roles import region_code_filter, region_scope
from tests.factories import UserFactory
from wksbm.models import Pengurus, Region, Wksbm

pytestmark = pytest.mark.django_db


def names(queryset):
    return sorted(queryset.values_list("name", flat=True))


def test_office_staff_see_the_wksbm_of_their_kabupaten_or_kota(world):
    magelang = ["WKSBM Cacaban", "WKSBM Tidar Utara"]
    assert names(Wksbm.objects.visible_to(world.magelang_penyuluh)) == magelang
    assert names(Wksbm.objects.visible_to(world.magelang_manager)) == magelang
    assert names(Wksbm.objects.visible_to(world.bengkulu_penyuluh)) == ["WKSBM Kota Medan"]


def test_admins_see_their_province_or_the_whole_country(world):
    assert names(Wksbm.objects.visible_to(world.jateng_admin)) == ["WKSBM Cacaban", "WKSBM Tidar Utara"]
    assert Wksbm.objects.visible_to(world.national_admin).count() == 3


def test_a_pengurus_sees_only_their_own_wksbm_and_membership(world):
    user = world.tidar_ketua.user
    assert names(Wksbm.objects.visible_to(user)) == ["WKSBM Tidar Utara"]
    assert list(Pengurus.objects.visible_to(user)) == [world.tidar_ketua]


def test_anonymous_and_unlinked_users_see_nothing(world):
    assert not Wksbm.objects.visible_to(AnonymousUser()).exists()
    assert not Wksbm.objects.visible_to(UserFactory()).exists()
    assert region_scope(AnonymousUser()) is None


def test_a_region_code_prefix_matches_whole_code_segments_only(regions):
    assert region_scope_codes("33.7") == []
    assert region_scope_codes("33.71.01") == [
        "33.71.01",
        "33.71.01.1003",
        "33.71.01.1007",
        "33.71.01.1008",
        "33.71.01.1009",
        "33.71.01.1010",
        "33.71.01.1011",
    ]


def region_scope_codes(prefix):
    return list(Region.objects.filter(region_code_filter(prefix, "code")).values_list("code", flat=True))


def test_inactive_staff_see_nothing(world):
    world.magelang_penyuluh.is_active = False
    assert not Wksbm.objects.visible_to(world.magelang_penyuluh).exists()


@pytest.mark.parametrize(
    ("who", "expected"),
    [
        ("magelang_penyuluh", {"WKSBM Tidar Utara", "WKSBM Cacaban"}),
        ("magelang_manager", {"WKSBM Tidar Utara", "WKSBM Cacaban"}),
        ("bengkulu_penyuluh", {"WKSBM Kota Medan"}),
        ("jateng_admin", {"WKSBM Tidar Utara", "WKSBM Cacaban"}),
        ("national_admin", {"WKSBM Tidar Utara", "WKSBM Cacaban", "WKSBM Kota Medan"}),
    ],
)
def test_each_staff_role_sees_exactly_its_wksbm_and_pengurus_in_the_admin(client, world, who, expected):
    client.force_login(getattr(world, who))
    listed = client.get(reverse("wksbm:index")).context["object_list"]
    assert {wksbm.name for wksbm in listed} == expected
    pengurus = client.get(reverse("pengurus:index")).context["object_list"]
    assert {term.wksbm.name for term in pengurus} == expected
    for wksbm in Wksbm.objects.all():
        status = client.get(reverse("wksbm:inspect", args=[wksbm.pk])).status_code
        assert status == (200 if wksbm.name in expected else 404), wksbm.name


class AdminScopeTests:
    """The Wagtail admin listings and object views use the same rule."""

    @pytest.fixture(autouse=True)
    def setup(self, world, client):
        self.world, self.client = world, client
        client.force_login(world.magelang_penyuluh)

    def test_the_wksbm_listing_shows_only_the_office_wksbm(self):
        response = self.client.get(reverse("wksbm:index"))
        assert response.status_code == 200
        assert [w.name for w in response.context["object_list"]] == ["WKSBM Tidar Utara", "WKSBM Cacaban"]

    def test_editing_a_wksbm_of_another_office_is_not_found(self):
        url = reverse("wksbm:edit", args=[self.world.kota_medan.pk])
        assert self.client.get(url).status_code == 404
        assert self.client.post(url, {"name": "Diambil alih"}).status_code == 404
        self.world.kota_medan.refresh_from_db()
        assert self.world.kota_medan.name == "WKSBM Kota Medan"

    def test_history_and_deletion_of_another_office_pengurus_are_not_found(self):
        pk = self.world.kota_medan_ketua.pk
        assert self.client.get(reverse("pengurus:history", args=[pk])).status_code == 404
        assert self.client.get(reverse("pengurus:edit", args=[pk])).status_code == 404
        assert self.client.post(reverse("pengurus:delete", args=[pk])).status_code == 404
        assert Pengurus.objects.filter(pk=pk).exists()

    def test_the_pengurus_listing_and_its_export_show_only_the_office_pengurus(self):
        response = self.client.get(reverse("pengurus:index"))
        assert {p.pk for p in response.context["object_list"]} == {
            self.world.tidar_ketua.pk,
            self.world.cacaban_anggota.pk,
        }
        export = self.client.get(reverse("pengurus:index") + "?export=csv")
        body = b"".join(export.streaming_content).decode()
        assert self.world.tidar_ketua.user.name in body
        assert self.world.kota_medan_ketua.user.name not in body

    def test_copying_is_not_offered(self):
        with pytest.raises(NoReverseMatch):
            reverse("wksbm:copy", args=[self.world.kota_medan.pk])
        assert self.client.get(f"/admin/wksbm/copy/{self.world.kota_medan.pk}/").status_code == 404

    def test_the_site_history_report_is_for_superusers_only(self):
        response = self.client.get(reverse("wagtailadmin_reports:site_history"))
        assert response.status_code == 302  # Wagtail's "permission denied" redirect
        menu = self.client.get(reverse("wagtailadmin_home")).content.decode()
        assert reverse("wagtailadmin_reports:site_history") not in menu
        self.client.force_login(UserFactory(role="admin", is_superuser=True))
        assert self.client.get(reverse("wagtailadmin_reports:site_history")).status_code == 200

    def test_a_pengurus_cannot_open_the_admin(self):
        self.client.force_login(self.world.tidar_ketua.user)
        response = self.client.get(reverse("wksbm:index"))
        assert response.status_code == 302
        assert "/admin/login/" in response.url

    def test_listing_filters_offer_only_the_office_wksbm_and_kecamatan(self):
        pengurus_filters = self.client.get(reverse("pengurus:index")).context["filters"].form
        assert {w.name for w in pengurus_filters.fields["wksbm"].queryset} == {
            "WKSBM Tidar Utara",
            "WKSBM Cacaban",
        }
        wksbm_filters = self.client.get(reverse("wksbm:index")).context["filters"].form
        assert {r.code for r in wksbm_filters.fields["kecamatan"].queryset} == {
            "33.71.01",
            "33.71.02",
            "33.71.03",
        }

    def test_filtering_by_kecamatan_narrows_the_listing(self):
        response = self.client.get(reverse("wksbm:index"), {"kecamatan": "33.71.03"})
        assert [w.name for w in response.context["object_list"]] == ["WKSBM Cacaban"]
