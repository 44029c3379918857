"""Lesson blocks: light on data by default, and strict about what phones need."""

from wagtail.blocks import StreamValue
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

import pytest

from courses.blocks import ImageBlock, LessonStreamBlock, VideoBlock, youtube_embed_url

pytestmark = pytest.mark.django_db


def render(block_type, value):
    stream = LessonStreamBlock()
    return StreamValue(
        stream, [(block_type, stream.child_blocks[block_type].to_python(value))]
    ).render_as_block()


def test_images_are_served_as_phone_sized_webp_lazily_with_alt_text(media_root):
    image = Image.objects.create(title="Rapat RW", file=get_test_image_file(size=(1600, 1200)))
    html = render(
        "image", {"image": image.pk, "alt": "Pengurus rapat di balai RW", "caption": "Rapat bulanan"}
    )
    assert 'alt="Pengurus rapat di balai RW"' in html
    assert 'loading="lazy"' in html
    assert ".webp 360w" in html and ".webp 720w" in html
    assert "Rapat bulanan" in html


def test_an_image_without_alt_text_is_refused(media_root):
    image = Image.objects.create(title="Rapat RW", file=get_test_image_file())
    block = ImageBlock()
    with pytest.raises(StructBlockValidationError) as caught:
        block.clean(block.to_python({"image": image.pk, "alt": "", "caption": ""}))
    assert "alt" in caught.value.block_errors


def test_an_uploaded_video_loads_nothing_until_tapped_and_says_its_size(media_root):
    from django.core.files.base import ContentFile

    video = Document.objects.create(title="Video rapat", file=ContentFile(b"x" * 2_500_000, name="rapat.mp4"))
    html = render("video", {"title": "Contoh rapat", "file": video.pk, "link": "", "minutes": 4})
    assert "<details" in html and 'preload="none"' in html
    assert "Putar video: Contoh rapat (2,4\xa0MB)" in html


def test_a_youtube_video_is_embedded_folded_so_it_loads_only_when_tapped(media_root):
    html = render("video", {"title": "Gotong royong", "file": None, "link": "https://youtu.be/dQw4w9WgXcQ"})
    assert "<details" in html and 'loading="lazy"' in html
    assert 'src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"' in html
    assert "Diputar dari YouTube dan memakai kuota data Anda." in html


@pytest.mark.parametrize(
    ("link", "embed"),
    [
        ("https://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"),
        (
            "https://www.youtube.com/watch?t=5&v=dQw4w9WgXcQ",
            "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
        ),
        ("https://youtube.com/shorts/dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"),
        ("https://vimeo.com/123456", ""),
    ],
)
def test_youtube_links_become_privacy_enhanced_embeds(link, embed):
    assert youtube_embed_url(link) == embed


def test_another_video_site_is_a_link_out_with_a_data_warning(media_root):
    html = render("video", {"title": "Gotong royong", "file": None, "link": "https://vimeo.com/123456"})
    assert "<iframe" not in html
    assert 'href="https://vimeo.com/123456"' in html
    assert "memakai kuota data Anda" in html


def test_a_video_needs_exactly_one_source(media_root):
    from django.core.files.base import ContentFile

    video = Document.objects.create(title="Video", file=ContentFile(b"x", name="v.mp4"))
    block = VideoBlock()
    neither = {"title": "A", "file": None, "link": ""}
    both = {"title": "A", "file": video.pk, "link": "https://example.org/v"}
    for value in (neither, both):
        with pytest.raises(StructBlockValidationError):
            block.clean(block.to_python(value))
    assert block.clean(block.to_python({"title": "A", "file": video.pk, "link": ""}))["file"] == video


def test_documents_show_their_type_and_size_before_download(media_root):
    from django.core.files.base import ContentFile

    document = Document.objects.create(
        title="Format laporan", file=ContentFile(b"x" * 120_000, name="laporan.pdf")
    )
    html = render("document", {"document": document.pk, "title": ""})
    assert "Unduh: Format laporan" in html
    assert "(PDF, 117,2\xa0KB)" in html


def test_a_case_study_keeps_its_discussion_folded(media_root):
    html = render(
        "case_study", {"title": "Atap bocor", "scenario": "<p>Skenario</p>", "discussion": "<p>Bahas</p>"}
    )
    assert "<details>" in html and "<summary>Pikirkan dulu, lalu buka pembahasannya</summary>" in html


def test_a_course_cover_is_a_phone_sized_webp(client, media_root, world):
    from tests.factories.courses import make_course, make_section

    course = make_course(make_section())
    course.cover_image = Image.objects.create(title="Sampul", file=get_test_image_file(size=(1600, 1200)))
    course.save_revision().publish()
    page = client.get(course.url).content.decode()
    assert ".webp 360w" in page and 'alt=""' in page
