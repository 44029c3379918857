"""Courses saved for reading offline: the manifest a phone follows, the downloads page, and lesson
completions the phone's queue resends as JSON."""

import re
from datetime import timedelta

from django.contrib.staticfiles import finders
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.templatetags.static import static
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, PageViewRestriction

import pytest

from assessments.attempts import attempt_start, attempt_submit
from courses.blocks import LESSON_IMAGE_FILTERS
from courses.models import LessonPage, LessonProgress
from home.downloads import LARGE_FILE_BYTES
from home.pwa import SHELL_STATIC
from tests.factories.assessments import make_bank, make_quiz, make_single
from tests.factories.courses import lesson_body, make_course, make_section, publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    # Wagtail caches renditions by image id; SQLite reuses the ids of rolled-back tests, whose
    # files lay in another temporary folder.
    cache.clear()


@pytest.fixture
def section(world):
    return make_section(office=world.magelang, title="Materi Dinsos Kota Magelang")


@pytest.fixture
def learner(world):
    return world.tidar_ketua.user


@pytest.fixture
def logged_in(client, learner):
    client.force_login(learner)
    return client


@pytest.fixture
def bank(world):
    return make_bank(office=world.magelang, name="Keuangan")


@pytest.fixture
def course(section):
    return make_course(section, title="Administrasi keuangan", pillar="keterampilan", lessons=2)


@pytest.fixture
def quiz(course, bank):
    return make_quiz(course, [make_single(bank), make_single(bank, text="Siapa yang mencatat kas?")])


def manifest_of(client, course):
    response = client.get(reverse("course_download", args=[course.pk]))
    assert response.status_code == 200
    return response.json()


def add_lesson(course, title, body):
    return publish(course.add_child(instance=LessonPage(title=title, body=body)))


def document(title, size, name):
    return Document.objects.create(title=title, file=ContentFile(b"x" * size, name=name))


# --- the manifest ---------------------------------------------------------------------------------


def test_the_manifest_lists_every_page_the_paper_and_the_shell(logged_in, course, quiz):
    manifest = manifest_of(logged_in, course)
    first, second = course.get_lessons()
    assert manifest["course"] == course.pk
    assert manifest["title"] == "Administrasi keuangan"
    assert manifest["url"] == course.url
    assert manifest["cache"] == f"wksbm-course-{course.pk}"

    urls = [file["url"] for file in manifest["files"]]
    expected = [
        course.url,
        first.url,
        second.url,
        quiz.url,
        reverse("quiz_paper", args=[quiz.pk]),
        reverse("downloads"),
        reverse("offline"),
        *(static(path) for path in SHELL_STATIC),
    ]
    assert urls == expected  # in this order, each once
    for file in manifest["files"]:
        assert isinstance(file["bytes"], int) and file["bytes"] > 0, file
    kinds = {file["url"]: file["kind"] for file in manifest["files"]}
    assert {kinds[static(path)] for path in SHELL_STATIC} == {"static"}
    assert {kinds[url] for url in expected[:7]} == {"page"}
    titles = {file["url"]: file["title"] for file in manifest["files"]}
    assert titles[first.url] == first.title and titles[quiz.url] == quiz.title
    # A lesson's estimated size grows with its text.
    sizes = {file["url"]: file["bytes"] for file in manifest["files"]}
    assert sizes[first.url] > len(str(first.specific.body).encode())
    assert manifest["images"] == [] and manifest["extras"] == []


def test_the_shell_files_are_measured(logged_in, course):
    files = {file["url"]: file["bytes"] for file in manifest_of(logged_in, course)["files"]}
    for path in SHELL_STATIC:
        found = finders.find(path)
        assert found, path
        with open(found, "rb") as handle:
            assert files[static(path)] == len(handle.read())


def test_the_manifest_gives_both_widths_of_a_lesson_image_as_the_page_shows_them(
    logged_in, course, media_root
):
    image = Image.objects.create(title="Rapat RW", file=get_test_image_file(size=(1600, 1200)))
    lesson = add_lesson(
        course,
        "Rapat bulanan",
        [
            {"type": "paragraph", "value": "<p>Rapat dibuka oleh ketua.</p>"},
            {"type": "image", "value": {"image": image.pk, "alt": "Pengurus rapat", "caption": "Rapat"}},
        ],
    )
    manifest = manifest_of(logged_in, course)
    assert len(manifest["images"]) == 1
    candidates = manifest["images"][0]
    assert sorted(c["width"] for c in candidates) == [360, 720]

    page = logged_in.get(lesson.url).content.decode()
    srcset = re.search(r'<img[^>]*alt="Pengurus rapat"[^>]*>', page).group(0)
    srcset = re.search(r'srcset="([^"]+)"', srcset).group(1)
    shown = {url: int(width) for url, width in re.findall(r"(\S+) (\d+)w", srcset)}
    assert {c["url"]: c["width"] for c in candidates} == shown

    renditions = image.get_renditions(*LESSON_IMAGE_FILTERS)
    sizes = {rendition.url: rendition.file.size for rendition in renditions.values()}
    assert {c["url"]: c["bytes"] for c in candidates} == sizes
    assert all(c["bytes"] > 0 for c in candidates)
    assert lesson.url in [file["url"] for file in manifest["files"]]


def test_small_documents_are_saved_and_large_ones_and_videos_are_offered_apart(logged_in, course, media_root):
    """Data saver: a 2 MB document and a video are ticked by the learner, not saved by default."""
    small = document("Format laporan", 120_000, "laporan.pdf")
    large = document("Buku panduan", 2_000_000, "panduan.pdf")
    video = document("Video rapat", 2_500_000, "rapat.mp4")
    add_lesson(
        course,
        "Berkas",
        [
            {"type": "document", "value": {"document": small.pk, "title": ""}},
            {"type": "document", "value": {"document": large.pk, "title": "Panduan lengkap"}},
            {"type": "video", "value": {"title": "Contoh rapat", "file": video.pk, "link": "", "minutes": 4}},
            {
                "type": "video",
                "value": {"title": "Dari YouTube", "file": None, "link": "https://youtu.be/dQw4w9WgXcQ"},
            },
        ],
    )
    manifest = manifest_of(logged_in, course)
    files = {file["url"]: file for file in manifest["files"]}
    assert files[small.url] == {
        "url": small.url,
        "bytes": 120_000,
        "kind": "document",
        "title": "Format laporan",
    }
    assert large.url not in files and video.url not in files
    assert manifest["extras"] == [
        {"url": large.url, "bytes": 2_000_000, "kind": "document", "title": "Panduan lengkap"},
        {"url": video.url, "bytes": 2_500_000, "kind": "video", "title": "Contoh rapat"},
    ]
    # A linked video is streamed, never downloaded.
    assert not any("youtu" in file["url"] for file in manifest["files"] + manifest["extras"])


def test_a_document_of_exactly_one_mebibyte_is_still_saved(logged_in, course, media_root):
    edge = document("Tepat satu MiB", LARGE_FILE_BYTES, "tepat.pdf")
    add_lesson(course, "Batas", [{"type": "document", "value": {"document": edge.pk, "title": ""}}])
    manifest = manifest_of(logged_in, course)
    assert edge.url in [file["url"] for file in manifest["files"]]
    assert manifest["extras"] == []


def test_every_file_of_a_module_with_office_media_answers_the_learner(
    logged_in, world, section, course, quiz, media_root
):
    """Private media (courses.media) never breaks a download: the office's own image, cover and
    documents are served to the learner who may read the module, from every address listed."""
    office = Collection.get_first_root_node().add_child(name=world.magelang.name)
    image = Image.objects.create(title="Rapat RW", file=get_test_image_file(), collection=office)
    cover = Image.objects.create(title="Sampul", file=get_test_image_file(), collection=office)
    small = Document.objects.create(
        title="Format laporan", file=ContentFile(b"x" * 1000, name="laporan.pdf"), collection=office
    )
    video = Document.objects.create(
        title="Video rapat", file=ContentFile(b"v" * 2_000_000, name="rapat.mp4"), collection=office
    )
    course.cover_image = cover
    publish(course)
    add_lesson(
        course,
        "Berkas kantor",
        [
            {"type": "image", "value": {"image": image.pk, "alt": "Pengurus rapat", "caption": ""}},
            {"type": "document", "value": {"document": small.pk, "title": ""}},
            {"type": "video", "value": {"title": "Rapat", "file": video.pk, "link": "", "minutes": 2}},
        ],
    )
    manifest = manifest_of(logged_in, course)
    urls = [file["url"] for file in manifest["files"] + manifest["extras"]]
    urls += [candidate["url"] for candidates in manifest["images"] for candidate in candidates]
    assert {small.url, video.url} <= set(urls) and len(manifest["images"]) == 2
    for url in urls:
        assert logged_in.get(url).status_code == 200, url
    # The same files, unused anywhere else, stay with the office once the module is withdrawn.
    for lesson in course.get_children():
        lesson.specific.unpublish()
    course.unpublish()
    stranger = Client()
    stranger.force_login(world.bengkulu_penyuluh)
    for url in (small.url, video.url, image.file.url, cover.file.url):
        assert stranger.get(url).status_code == 404, url


def test_a_quiz_with_no_attempts_left_is_listed_without_its_paper(logged_in, learner, course, bank):
    quiz = make_quiz(course, [make_single(bank)], title="Sekali saja", max_attempts=1)
    attempt_submit(key=attempt_start(quiz=quiz, user=learner).key, user=learner)
    urls = [file["url"] for file in manifest_of(logged_in, course)["files"]]
    assert quiz.url in urls
    assert reverse("quiz_paper", args=[quiz.pk]) not in urls


def test_a_closed_quiz_and_a_draft_quiz_give_no_paper(logged_in, course, bank):
    closed = make_quiz(
        course, [make_single(bank)], title="Tutup", closes_at=timezone.now() - timedelta(days=1)
    )
    draft = make_quiz(course, [make_single(bank)], title="Draf")
    draft.unpublish()
    urls = [file["url"] for file in manifest_of(logged_in, course)["files"]]
    assert closed.url in urls and reverse("quiz_paper", args=[closed.pk]) not in urls
    assert reverse("quiz_paper", args=[draft.pk]) not in urls
    assert not any(file_url.endswith(f"/{draft.slug}/") for file_url in urls)


def test_a_logged_out_manifest_request_gets_401(client, course):
    response = client.get(reverse("course_download", args=[course.pk]))
    assert response.status_code == 401 and response.json() == {"error": "login"}


def test_an_unpublished_or_unknown_course_has_no_manifest(logged_in, course):
    course.unpublish()
    assert logged_in.get(reverse("course_download", args=[course.pk])).status_code == 404
    assert logged_in.get(reverse("course_download", args=[course.pk + 999])).status_code == 404


def test_a_private_course_and_its_quiz_paper_are_not_found(logged_in, course, quiz):
    """Wagtail's privacy settings hold for downloads as for the pages themselves."""
    PageViewRestriction.objects.create(
        page=course, restriction_type=PageViewRestriction.PASSWORD, password="rahasia"
    )
    assert logged_in.get(reverse("course_download", args=[course.pk])).status_code == 404
    assert logged_in.get(reverse("quiz_paper", args=[quiz.pk])).status_code == 404


def test_a_deleted_image_is_left_out_of_the_manifest(logged_in, course, media_root):
    image = Image.objects.create(title="Rapat", file=get_test_image_file())
    block = {"type": "image", "value": {"image": image.pk, "alt": "Rapat", "caption": ""}}
    add_lesson(course, "Foto rapat", [block])
    image.delete()
    response = logged_in.get(reverse("course_download", args=[course.pk]))
    assert response.status_code == 200
    assert response.json()["images"] == []


def test_the_manifest_is_never_cached(logged_in, course):
    response = logged_in.get(reverse("course_download", args=[course.pk]))
    cache_control = response["Cache-Control"]
    assert "no-cache" in cache_control or "no-store" in cache_control or "max-age=0" in cache_control
    assert "no-store" in cache_control and "private" in cache_control


def test_the_manifest_only_answers_gets(logged_in, course):
    assert logged_in.post(reverse("course_download", args=[course.pk])).status_code == 405


# --- lesson completion sent from the phone's queue -------------------------------------------------


@pytest.fixture
def lesson(course):
    return course.get_lessons().first()


def complete_json(client, lesson):
    return client.post(lesson.url + "selesai/", HTTP_ACCEPT="application/json")


def test_a_completion_sent_as_json_is_recorded_once(logged_in, learner, lesson):
    response = complete_json(logged_in, lesson)
    assert response.status_code == 200 and response.json() == {"done": True}
    assert LessonProgress.objects.filter(user=learner, lesson=lesson).count() == 1
    first = LessonProgress.objects.get().completed_at

    again = complete_json(logged_in, lesson)
    assert again.status_code == 200 and again.json() == {"done": True}
    assert LessonProgress.objects.count() == 1
    assert LessonProgress.objects.get().completed_at == first


def test_a_logged_out_json_completion_is_refused_and_writes_nothing(client, lesson):
    response = complete_json(client, lesson)
    assert response.status_code == 401 and response.json() == {"error": "login"}
    assert not LessonProgress.objects.exists()


def test_a_form_completion_still_redirects_to_the_lesson(client, logged_in, learner, lesson):
    response = logged_in.post(lesson.url + "selesai/")
    assert response.status_code == 302 and response.url == lesson.url + "#lesson-actions"
    assert LessonProgress.objects.filter(user=learner, lesson=lesson).count() == 1
    client.logout()
    response = client.post(lesson.url + "selesai/")
    assert response.status_code == 302 and response.url.startswith(reverse("login"))


# --- the downloads page ---------------------------------------------------------------------------


def test_the_downloads_page_renders_for_a_learner(logged_in):
    response = logged_in.get(reverse("downloads"))
    assert response.status_code == 200
    page = response.content.decode()
    assert "<h1>Unduhan</h1>" in page
    assert "data-downloads-page" in page and static("js/downloads.js") in page


def test_the_downloads_page_asks_to_log_in(client):
    response = client.get(reverse("downloads"))
    assert response.status_code == 302 and response.url.startswith(reverse("login"))


def test_a_course_with_the_default_lessons_estimates_page_sizes_from_their_text(logged_in, section):
    short = make_course(section, title="Pendek", lessons=1)
    long = make_course(section, title="Panjang", lessons=0)
    add_lesson(long, "Panjang: materi 1", lesson_body(words=2000))
    short_size = manifest_of(logged_in, short)["files"][1]["bytes"]
    long_size = manifest_of(logged_in, long)["files"][1]["bytes"]
    assert long_size - short_size == len(" kata") * (2000 - 180)
