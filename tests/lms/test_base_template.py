"""What templates/base.html gives every learner page: a description for search engines, the
stylesheet inline (no request holds back the first paint), one small deferred script, and one
status line for offline and what waits to be sent."""

import re

from django.urls import reverse

import pytest

from tests.factories.courses import make_course, make_section

pytestmark = pytest.mark.django_db


def description(html: str) -> str:
    return re.search(r'<meta name="description" content="([^"]*)">', html).group(1)


def test_a_page_without_its_own_description_gets_the_site_s(client):
    html = client.get(reverse("login")).content.decode()
    assert description(html) == "Platform pembinaan untuk pengurus WKSBM dan Dinas Sosial."


def test_a_module_is_described_by_its_summary_and_a_materi_by_its_search_description(client, world):
    course = make_course(make_section())
    lesson = course.get_lessons().first().specific
    lesson.search_description = "Cara mencatat kas & kuitansi."
    lesson.save_revision().publish()
    client.force_login(world.tidar_ketua.user)
    assert description(client.get(course.url).content.decode()) == "Ringkasan."
    assert description(client.get(lesson.url).content.decode()) == "Cara mencatat kas &amp; kuitansi."


def test_head_has_no_stylesheet_link_and_one_deferred_script(client, world):
    client.force_login(world.tidar_ketua.user)
    html = client.get("/").content.decode()
    head = html.split("</head>")[0]
    assert 'rel="stylesheet"' not in head
    scripts = re.findall(r"<script[^>]*>", html)
    assert len(scripts) == 1 and "js/offline" in scripts[0] and "defer" in scripts[0]


def test_one_status_line_with_the_details_link_only_for_someone_signed_in(client, world):
    html = client.get(reverse("login")).content.decode()
    assert html.count('role="status"') == 1 and 'id="sync-status"' not in html
    assert 'href="/unduhan/"' not in html and "data-user" not in html
    client.force_login(world.tidar_ketua.user)
    html = client.get("/").content.decode()
    status = re.search(r'<div id="net-status".*?</div>', html, flags=re.DOTALL).group(0)
    assert 'href="/unduhan/">Rincian</a>' in status
    assert 'data-msg-offline-waiting="Anda sedang offline. %(count)s menunggu sinyal."' in status
