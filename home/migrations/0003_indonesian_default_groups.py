from django.db import migrations

# Wagtail creates these in English; penyuluh see their names in the admin.
RENAMES = {
    ("auth", "Group"): {"Moderators": "Moderator", "Editors": "Editor"},
    ("wagtailcore", "Workflow"): {"Moderators approval": "Persetujuan moderator"},
    ("wagtailcore", "Task"): {"Moderators approval": "Persetujuan moderator"},
}


def rename(apps, schema_editor, reverse=False):
    for (app_label, model_name), names in RENAMES.items():
        model = apps.get_model(app_label, model_name)
        for old, new in names.items():
            if reverse:
                old, new = new, old
            model.objects.filter(name=old).update(name=new)


def unrename(apps, schema_editor):
    rename(apps, schema_editor, reverse=True)


class Migration(migrations.Migration):
    dependencies = [("home", "0002_create_homepage")]

    operations = [migrations.RunPython(rename, unrename)]
