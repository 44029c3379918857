"""The zone a learner reads deadlines in: their Dinsos office's, else the project's."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from tests.factories import UserFactory
from wksbm.zones import learner_time_zone, zone_abbreviation

pytestmark = pytest.mark.django_db


def test_a_pengurus_reads_times_in_their_offices_zone_in_one_query(world):
    learner = world.tidar_ketua.user
    assert learner_time_zone(learner) == "Asia/Jakarta"
    world.magelang.time_zone = "Asia/Jayapura"
    world.magelang.save()
    with CaptureQueriesContext(connection) as captured:
        assert learner_time_zone(learner) == "Asia/Jayapura"
    assert len(captured) == 1


def test_someone_serving_nowhere_reads_the_projects_zone(settings):
    settings.TIME_ZONE = "Asia/Makassar"
    assert learner_time_zone(UserFactory()) == "Asia/Makassar"


@pytest.mark.parametrize(
    ("zone", "abbreviation"),
    [("Asia/Jakarta", "WIB"), ("Asia/Pontianak", "WIB"), ("Asia/Makassar", "WITA"), ("Asia/Jayapura", "WIT")],
)
def test_indonesian_zones_have_their_indonesian_names(zone, abbreviation):
    assert zone_abbreviation(zone) == abbreviation


def test_another_zone_keeps_its_own_abbreviation():
    assert zone_abbreviation("UTC") == "UTC"
