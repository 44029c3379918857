"""/healthz/ answers 200 only when the database and the cache both answer."""

from django.core.cache import cache
from django.db import connection
from django.db.utils import OperationalError

import pytest

pytestmark = pytest.mark.django_db


def test_a_healthy_server_says_ok_and_is_never_cached(client):
    response = client.get("/healthz/")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_a_database_that_does_not_answer_makes_it_unhealthy(client, monkeypatch):
    def refuse(*args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr(connection, "cursor", refuse)
    response = client.get("/healthz/")
    assert response.status_code == 503
    assert response.json() == {"status": "error", "database": "error", "cache": "ok"}


def test_a_cache_that_loses_what_it_stored_makes_it_unhealthy(client, monkeypatch):
    monkeypatch.setattr(cache, "get", lambda *args, **kwargs: None)
    response = client.get("/healthz/")
    assert response.status_code == 503
    assert response.json() == {"status": "error", "database": "ok", "cache": "error"}


def test_only_reading_is_allowed(client):
    assert client.head("/healthz/").status_code == 200
    assert client.post("/healthz/").status_code == 405
