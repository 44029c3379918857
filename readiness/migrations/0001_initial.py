"""ReadinessSettings and ReadinessSnapshot move here from `assessments`: the tables keep their
names, so this only tells Django's state where the models now live."""

import django.core.validators
import django.db.models.deletion
from decimal import Decimal
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('assessments', '0006_offline_papers'),
        ('wagtailcore', '0098_apitoken'),
        ('wksbm', '0001_initial'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='ReadinessSettings',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('weight_komitmen', models.DecimalField(decimal_places=2, default=Decimal('1'), max_digits=5, validators=[django.core.validators.MinValueValidator(0), django.core.validators.MaxValueValidator(100)], verbose_name='weight of komitmen')),
                        ('weight_pengetahuan', models.DecimalField(decimal_places=2, default=Decimal('1'), max_digits=5, validators=[django.core.validators.MinValueValidator(0), django.core.validators.MaxValueValidator(100)], verbose_name='weight of pengetahuan')),
                        ('weight_keterampilan', models.DecimalField(decimal_places=2, default=Decimal('1'), max_digits=5, validators=[django.core.validators.MinValueValidator(0), django.core.validators.MaxValueValidator(100)], verbose_name='weight of keterampilan')),
                        ('weight_core_jabatan', models.DecimalField(decimal_places=2, default=Decimal('2'), max_digits=5, validators=[django.core.validators.MinValueValidator(0), django.core.validators.MaxValueValidator(100)], verbose_name='weight of ketua, sekretaris and bendahara')),
                        ('weight_other_jabatan', models.DecimalField(decimal_places=2, default=Decimal('1'), max_digits=5, validators=[django.core.validators.MinValueValidator(0), django.core.validators.MaxValueValidator(100)], verbose_name='weight of other pengurus')),
                        ('ready_minimum', models.DecimalField(decimal_places=2, default=Decimal('80'), max_digits=5, validators=[django.core.validators.MinValueValidator(0), django.core.validators.MaxValueValidator(100)], verbose_name='“Ready” from readiness')),
                        ('ready_pillar_minimum', models.DecimalField(decimal_places=2, default=Decimal('70'), max_digits=5, validators=[django.core.validators.MinValueValidator(0), django.core.validators.MaxValueValidator(100)], verbose_name='“Ready” needs every pillar at least')),
                        ('almost_ready_minimum', models.DecimalField(decimal_places=2, default=Decimal('65'), max_digits=5, validators=[django.core.validators.MinValueValidator(0), django.core.validators.MaxValueValidator(100)], verbose_name='“Almost ready” from readiness')),
                        ('coverage_minimum', models.DecimalField(decimal_places=2, default=Decimal('50'), max_digits=5, validators=[django.core.validators.MinValueValidator(0), django.core.validators.MaxValueValidator(100)], verbose_name='enough data from coverage (%)')),
                        ('window_days', models.PositiveIntegerField(default=730, validators=[django.core.validators.MinValueValidator(1)], verbose_name='evidence counts for (days)')),
                        ('updated_at', models.DateTimeField(auto_now=True, verbose_name='updated at')),
                        ('latest_revision', models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailcore.revision', verbose_name='latest revision')),
                        ('office', models.OneToOneField(blank=True, help_text='Empty for the site-wide defaults.', null=True, on_delete=django.db.models.deletion.CASCADE, related_name='readiness_settings', to='wksbm.dinsosoffice', verbose_name='Dinsos office')),
                        ('updated_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                    ],
                    options={
                        'db_table': 'assessments_readinesssettings',
                        'verbose_name': 'readiness settings',
                        'verbose_name_plural': 'readiness settings',
                        'constraints': [models.UniqueConstraint(condition=models.Q(('office__isnull', True)), fields=('office',), name='one_default_readiness_settings')],
                    },
                ),
                migrations.CreateModel(
                    name='ReadinessSnapshot',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('month', models.DateField(help_text='The first day of the month.', verbose_name='month')),
                        ('computed_on', models.DateField(verbose_name='computed as of')),
                        ('readiness', models.FloatField(null=True, verbose_name='readiness')),
                        ('komitmen', models.FloatField(null=True, verbose_name='komitmen')),
                        ('pengetahuan', models.FloatField(null=True, verbose_name='pengetahuan')),
                        ('keterampilan', models.FloatField(null=True, verbose_name='keterampilan')),
                        ('coverage', models.FloatField(verbose_name='coverage')),
                        ('active_pengurus', models.PositiveIntegerField(verbose_name='active pengurus')),
                        ('level', models.CharField(choices=[('siap', 'Ready'), ('hampir_siap', 'Almost ready'), ('perlu_pembinaan', 'Needs pembinaan'), ('data_belum_cukup', 'Not enough data')], max_length=20, verbose_name='level')),
                        ('wksbm', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='readiness_snapshots', to='wksbm.wksbm', verbose_name='WKSBM')),
                    ],
                    options={
                        'db_table': 'assessments_readinesssnapshot',
                        'verbose_name': 'readiness snapshot',
                        'verbose_name_plural': 'readiness snapshots',
                        'indexes': [models.Index(fields=['month', 'wksbm'], name='assessments_month_59e722_idx')],
                        'constraints': [models.UniqueConstraint(fields=('wksbm', 'month'), name='unique_readiness_snapshot_per_month')],
                    },
                ),
            ],
        ),
    ]
