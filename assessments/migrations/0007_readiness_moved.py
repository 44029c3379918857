"""ReadinessSettings and ReadinessSnapshot now belong to the `readiness` app (its 0001 takes over
the tables as they are); drop them from this app's state only."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('assessments', '0006_offline_papers'),
        ('readiness', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name='ReadinessSettings'),
                migrations.DeleteModel(name='ReadinessSnapshot'),
            ],
        ),
    ]
