"""The installable web app: manifest, service worker and offline page, as the server sends them."""

import json

from django.contrib.staticfiles import finders

import pytest

from home import pwa

pytestmark = pytest.mark.django_db


def test_the_manifest_installs_the_app_on_beranda_saya(client):
    response = client.get("/manifest.webmanifest")
    assert response["Content-Type"] == "application/manifest+json"
    manifest = json.loads(response.content)
    assert manifest["name"] == "Pembinaan WKSBM" and manifest["display"] == "standalone"
    assert manifest["start_url"].startswith("/") and manifest["scope"] == "/"
    sizes = {icon["sizes"] for icon in manifest["icons"]}
    assert {"192x192", "512x512"} <= sizes
    for icon in manifest["icons"]:  # every icon is a real file
        assert finders.find(icon["src"].removeprefix("/static/")), icon["src"]


def test_the_worker_names_its_shell_and_a_version_that_follows_it(client, monkeypatch):
    response = client.get("/sw.js")
    body = response.content.decode()
    assert response["Content-Type"].startswith("text/javascript")
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]
    assert "__VERSION__" not in body and '"/offline/"' in body
    for url in pwa.shell_urls():
        assert f'"{url}"' in body
    version = body.split('const VERSION = "')[1].split('"')[0]
    assert version == client.get("/sw.js").content.decode().split('const VERSION = "')[1].split('"')[0]
    monkeypatch.setattr(pwa, "SHELL_STATIC", (*pwa.SHELL_STATIC, "img/icon-512.png"))  # a deploy
    assert version not in client.get("/sw.js").content.decode()


def test_the_offline_page_names_nobody(client, world):
    learner = world.tidar_ketua.user
    client.force_login(learner)
    html = client.get("/offline/").content.decode()
    assert "Anda sedang offline" in html
    assert learner.name not in html and 'action="/keluar/"' not in html


def test_learner_pages_link_the_manifest_and_the_offline_script(client):
    html = client.get("/masuk/").content.decode()
    # offline.js links the manifest after the first paint (docs/decisions.md), with the worker.
    assert 'data-manifest="/manifest.webmanifest"' in html and "js/offline" in html
    assert 'id="net-status"' in html
