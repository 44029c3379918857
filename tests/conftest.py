from django.core.cache import cache

import pytest

from lms.roles import Role
from tests.factories import DinsosOfficeFactory, PengurusFactory, UserFactory, WksbmFactory
from wksbm.regions import demo_regions, regions_load

MAGELANG, BENGKULU_SELATAN = "33.71", "17.01"


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: sign-in throttle counters, page cache versions, and
    Wagtail's renditions by image id (ids are reused after a rollback)."""
    cache.clear()


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Uploads and the demo's drawings go to a temporary folder per test, never the checkout's media/."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def regions(db):
    regions_load(demo_regions())


@pytest.fixture
def world(regions):
    """Two offices, each with WKSBM, pengurus, a penyuluh and a manager; plus admins.

    Returns a namespace so tests read `world.magelang_penyuluh`, `world.tidar_utara` ...
    """

    class World:
        pass

    w = World()
    w.magelang = DinsosOfficeFactory(region_code=MAGELANG)
    w.bengkulu = DinsosOfficeFactory(region_code=BENGKULU_SELATAN)
    w.tidar_utara = WksbmFactory(name="WKSBM Tidar Utara", kelurahan_code="33.71.01.1010")
    w.cacaban = WksbmFactory(name="WKSBM Cacaban", kelurahan_code="33.71.03.1002")
    w.kota_medan = WksbmFactory(name="WKSBM Kota Medan", kelurahan_code="17.01.05.1010")
    w.tidar_ketua = PengurusFactory(wksbm=w.tidar_utara, jabatan="ketua")
    w.cacaban_anggota = PengurusFactory(wksbm=w.cacaban)
    w.kota_medan_ketua = PengurusFactory(wksbm=w.kota_medan, jabatan="ketua")
    w.magelang_penyuluh = UserFactory(role=Role.PENYULUH, office=w.magelang)
    w.magelang_manager = UserFactory(role=Role.MANAGER, office=w.magelang)
    w.bengkulu_penyuluh = UserFactory(role=Role.PENYULUH, office=w.bengkulu)
    w.jateng_admin = UserFactory(role=Role.ADMIN, region_id="33")
    w.national_admin = UserFactory(role=Role.ADMIN)
    return w
