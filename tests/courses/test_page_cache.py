"""Lesson pages come from a cache, and never go stale for the reader."""

import gzip

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from courses.models import LessonPage
from courses.progress import lesson_complete
from tests.factories.courses import lesson_body, make_course, make_section, publish

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


def test_a_published_edit_shows_at_once(client, world, lesson, django_capture_on_commit_callbacks):
    client.force_login(world.tidar_ketua.user)
    get(client, lesson.url)
    get(client, lesson.url)
    lesson.body = [{"type": "paragraph", "value": "<p>Isi baru tentang notulen rapat.</p>"}]
    with django_capture_on_commit_callbacks(execute=True):
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
    client.force_login(world.tidar_ketua.user)
    get(client, lesson.url)
    get(client, lesson.url)
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    page, _ = get(client, lesson.url)
    assert "Mark as done" in page


def test_anonymous_visits_error_pages_and_sub_routes_are_never_cached(client, world, lesson):
    for _ in range(3):
        assert get(client, lesson.url)[1] > 1  # anonymous: always rendered
    client.force_login(world.tidar_ketua.user)
    get(client, lesson.url)
    for _ in range(2):
        assert client.get(lesson.url + "tidak-ada/").status_code == 404
        assert client.get(lesson.url + "selesai/").status_code == 405


def test_a_password_change_ends_cached_pages_for_the_other_sessions(client, world, lesson):
    user = world.tidar_ketua.user
    client.force_login(user)
    get(client, lesson.url)
    get(client, lesson.url)
    user.set_password("sandi-baru-2025")
    user.save()
    response = client.get(lesson.url)
    assert "Tandai selesai" not in response.content.decode()  # logged out: asked to log in instead


def test_replacing_a_document_or_image_shows_at_once(
    client, world, lesson, settings, tmp_path, django_capture_on_commit_callbacks
):
    from django.core.files.base import ContentFile

    from wagtail.documents.models import Document

    settings.MEDIA_ROOT = tmp_path
    document = Document.objects.create(title="Format lama", file=ContentFile(b"x", name="lama.pdf"))
    lesson.body = [{"type": "document", "value": {"document": document.pk, "title": ""}}]
    lesson.save_revision().publish()
    client.force_login(world.tidar_ketua.user)
    get(client, lesson.url)
    get(client, lesson.url)
    document.title = "Format baru"
    with django_capture_on_commit_callbacks(execute=True):
        document.save()
    page, _ = get(client, lesson.url)
    assert "Format baru" in page


def test_cached_pages_are_sent_gzipped_to_browsers_that_accept_it(client, world, lesson):
    client.force_login(world.tidar_ketua.user)
    client.get(lesson.url)
    plain = client.get(lesson.url).content
    response = client.get(lesson.url, HTTP_ACCEPT_ENCODING="gzip, deflate")
    assert response["Content-Encoding"] == "gzip"
    assert gzip.decompress(response.content) == plain
    assert "Accept-Encoding" in response["Vary"]


def test_the_module_version_moves_only_once_the_change_is_committed(
    world, lesson, django_capture_on_commit_callbacks
):
    from django.core.cache import cache

    from courses.page_cache import _module_key

    key = _module_key(lesson.get_parent().get_url_parts()[2])
    cache.set(key, 1, None)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        lesson.save_revision().publish()
        assert cache.get(key) == 1
    for callback in callbacks:
        callback()
    assert cache.get(key) != 1


def test_publishing_in_one_module_keeps_the_cached_pages_of_the_others(
    client, world, lesson, django_capture_on_commit_callbacks
):
    other_module = make_course(lesson.get_parent().get_parent().specific, title="Modul lain", lessons=1)
    other = other_module.get_lessons().first()
    client.force_login(world.tidar_ketua.user)
    for url in (lesson.url, lesson.url, other.url, other.url):
        get(client, url)
    lesson.body = [{"type": "paragraph", "value": "<p>Isi baru tentang notulen rapat.</p>"}]
    with django_capture_on_commit_callbacks(execute=True):
        lesson.save_revision().publish()
    _, queries = get(client, other.url)
    assert queries <= 1  # still from the cache
    page, queries = get(client, lesson.url)
    assert "Isi baru tentang notulen rapat." in page and queries > 1


def test_a_new_lesson_renumbers_the_cached_pages_of_its_module(
    client, world, lesson, django_capture_on_commit_callbacks
):
    client.force_login(world.tidar_ketua.user)
    get(client, lesson.url)
    assert "Materi 1 dari 2" in get(client, lesson.url)[0]
    with django_capture_on_commit_callbacks(execute=True):
        publish(lesson.get_parent().add_child(instance=LessonPage(title="Materi baru", body=lesson_body())))
    assert "Materi 1 dari 3" in get(client, lesson.url)[0]


def test_a_module_renamed_shows_on_its_cached_lessons(
    client, world, lesson, django_capture_on_commit_callbacks
):
    client.force_login(world.tidar_ketua.user)
    get(client, lesson.url)
    get(client, lesson.url)
    module = lesson.get_parent().specific
    module.title = "Modul yang diganti namanya"
    with django_capture_on_commit_callbacks(execute=True):
        module.save_revision().publish()
    assert "Modul yang diganti namanya" in get(client, lesson.url)[0]
