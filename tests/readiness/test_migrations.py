"""Moving ReadinessSettings and ReadinessSnapshot out of `assessments` keeps their rows and takes
their content types along, so revisions, log entries and permissions still find them."""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from wagtail.models import ModelLogEntry, Revision

import pytest

BEFORE = [("assessments", "0006_offline_papers"), ("readiness", None)]


def migrate(targets=None):
    """Migrate to `targets`, or (None) back to the latest migration of every app."""
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets or executor.loader.graph.leaf_nodes())
    ContentType.objects.clear_cache()


@pytest.mark.django_db(transaction=True)
def test_revisions_log_entries_and_permissions_follow_the_moved_models():
    migrate(BEFORE)
    try:
        old = ContentType.objects.get(app_label="assessments", model="readinesssettings")
        assert not ContentType.objects.filter(app_label="readiness").exists()
        with connection.cursor() as cursor:  # a settings row as the old code saved it
            cursor.execute(
                "INSERT INTO assessments_readinesssettings (weight_komitmen, weight_pengetahuan, "
                "weight_keterampilan, weight_core_jabatan, weight_other_jabatan, ready_minimum, "
                "ready_pillar_minimum, almost_ready_minimum, coverage_minimum, window_days, updated_at) "
                "VALUES (2, 1, 1, 2, 1, 80, 70, 65, 50, 365, CURRENT_TIMESTAMP)"
            )
        row_id = (
            connection.cursor().execute("SELECT MAX(id) FROM assessments_readinesssettings").fetchone()[0]
        )
        revision = Revision.objects.create(
            content_type=old, base_content_type=old, object_id=str(row_id), content={}, object_str="x"
        )
        entry = ModelLogEntry.objects.create(
            content_type=old,
            object_id=str(row_id),
            label="x",
            action="wagtail.edit",
            timestamp=timezone.now(),
        )
        change = Permission.objects.get(content_type=old, codename="change_readinesssettings")
        managers = Group.objects.create(name="Pengelola uji")
        managers.permissions.add(change)
    finally:
        migrate()  # the rest of the suite runs on the full schema

    from readiness.models import ReadinessSettings

    moved = ContentType.objects.get_for_model(ReadinessSettings)
    assert (moved.pk, moved.app_label) == (old.pk, "readiness")
    assert not ContentType.objects.filter(app_label="assessments", model="readinesssettings").exists()
    assert ReadinessSettings.objects.get(pk=row_id).window_days == 365
    assert Revision.objects.get(pk=revision.pk).content_object.pk == row_id
    assert ModelLogEntry.objects.get(pk=entry.pk).content_type == moved
    assert managers.permissions.get().content_type == moved
