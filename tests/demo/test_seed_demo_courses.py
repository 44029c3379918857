"""What seed_demo makes of the content files: the courses, the diagrams and the form the lessons
show, and each Dinsos office's starter module, all once however often it runs. Media files go to a
temporary MEDIA_ROOT (tests/demo/conftest.py)."""

from io import StringIO

from django.core.management import call_command

from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Collection

import pytest

from courses.blocks import LessonStreamBlock
from courses.models import Assignment, CourseIndexPage, CoursePage, LessonPage
from demo import artwork, files
from demo.courses import demo_courses_seed
from demo.people import OFFICES, WKSBM, demo_pengurus_phone, demo_seed
from lms.models import User
from lms.phone import normalize_phone
from wksbm.models import DinsosOffice, Wksbm

pytestmark = pytest.mark.django_db


def seed_courses():
    """What seed_demo does up to the courses (not the months of attempts: those are slow)."""
    demo_seed()
    return demo_courses_seed(wksbm=list(Wksbm.objects.filter(code__in=[w.code for w in WKSBM])))


def counts():
    return {
        model.__name__: model.objects.count()
        for model in (Image, Document, CourseIndexPage, CoursePage, LessonPage, Assignment)
    }


@pytest.fixture
def seeded(db):
    seed_courses()


def lesson(slug: str) -> LessonPage:
    return LessonPage.objects.get(slug=slug)


def test_the_diagrams_and_the_form_are_stored_in_the_national_collection(seeded, media_root):
    root = Collection.get_first_root_node()
    images = Image.objects.order_by("pk")
    assert [image.title for image in images] == [a.title for a in artwork.ARTWORK if a.kind == "image"]
    document = Document.objects.get()
    assert document.title == "Contoh formulir rujukan warga"
    for row in (*images, document):
        assert row.collection == root
        assert (media_root / row.file.name).is_file()
        assert row.file_size == (media_root / row.file.name).stat().st_size
        assert len(row.file_hash) == 40
    assert {(image.width, image.height) for image in images} >= {(720, 720)}
    assert document.file_extension == "pdf"


def test_lesson_blocks_point_at_the_stored_images_and_document(seeded):
    stored = {
        **{("image", image.title): image.pk for image in Image.objects.all()},
        **{("document", document.title): document.pk for document in Document.objects.all()},
    }
    expected = {
        "apa-itu-wksbm": [("image", "Diagram tiga tugas pokok WKSBM")],
        "jaringan-kps": [("image", "Diagram jaringan KPS")],
        "pencegahan-penanganan-rujukan": [
            ("image", "Diagram alur rujukan warga"),
            ("document", "Contoh formulir rujukan warga"),
        ],
    }
    for slug, media in expected.items():
        blocks = [block for block in lesson(slug).body if block.block_type in ("image", "document")]
        assert [(block.block_type, block.value[block.block_type].pk) for block in blocks] == [
            (kind, stored[(kind, title)]) for kind, title in media
        ]
        for block in blocks:
            if block.block_type == "image":
                assert block.value["alt"].startswith("Diagram")
    # Every seeded lesson is valid as the lesson editor would save it (alt texts required, lengths).
    stream = LessonStreamBlock()
    for page in LessonPage.objects.all():
        stream.clean(stream.to_python(list(page.body.raw_data)))


def test_the_lesson_page_shows_the_diagram_and_offers_the_form(seeded, client):
    client.force_login(User.objects.get(phone=normalize_phone(demo_pengurus_phone(0, 0))))
    response = client.get(lesson("pencegahan-penanganan-rujukan").url)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'alt="Diagram alur rujukan warga dalam lima langkah' in html
    assert ".webp 360w" in html
    assert "Contoh formulir rujukan warga (sudah diisi)" in html
    assert Document.objects.get().url in html


def test_the_course_download_saves_the_diagrams_and_the_small_form(seeded, client):
    client.force_login(User.objects.get(phone=normalize_phone(demo_pengurus_phone(0, 0))))
    course = CoursePage.objects.get(slug="ppks-dan-alur-rujukan")
    manifest = client.get(f"/unduhan/materi/{course.pk}/").json()
    assert len(manifest["images"]) == 1
    assert {candidate["width"] for candidate in manifest["images"][0]} == {360, 720}
    documents = [file for file in manifest["files"] if file["kind"] == "document"]
    assert [document["title"] for document in documents] == ["Contoh formulir rujukan warga (sudah diisi)"]
    assert 0 < documents[0]["bytes"] < 1024 * 1024 and manifest["extras"] == []


def test_each_office_section_holds_its_starter_module_assigned_to_no_one(seeded):
    for code in OFFICES:
        office = DinsosOffice.objects.get(region_id=code)
        section = CourseIndexPage.objects.get(office=office)
        (data,) = files.office_courses(code)
        (module,) = section.get_courses()
        assert (module.slug, module.title, module.pillar) == (data.slug, data.title, data.pillar)
        assert module.live
        assert [page.title for page in module.get_lessons()] == [lesson.title for lesson in data.lessons]
        assert not module.assignments.exists()
    national = CourseIndexPage.objects.get(office=None)
    assert [course.slug for course in national.get_courses()] == files.national_course_slugs()
    assert Assignment.objects.count() == len(WKSBM) * len(files.national_courses())


def test_running_seed_demo_twice_duplicates_no_media_courses_or_lessons(media_root):
    out = StringIO()
    call_command("seed_demo", stdout=out)
    assert "5 courses, 16 lessons, 4 media files" in out.getvalue()
    first = counts()
    stored = sorted(path for path in media_root.rglob("*") if path.is_file())
    call_command("seed_demo", stdout=StringIO())
    assert counts() == first
    assert sorted(path for path in media_root.rglob("*") if path.is_file()) == stored
    assert (first["Image"], first["Document"]) == (3, 1)
    assert first["CoursePage"] == len(files.national_courses()) + len(OFFICES)
