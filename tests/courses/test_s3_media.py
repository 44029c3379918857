"""Uploads on S3-compatible storage (S3_BUCKET set), against a local emulator: images, their
renditions and documents are stored in the bucket, nothing on the app server's disk, and they
reach people through the app under the same private-media rule as on disk."""

from django.core.files.base import ContentFile

from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection

import pytest

from courses.models import LessonPage
from courses.sections import office_section_ensure
from lms.settings.base import s3_storage
from tests.factories.courses import make_course, publish
from tests.s3 import bucket_client, bucket_names, s3_emulator

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def emulator():
    with s3_emulator() as variables:
        yield variables


@pytest.fixture
def bucket(settings, emulator):
    settings.STORAGES = {**settings.STORAGES, "default": s3_storage(emulator)}
    return emulator


@pytest.fixture
def magelang_collection(world):
    office_section_ensure(world.magelang)
    return Collection.objects.get(name=world.magelang.name)


def files_on_disk(media_root) -> list:
    return [path for path in media_root.rglob("*") if path.is_file()] if media_root.exists() else []


def test_an_office_image_lives_in_the_bucket_and_follows_the_private_media_rule(
    bucket, world, magelang_collection, media_root, client
):
    image = Image.objects.create(title="Rapat RW", file=get_test_image_file(), collection=magelang_collection)
    module = make_course(office_section_ensure(world.magelang), title="Rapat", lessons=0)
    body = [{"type": "image", "value": {"image": image.pk, "alt": "Pengurus rapat", "caption": ""}}]
    lesson = publish(module.add_child(instance=LessonPage(title="Foto rapat", body=body)))
    rendition = image.get_rendition("max-360x360|format-webp")

    assert {image.file.name, rendition.file.name} <= bucket_names(bucket)
    assert rendition.url == f"/media/{rendition.file.name}"  # the app's URL, never the bucket's
    assert files_on_disk(media_root) == []

    client.force_login(world.tidar_ketua.user)
    assert client.get(lesson.url).status_code == 200
    served = client.get(rendition.url)
    assert served.status_code == 200
    assert b"".join(served.streaming_content)[:4] == b"RIFF"  # the webp the bucket holds
    assert client.get(f"/media/{image.file.name}").status_code == 200  # in a public module

    client.force_login(world.bengkulu_penyuluh)
    lesson.unpublish()
    assert client.get(f"/media/{image.file.name}").status_code == 404


def test_a_document_is_served_from_the_bucket_through_the_document_view(
    bucket, world, magelang_collection, media_root, client
):
    document = Document.objects.create(
        title="Format buku kas",
        file=ContentFile(b"%PDF-1.4 buku kas", name="buku-kas.pdf"),
        collection=magelang_collection,
    )
    assert document.file.name in bucket_names(bucket)
    assert files_on_disk(media_root) == []
    client.force_login(world.magelang_penyuluh)
    response = client.get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.4 buku kas"
    client.force_login(world.bengkulu_penyuluh)
    assert client.get(document.url).status_code == 404


def test_the_bucket_grants_nobody_but_its_owner(bucket, magelang_collection):
    image = Image.objects.create(title="Rapat RW", file=get_test_image_file(), collection=magelang_collection)
    grants = bucket_client(bucket).get_object_acl(Bucket=bucket["S3_BUCKET"], Key=image.file.name)["Grants"]
    assert [grant["Permission"] for grant in grants] == ["FULL_CONTROL"]
    assert all(grant["Grantee"]["Type"] == "CanonicalUser" for grant in grants)
