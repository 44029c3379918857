"""Private media: an office's documents and original images reach its own staff and whoever may see
a live page that uses them; renditions and the national collection stay public."""

from django.contrib.auth.models import AnonymousUser, Group
from django.core.files.base import ContentFile
from django.test import Client

from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, PageViewRestriction

import pytest

from courses.media import media_viewable, storage_name
from courses.models import CoursePage, LessonPage
from courses.sections import national_section_ensure, office_section_ensure
from tests.factories.courses import make_course, publish

pytestmark = pytest.mark.django_db

REFUSED, SERVED = 404, 200


@pytest.fixture
def magelang_section(world):
    national_section_ensure()
    office_section_ensure(world.bengkulu)
    return office_section_ensure(world.magelang)


@pytest.fixture
def magelang_collection(world, magelang_section):
    return Collection.objects.get(name=world.magelang.name)


@pytest.fixture
def module(magelang_section):
    """A live, public Magelang module with no lessons yet."""
    return make_course(magelang_section, title="Buku kas", pillar="keterampilan", lessons=0)


@pytest.fixture
def document(magelang_collection):
    return Document.objects.create(
        title="Format buku kas",
        file=ContentFile(b"%PDF-1.4 buku kas", name="buku-kas.pdf"),
        collection=magelang_collection,
    )


@pytest.fixture
def image(magelang_collection):
    return Image.objects.create(title="Rapat RW", file=get_test_image_file(), collection=magelang_collection)


def people(world):
    """Who asks, by name: None is an anonymous visitor."""
    return {
        "anonymous": None,
        "pengurus": world.tidar_ketua.user,
        "magelang_penyuluh": world.magelang_penyuluh,
        "magelang_manager": world.magelang_manager,
        "bengkulu_penyuluh": world.bengkulu_penyuluh,
        "national_admin": world.national_admin,
    }


def status_for(user, url, **headers) -> int:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client.get(url, **headers).status_code


def statuses(world, url) -> dict[str, int]:
    return {name: status_for(user, url) for name, user in people(world).items()}


def matrix(*, served: set[str]) -> dict[str, int]:
    names = ("anonymous", "pengurus", "magelang_penyuluh", "magelang_manager", "bengkulu_penyuluh")
    return {name: SERVED if name in served else REFUSED for name in (*names, "national_admin")}


OFFICE_STAFF = {"magelang_penyuluh", "magelang_manager", "national_admin"}
EVERYONE = {*OFFICE_STAFF, "anonymous", "pengurus", "bengkulu_penyuluh"}


def document_lesson(course, document, *, title="Format laporan", live=True):
    body = [{"type": "document", "value": {"document": document.pk, "title": ""}}]
    lesson = course.add_child(instance=LessonPage(title=title, body=body, live=live))
    if live:
        return publish(lesson)
    lesson.save_revision()
    return lesson


def image_lesson(course, image, *, title="Foto rapat"):
    body = [{"type": "image", "value": {"image": image.pk, "alt": "Pengurus rapat", "caption": ""}}]
    return publish(course.add_child(instance=LessonPage(title=title, body=body)))


def restrict(page, kind, *groups):
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=kind)
    restriction.groups.set(groups)
    return restriction


# --- documents -------------------------------------------------------------------------------------


def test_an_unused_office_document_reaches_only_the_offices_own_staff(world, document):
    assert statuses(world, document.url) == matrix(served=OFFICE_STAFF)


def test_a_document_in_a_live_public_module_reaches_everyone(world, module, document):
    document_lesson(module, document)
    assert statuses(world, document.url) == matrix(served=EVERYONE)


def test_a_document_used_only_in_a_draft_lesson_stays_with_the_office(world, module, document):
    document_lesson(module, document, live=False)
    assert statuses(world, document.url) == matrix(served=OFFICE_STAFF)


def test_a_document_added_in_an_unpublished_draft_of_a_live_lesson_waits_for_publishing(
    world, module, document
):
    lesson = publish(module.add_child(instance=LessonPage(title="Format laporan", body=[])))
    lesson.body = [{"type": "document", "value": {"document": document.pk, "title": ""}}]
    revision = lesson.save_revision()
    assert status_for(None, document.url) == REFUSED
    revision.publish()
    assert status_for(None, document.url) == SERVED


def test_a_document_of_an_unpublished_lesson_is_refused_again(world, module, document):
    lesson = document_lesson(module, document)
    lesson.unpublish()
    assert statuses(world, document.url) == matrix(served=OFFICE_STAFF)


def test_a_document_follows_its_lesson_when_only_the_module_is_unpublished(client, module, document):
    """Unpublishing a page without its subpages leaves them live, and Wagtail still serves them."""
    lesson = document_lesson(module, document)
    module.unpublish()
    assert client.get(lesson.url).status_code == SERVED
    assert client.get(document.url).status_code == SERVED


def test_a_module_for_logged_in_users_keeps_its_documents_from_anonymous_visitors(world, module, document):
    document_lesson(module, document)
    restrict(module, PageViewRestriction.LOGIN)
    assert statuses(world, document.url) == matrix(served=EVERYONE - {"anonymous"})


def test_a_module_restricted_to_a_group_serves_its_documents_to_that_group_only(world, module, document):
    tidar = Group.objects.create(name="Pengurus Tidar Utara")
    world.tidar_ketua.user.groups.add(tidar)
    document_lesson(module, document)
    restrict(module, PageViewRestriction.GROUPS, tidar)
    assert statuses(world, document.url) == matrix(served=OFFICE_STAFF | {"pengurus"})


def test_a_password_protected_module_serves_its_documents_after_the_password(world, module, document):
    document_lesson(module, document)
    restriction = PageViewRestriction.objects.create(
        page=module, restriction_type=PageViewRestriction.PASSWORD, password="rahasia"
    )
    client = Client()
    assert client.get(document.url).status_code == REFUSED
    session = client.session
    session[restriction.passed_view_restrictions_session_key] = [restriction.pk]
    session.save()
    assert client.get(document.url).status_code == SERVED


def test_one_public_page_is_enough_when_another_is_restricted(world, magelang_section, document):
    restricted = make_course(magelang_section, title="Khusus", lessons=0)
    restrict(restricted, PageViewRestriction.LOGIN)
    document_lesson(restricted, document)
    assert status_for(None, document.url) == REFUSED
    document_lesson(make_course(magelang_section, title="Terbuka", lessons=0), document)
    assert status_for(None, document.url) == SERVED


def test_a_document_in_the_national_collection_is_public(world):
    national = Document.objects.create(title="Panduan", file=ContentFile(b"panduan", name="panduan.pdf"))
    assert national.collection.is_root()
    assert statuses(world, national.url) == matrix(served=EVERYONE)


def test_a_refused_document_looks_like_one_that_does_not_exist(client, document):
    assert client.get(document.url).status_code == REFUSED
    assert client.get(f"/documents/{document.pk + 999}/buku-kas.pdf").status_code == REFUSED


def test_documents_are_served_through_the_view_and_kept_out_of_shared_caches(
    client, settings, module, document
):
    assert settings.WAGTAILDOCS_SERVE_METHOD == "serve_view"
    document_lesson(module, document)
    response = client.get(document.url)
    assert response.status_code == SERVED
    assert b"".join(response.streaming_content) == b"%PDF-1.4 buku kas"
    assert "private" in response["Cache-Control"]


def test_the_raw_documents_folder_is_never_served(world, module, document):
    document_lesson(module, document)
    raw = f"/media/{document.file.name}"
    assert raw.startswith("/media/documents/")
    assert statuses(world, raw) == matrix(served=set())
    world.national_admin.is_superuser = True
    world.national_admin.save()
    assert status_for(world.national_admin, raw) == REFUSED


# --- images ----------------------------------------------------------------------------------------


def test_an_unused_office_image_original_reaches_only_the_offices_own_staff(world, image):
    assert image.file.url.startswith("/media/original_images/")
    assert statuses(world, image.file.url) == matrix(served=OFFICE_STAFF)


def test_an_image_original_in_a_live_public_lesson_reaches_everyone(world, module, image):
    image_lesson(module, image)
    assert statuses(world, image.file.url) == matrix(served=EVERYONE)


def test_a_cover_image_of_a_live_public_module_is_public(world, magelang_section, image):
    course = magelang_section.add_child(
        instance=CoursePage(title="Bersampul", pillar="komitmen", summary="Ringkas.", cover_image=image)
    )
    publish(course)
    assert statuses(world, image.file.url) == matrix(served=EVERYONE)


def test_an_image_original_in_a_module_for_a_group_reaches_that_group_only(world, module, image):
    tidar = Group.objects.create(name="Pengurus Tidar Utara")
    world.tidar_ketua.user.groups.add(tidar)
    image_lesson(module, image)
    restrict(module, PageViewRestriction.GROUPS, tidar)
    assert statuses(world, image.file.url) == matrix(served=OFFICE_STAFF | {"pengurus"})


def test_renditions_are_public_and_cached_long(world, image):
    rendition = image.get_rendition("width-360|format-webp")
    assert rendition.url.startswith("/media/images/")
    assert statuses(world, rendition.url) == matrix(served=EVERYONE)
    response = Client().get(rendition.url)
    assert response["Content-Type"] == "image/webp"
    assert response["Cache-Control"] == "public, max-age=31536000"
    assert int(response["Content-Length"]) == rendition.file.size
    again = Client().get(rendition.url, HTTP_IF_MODIFIED_SINCE=response["Last-Modified"])
    assert again.status_code == 304


def test_media_files_are_sent_as_stored_even_to_browsers_that_accept_gzip(client, module, image, document):
    """Images and documents are compressed already: gzip would only cost CPU and their length."""
    document_lesson(module, document)
    rendition = image.get_rendition("width-360|format-webp")
    for url in (rendition.url, document.url):
        response = client.get(url, HTTP_ACCEPT_ENCODING="gzip, deflate")
        assert response.status_code == SERVED
        assert response.get("Content-Encoding") != "gzip" and int(response["Content-Length"]) > 0, url
    page = client.get(module.url, HTTP_ACCEPT_ENCODING="gzip, deflate")
    assert page["Content-Encoding"] == "gzip"


def test_an_original_is_kept_by_the_browser_only(client, world, image):
    client.force_login(world.magelang_penyuluh)
    response = client.get(image.file.url)
    assert response.status_code == SERVED
    assert response["Cache-Control"].startswith("private")
    assert response["Content-Type"] == "image/png"


def test_a_national_image_original_is_public(world):
    national = Image.objects.create(title="Logo", file=get_test_image_file())
    assert statuses(world, national.file.url) == matrix(served=EVERYONE)


def test_an_unknown_or_deleted_original_is_not_found(world, image):
    url = image.file.url
    image.delete()
    assert status_for(world.national_admin, url) == REFUSED
    assert status_for(world.national_admin, "/media/original_images/tidak-ada.png") == REFUSED
    assert status_for(world.national_admin, "/media/images/tidak-ada.webp") == REFUSED


def test_other_folders_and_the_media_root_itself_are_not_served(world, media_root):
    (media_root / "notes").mkdir(parents=True)
    (media_root / "notes" / "secret.txt").write_text("rahasia")
    (media_root / "secret.txt").write_text("rahasia")
    for url in ("/media/", "/media/notes/secret.txt", "/media/secret.txt", "/media/images/", "/media/images"):
        assert status_for(world.national_admin, url) == REFUSED, url


def test_media_answers_only_safe_methods(world, image):
    rendition = image.get_rendition("width-360|format-webp")
    assert Client().post(rendition.url).status_code == 405
    assert Client().head(rendition.url).status_code == SERVED


# --- path traversal --------------------------------------------------------------------------------


@pytest.fixture
def outside(media_root):
    """A file next to MEDIA_ROOT and one in an unserved folder inside it, for traversal attempts."""
    media_root.mkdir(parents=True, exist_ok=True)
    (media_root.parent / "secret.txt").write_text("rahasia")
    (media_root / "documents").mkdir(exist_ok=True)
    (media_root / "documents" / "secret.txt").write_text("rahasia")


@pytest.mark.parametrize(
    "url",
    [
        "/media/images/../../secret.txt",
        "/media/images/..%2F..%2Fsecret.txt",
        "/media/images/%2E%2E/%2E%2E/secret.txt",
        "/media/images/../documents/secret.txt",
        "/media/images/%2e%2e%2fdocuments%2fsecret.txt",
        "/media/images/..%5Cdocuments%5Csecret.txt",
        "/media/images/./../documents/secret.txt",
        "/media/images//secret.txt",
        "/media/images/%2Fetc%2Fpasswd",
        "/media/images/secret.txt%00.webp",
        "/media/images/secret%0A.txt",
        "/media/original_images/../documents/secret.txt",
        "/media/../secret.txt",
        "/media/%2E%2E/secret.txt",
    ],
)
def test_path_traversal_is_refused(world, outside, url):
    assert status_for(world.national_admin, url) == REFUSED


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("images/rapat.width-360.webp", "images/rapat.width-360.webp"),
        ("original_images/rapat.png", "original_images/rapat.png"),
        ("images/../documents/x.pdf", None),
        ("images/./x.webp", None),
        ("images//x.webp", None),
        ("/etc/passwd", None),
        ("images/x\x00.webp", None),
        ("images/x\n.webp", None),
        ("images\\..\\x", None),
        ("images", None),
        ("", None),
    ],
)
def test_storage_name_accepts_plain_relative_paths_only(path, name):
    assert storage_name(path) == name


# --- the rule, directly ----------------------------------------------------------------------------


def test_the_rule_costs_the_same_few_queries_however_many_pages_use_a_file(
    rf, world, magelang_section, document, django_assert_max_num_queries
):
    for number in range(6):
        course = make_course(magelang_section, title=f"Modul {number}", lessons=0)
        restrict(course, PageViewRestriction.LOGIN)
        document_lesson(course, document, title=f"Lesson {number}")
    document = Document.objects.select_related("collection").get(pk=document.pk)
    request = rf.get(document.url)
    request.session = {}
    request.user = AnonymousUser()  # refused by every page: the worst case, each one checked
    with django_assert_max_num_queries(4):
        assert not media_viewable(document, request)
    request.user = world.bengkulu_penyuluh
    with django_assert_max_num_queries(6):
        assert media_viewable(document, request)
