"""Offices tune the readiness method in the admin; every report uses, and names, its office's settings."""

from decimal import Decimal

from django.utils import translation

import pytest

from readiness.models import ReadinessSettings
from readiness.score import ReadinessParameters, readiness_by_office, settings_summary
from wksbm.models import Wksbm

pytestmark = pytest.mark.django_db


def test_an_office_uses_its_own_settings_else_the_site_defaults_else_the_methods(world):
    def used():
        return {u.office: (u.parameters, u.source) for u in readiness_by_office(Wksbm.objects.all())[1]}

    assert used()[world.magelang] == (ReadinessParameters(), None)
    defaults = ReadinessSettings.objects.create(window_days=365)
    assert used()[world.magelang] == (ReadinessParameters(window_days=365), defaults)
    own = ReadinessSettings.objects.create(office=world.magelang, weight_core_jabatan=Decimal(3))
    assert used()[world.magelang] == (ReadinessParameters(weight_core_jabatan=Decimal(3)), own)
    assert used()[world.bengkulu] == (ReadinessParameters(window_days=365), defaults)


def test_each_wksbm_is_scored_with_its_offices_settings_and_the_report_names_them(
    world, django_assert_max_num_queries
):
    ReadinessSettings.objects.create(office=world.magelang, coverage_minimum=Decimal(0), window_days=90)
    with django_assert_max_num_queries(5):  # codes, offices, settings, one readiness query per settings
        scores, used = readiness_by_office(Wksbm.objects.all())
    assert set(scores) == set(Wksbm.objects.values_list("pk", flat=True))
    by_office = {u.office: u for u in used}
    assert by_office[world.magelang].parameters.window_days == 90
    assert by_office[world.bengkulu].parameters == ReadinessParameters()
    with translation.override("en"):
        summary = settings_summary(by_office[world.magelang])
    assert summary.startswith("Dinas Sosial Kota Magelang, the office's own settings")
    assert (
        "enough data from 0% coverage; evidence of the last 90 days, each ending at midnight WIB" in summary
    )


def test_managers_edit_their_own_offices_settings_only(client, world):
    theirs = ReadinessSettings.objects.create(office=world.bengkulu)
    client.force_login(world.magelang_manager)
    add = client.post(
        "/admin/snippets/readiness/readinesssettings/add/",
        {
            "office": world.magelang.pk,
            "weight_komitmen": "1",
            "weight_pengetahuan": "2",
            "weight_keterampilan": "1",
            "weight_core_jabatan": "2",
            "weight_other_jabatan": "1",
            "ready_minimum": "80",
            "ready_pillar_minimum": "70",
            "almost_ready_minimum": "65",
            "coverage_minimum": "50",
            "window_days": "365",
        },
    )
    assert add.status_code == 302
    assert ReadinessSettings.objects.get(office=world.magelang).weight_pengetahuan == 2
    assert client.get(f"/admin/snippets/readiness/readinesssettings/edit/{theirs.pk}/").status_code == 404
    client.force_login(world.magelang_penyuluh)
    assert client.get("/admin/snippets/readiness/readinesssettings/add/").status_code in (302, 403)
