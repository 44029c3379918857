"""The Content-Security-Policy header: strict on every page a learner meets, and in the Wagtail
admin only the relaxations docs/decisions.md ("Security headers") explains."""

import base64
import hashlib
import re

from django.http import HttpResponse
from django.test import RequestFactory
from django.urls import reverse

import pytest

from lms.middleware import ContentSecurityPolicyMiddleware
from lms.models import User
from lms.stylesheet import site_stylesheet
from tests.factories.courses import make_course, make_section

pytestmark = pytest.mark.django_db

LEARNER_POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    # The site's stylesheet, inline in every page (lms.stylesheet), by its hash: nothing else.
    "style-src": ["'self'", site_stylesheet().csp_source],
    "img-src": ["'self'"],
    "connect-src": ["'self'"],
    "media-src": ["'self'"],
    "frame-src": ["https://www.youtube-nocookie.com"],
    "worker-src": ["'self'"],
    "manifest-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
}
# Draftail's <style> elements, Jcrop's `ontouchstart="return;"` probe, image upload thumbnails
# and the preview panel's iframe.
ADMIN_POLICY = LEARNER_POLICY | {
    "script-src": ["'self'", "'unsafe-hashes'", "'sha256-i+qr4lq34KgNHiW62lWi9aInEBwiEOrfCzaNPCvkqD8='"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "blob:"],
    "frame-src": ["'self'"],
}


def policy(response) -> dict[str, list[str]]:
    directives = (part.split() for part in response["Content-Security-Policy"].split(";") if part.strip())
    return {name: sources for name, *sources in directives}


def test_the_sign_in_page_has_the_strict_policy(client):
    response = client.get(reverse("login"))
    assert response.status_code == 200
    assert policy(response) == LEARNER_POLICY


def test_a_lesson_has_the_strict_policy_also_when_it_comes_from_the_page_cache(client, world):
    lesson = make_course(make_section(), lessons=1).get_lessons().get()
    client.force_login(world.tidar_ketua.user)
    for _visit in range(3):  # the first sets the CSRF cookie, the third is a cache hit
        response = client.get(lesson.url)
        assert response.status_code == 200
        assert policy(response) == LEARNER_POLICY


def test_the_one_inline_style_of_a_page_is_the_one_the_policy_admits(client):
    response = client.get(reverse("login"))
    styles = re.findall(r"<style>(.*?)</style>", response.content.decode(), flags=re.DOTALL)
    assert len(styles) == 1
    assert ".site-header" in styles[0]
    digest = base64.b64encode(hashlib.sha256(styles[0].encode()).digest()).decode()
    assert policy(response)["style-src"] == ["'self'", f"'sha256-{digest}'"]
    assert b'rel="stylesheet"' not in response.content  # nothing holds back the first paint


def test_beranda_saya_has_the_strict_policy(client, world):
    client.force_login(world.tidar_ketua.user)
    response = client.get("/")
    assert response.status_code == 200
    assert policy(response) == LEARNER_POLICY


def test_a_json_response_carries_the_policy_too(client):
    response = client.get(reverse("web_manifest"))
    assert response.status_code == 200
    assert policy(response) == LEARNER_POLICY


def test_an_admin_page_has_the_admin_policy_without_inline_scripts(client, world):
    client.force_login(world.magelang_penyuluh)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    assert policy(response) == ADMIN_POLICY
    assert "'unsafe-inline'" not in policy(response)["script-src"]
    assert "'unsafe-eval'" not in policy(response)["script-src"]
    assert "Content-Security-Policy-Report-Only" not in response


def test_the_admin_sign_in_page_has_the_admin_policy(client):
    response = client.get(reverse("wagtailadmin_login"))
    assert response.status_code == 200
    assert policy(response) == ADMIN_POLICY


def respond(request, response):
    return ContentSecurityPolicyMiddleware(lambda request: response)(request)


def test_a_page_preview_may_be_framed_by_this_site_only():
    request = RequestFactory().get("/materi/peran-pengurus/")
    request.is_preview = True  # as Wagtail's make_preview_request marks it
    assert policy(respond(request, HttpResponse()))["frame-ancestors"] == ["'self'"]


def test_a_response_marked_sameorigin_may_be_framed_by_this_site_only():
    response = HttpResponse()
    response["X-Frame-Options"] = "SAMEORIGIN"  # Wagtail's block previews
    request = RequestFactory().get("/admin/block-preview/")
    assert policy(respond(request, response))["frame-ancestors"] == ["'self'"]


def test_a_policy_already_set_is_kept():
    response = HttpResponse()
    response["Content-Security-Policy"] = "default-src 'none'"  # Wagtail's image and document views
    assert respond(RequestFactory().get("/documents/1/a.pdf"), response)["Content-Security-Policy"] == (
        "default-src 'none'"
    )


def test_a_superuser_dashboard_asks_no_other_site_for_updates(client, world):
    superuser = User.objects.create_superuser(phone="+6281900000001", password="x", name="Super")
    client.force_login(superuser)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    assert b"w-upgrade" not in response.content  # the panel that fetches releases.wagtail.org
