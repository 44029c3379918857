"""The kelurahan/desa of a WKSBM is chosen in a searchable modal, scoped like everything else,
instead of a select that names every kelurahan in scope."""

import json

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

import pytest

from wksbm.models import Region

pytestmark = pytest.mark.django_db


@pytest.fixture
def penyuluh_client(client, world):
    client.force_login(world.magelang_penyuluh)
    return client


def chooser_rows(response) -> list[str]:
    """The names offered: the modal answers JSON with its HTML, the results view HTML alone."""
    html = response.content.decode()
    if response["Content-Type"].startswith("application/json"):
        html = json.loads(html)["html"]
    links = html.split("data-chooser-modal-choice")[1:]
    return [link.split("</a>")[0].split(">")[-1].strip() for link in links]


def test_the_wksbm_form_renders_a_chooser_not_every_kelurahan(penyuluh_client, world):
    page = penyuluh_client.get(reverse("wksbm:add")).content.decode()
    assert reverse("kelurahan_chooser:choose") in page
    assert '<option value="33.71.02.1003"' not in page
    assert page.count("<option") < 20  # the status select and its like, no kelurahan list


def test_the_chooser_lists_the_offices_kelurahan_with_their_kecamatan(penyuluh_client, world):
    rows = chooser_rows(penyuluh_client.get(reverse("kelurahan_chooser:choose")))
    magelang = Region.objects.filter(level=Region.Level.KELURAHAN_DESA, code__startswith="33.71.")
    assert len(rows) == min(20, magelang.count()) > 0
    assert all(", " in row for row in rows)
    assert not any("Bengkulu" in row or "Manna" in row for row in rows)


def test_the_chooser_searches_kelurahan_and_kecamatan_names_within_scope(penyuluh_client, world):
    tidar = penyuluh_client.get(reverse("kelurahan_chooser:choose_results"), {"q": "tidar ut"})
    assert chooser_rows(tidar) == ["Tidar Utara, Magelang Selatan"]
    by_kecamatan = chooser_rows(
        penyuluh_client.get(reverse("kelurahan_chooser:choose_results"), {"q": "magelang selatan"})
    )
    assert by_kecamatan and all(row.endswith(", Magelang Selatan") for row in by_kecamatan)
    other_office = penyuluh_client.get(reverse("kelurahan_chooser:choose_results"), {"q": "pasar manna"})
    assert chooser_rows(other_office) == []


def test_choosing_answers_the_label_and_refuses_what_is_out_of_scope_or_not_a_kelurahan(penyuluh_client):
    chosen = penyuluh_client.get(reverse("kelurahan_chooser:chosen", args=["33.71.02.1003"]))
    assert json.loads(chosen.content)["result"]["title"] == "Wates, Magelang Utara"
    for refused in ("17.01.05.1016", "33.71.02", "33.71", "bukan-kode"):
        assert penyuluh_client.get(reverse("kelurahan_chooser:chosen", args=[refused])).status_code == 404
    assert penyuluh_client.post(reverse("kelurahan_chooser:create")).status_code == 404


def test_a_page_of_twenty_kelurahan_takes_the_queries_of_a_page_of_one(client, world):
    client.force_login(world.national_admin)
    counts = []
    for query in ({}, {"q": "tidar ut"}):
        with CaptureQueriesContext(connection) as queries:
            response = client.get(reverse("kelurahan_chooser:choose_results"), query)
        counts.append((len(chooser_rows(response)), len(queries)))
    assert [rows for rows, _ in counts] == [20, 1]
    assert counts[0][1] == counts[1][1]


def test_what_a_person_could_type_or_forge_is_answered_without_an_error(penyuluh_client):
    for query in ("tidar\x00", "x" * 10000, "%", "_"):
        assert (
            penyuluh_client.get(reverse("kelurahan_chooser:choose_results"), {"q": query}).status_code == 200
        )
    for forged in ("33.71.02.1003\x00", "33.71.02.1003\x1f"):
        assert penyuluh_client.get(reverse("kelurahan_chooser:chosen", args=[forged])).status_code == 404
    chosen = penyuluh_client.get(
        reverse("kelurahan_chooser:chosen_multiple"), {"id": ["33.71.02.1003", "17.01.05.1016", "x\x00"]}
    )
    assert [item["id"] for item in json.loads(chosen.content)["result"]] == ["33.71.02.1003"]
