"""Lesson pages come from a cache, and never go stale for the reader."""

import gzip

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from courses.progress import lesson_complete
from tests.factories.courses import make_course, make_section

pytestmark = pytest.mark.django_db


@pytest.fixture
def lesson(world):
    return make_course(make_section(), lessons=2).get_lessons().first()


def get(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return response.content.decode(), len(captured)


def test_a_second_visit_is_served_from_the_cache_with_at_most_the_session_query(client, world, lesson):
    client.force_login(world.tidar_ketua.user)
    get(client, lesson.url)  # the first visit sets the CSRF cookie that keys the cache
    first, first_queries = get(client, lesson.url)
    second, second_queries = get(client, lesson.url)
    assert second == first
    assert second_queries <= 1 < first_queries


def test_marking_the_lesson_done_shows_at_once(client, world, lesson):
    client.force_login(world.tidar_ketua.user)
    get(client, lesson.url)
    get(client, lesson.url)
    client.post(lesson.url + "selesai/")
    page, _ = get(client, lesson.url)
    assert "Anda sudah menandai materi ini selesai" in page


def test_a_published_edit_shows_at_once(client, world, lesson):
    get(client, lesson.url)
    get(client, lesson.url)
    lesson.body = [{"type": "paragraph", "value": "<p>Isi baru tentang notulen rapat.</p>"}]
    lesson.save_revision().publish()
    page, _ = get(client, lesson.url)
    assert "Isi baru tentang notulen rapat." in page


def test_readers_sharing_a_browser_never_see_each_others_progress(client, world, lesson):
    client.force_login(world.tidar_ketua.user)
    lesson_complete(user=world.tidar_ketua.user, lesson=lesson)
    done, _ = get(client, lesson.url)
    assert "Anda sudah menandai materi ini selesai" in done
    client.force_login(world.cacaban_anggota.user)  # same CSRF cookie, another person
    page, _ = get(client, lesson.url)
    assert "Anda sudah menandai materi ini selesai" not in page
    assert "Tandai selesai" in page


def test_the_language_is_part_of_the_key(client, world, lesson):
    get(client, lesson.url)
    get(client, lesson.url)
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    page, _ = get(client, lesson.url)
    assert "Log in to keep your progress" in page


def test_cached_pages_are_sent_gzipped_to_browsers_that_accept_it(client, world, lesson):
    client.get(lesson.url)
    plain = client.get(lesson.url).content
    response = client.get(lesson.url, HTTP_ACCEPT_ENCODING="gzip, deflate")
    assert response["Content-Encoding"] == "gzip"
    assert gzip.decompress(response.content) == plain
    assert "Accept-Encoding" in response["Vary"]
