"""Background work on django-tasks' database backend, run by `manage.py db_worker`.

The test settings run tasks inside the request; these tests put the production backend back. A
document used by a newly published lesson reaches its readers once the worker has updated
Wagtail's reference index (courses.media reads it)."""

from django.core.files.base import ContentFile
from django.core.management import call_command
from django.test import Client

from wagtail.documents.models import Document
from wagtail.models import Collection, ReferenceIndex

import pytest
from django_tasks_db.models import DBTaskResult

from courses.models import LessonPage
from courses.sections import office_section_ensure
from lms.settings import base
from tests.factories.courses import ensure_home_page, make_course, publish

# The worker opens transactions of its own, as it does beside a real server.
pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def database_tasks(settings):
    settings.TASKS = base.TASKS
    assert base.TASKS["default"]["BACKEND"] == "django_tasks_db.DatabaseBackend"


def run_worker():
    call_command("db_worker", "--batch", "--no-reload", "--no-startup-delay", verbosity=0)


def test_a_document_of_a_new_lesson_reaches_its_readers_once_the_worker_has_run(world, database_tasks):
    ensure_home_page()  # an earlier transactional test may have emptied the database
    section = office_section_ensure(world.magelang)
    module = make_course(section, title="Buku kas", pillar="keterampilan", lessons=0)
    document = Document.objects.create(
        title="Format buku kas",
        file=ContentFile(b"%PDF-1.4 buku kas", name="buku-kas.pdf"),
        collection=Collection.objects.get(name=world.magelang.name),
    )
    DBTaskResult.objects.all().delete()
    body = [{"type": "document", "value": {"document": document.pk, "title": ""}}]
    publish(module.add_child(instance=LessonPage(title="Format laporan", body=body)))
    reader = Client()
    reader.force_login(world.tidar_ketua.user)

    assert DBTaskResult.objects.filter(status="READY").exists()  # queued, not run by the request
    assert not ReferenceIndex.get_references_to(document).exists()
    assert reader.get(document.url).status_code == 404

    run_worker()
    assert not DBTaskResult.objects.exclude(status="SUCCESSFUL").exists()
    assert ReferenceIndex.get_references_to(document).exists()
    assert reader.get(document.url).status_code == 200
