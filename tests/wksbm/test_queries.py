"""Admin listings and exports cost the same number of queries whatever the number of rows."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

import pytest

from tests.factories import PengurusFactory, WksbmFactory

pytestmark = pytest.mark.django_db


def queries_for(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
        if hasattr(response, "streaming_content"):
            b"".join(response.streaming_content)
    assert response.status_code == 200
    return len(captured)


@pytest.mark.parametrize(
    "url_name",
    ["wksbm:index", "pengurus:index", "dinsos_offices:index"],
)
@pytest.mark.parametrize("export", ["", "?export=csv", "?export=xlsx"])
def test_listing_queries_do_not_grow_with_the_rows(client, world, url_name, export):
    client.force_login(world.magelang_penyuluh)
    url = reverse(url_name) + export
    queries_for(client, url)  # warm per-session caches
    few = queries_for(client, url)
    for kelurahan in ("33.71.01.1003", "33.71.02.1003", "33.71.03.1001"):
        wksbm = WksbmFactory(kelurahan_code=kelurahan)
        PengurusFactory.create_batch(4, wksbm=wksbm)
    assert queries_for(client, url) == few
