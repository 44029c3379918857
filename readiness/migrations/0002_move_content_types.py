"""Move the two models' content types from `assessments` to `readiness`, so their revisions, log
entries and permissions (all keyed by content type) follow them."""

from django.db import migrations

MODELS = ("readinesssettings", "readinesssnapshot")


def move(apps, schema_editor, source, target):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model in MODELS:
        old = ContentType.objects.filter(app_label=source, model=model).first()
        if old is None:
            continue  # a new database: the content type is created after migrating
        # A row for the target made by an earlier `migrate` holds nothing yet; the old one wins.
        ContentType.objects.filter(app_label=target, model=model).delete()
        old.app_label = target
        old.save(update_fields=["app_label"])


def forwards(apps, schema_editor):
    move(apps, schema_editor, "assessments", "readiness")


def backwards(apps, schema_editor):
    move(apps, schema_editor, "readiness", "assessments")


class Migration(migrations.Migration):

    dependencies = [
        ('readiness', '0001_initial'),
        ('assessments', '0007_readiness_moved'),
        ('contenttypes', '0002_remove_content_type_name'),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
