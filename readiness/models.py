"""The readiness method's settings (site-wide defaults and any office's own) and its monthly snapshots.

Both tables keep the names they had in `assessments`, where they were born."""

from decimal import Decimal

from django.conf import settings as django_settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import RevisionMixin

from wksbm.models import OfficeOwned

from .choices import Level


def _number_field(verbose_name, default):
    return models.DecimalField(
        verbose_name,
        max_digits=5,
        decimal_places=2,
        default=Decimal(default),
        validators=[MinValueValidator(0), MaxValueValidator(100)],
    )


class ReadinessSettings(RevisionMixin, OfficeOwned):
    """Weights, thresholds and the validity window of the readiness index. The row without an
    office holds the site-wide defaults; an office's row replaces them for its WKSBM."""

    weight_komitmen = _number_field(_("weight of komitmen"), 1)
    weight_pengetahuan = _number_field(_("weight of pengetahuan"), 1)
    weight_keterampilan = _number_field(_("weight of keterampilan"), 1)
    weight_core_jabatan = _number_field(_("weight of ketua, sekretaris and bendahara"), 2)
    weight_other_jabatan = _number_field(_("weight of other pengurus"), 1)
    ready_minimum = _number_field(_("“Ready” from readiness"), 80)
    ready_pillar_minimum = _number_field(_("“Ready” needs every pillar at least"), 70)
    almost_ready_minimum = _number_field(_("“Almost ready” from readiness"), 65)
    coverage_minimum = _number_field(_("enough data from coverage (%)"), 50)
    window_days = models.PositiveIntegerField(
        _("evidence counts for (days)"), default=730, validators=[MinValueValidator(1)]
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    updated_by = models.ForeignKey(
        django_settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    panels = [
        FieldPanel("office", help_text=_("Empty for the site-wide defaults.")),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("weight_komitmen"),
                        FieldPanel("weight_pengetahuan"),
                        FieldPanel("weight_keterampilan"),
                    ]
                ),
                FieldRowPanel([FieldPanel("weight_core_jabatan"), FieldPanel("weight_other_jabatan")]),
            ],
            heading=_("Weights"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("ready_minimum"), FieldPanel("ready_pillar_minimum")]),
                FieldRowPanel([FieldPanel("almost_ready_minimum"), FieldPanel("coverage_minimum")]),
            ],
            heading=_("Levels"),
        ),
        FieldPanel("window_days"),
    ]

    class Meta:
        verbose_name = _("readiness settings")
        verbose_name_plural = _("readiness settings")
        db_table = "assessments_readinesssettings"
        constraints = [
            models.UniqueConstraint(fields=["office"], name="one_readiness_settings_per_office"),
            models.UniqueConstraint(
                fields=["office"], name="one_default_readiness_settings", condition=Q(office__isnull=True)
            ),
        ]

    def __str__(self):
        return str(self.office) if self.office_id else str(_("Site-wide defaults"))

    def clean(self):
        if self.weight_komitmen + self.weight_pengetahuan + self.weight_keterampilan <= 0:
            raise ValidationError(_("At least one pillar must have a weight."))
        if self.almost_ready_minimum > self.ready_minimum:
            raise ValidationError(_("“Almost ready” cannot start above “Ready”."))


class ReadinessSnapshot(models.Model):
    """One WKSBM's readiness as of the last day of `month` (or as of `computed_on` for the
    current month, whose snapshot is refreshed until the month ends). Feeds the 12-month trend."""

    wagtail_reference_index_ignore = True  # a record, not content (docs/decisions.md)

    wksbm = models.ForeignKey(
        "wksbm.Wksbm", verbose_name=_("WKSBM"), on_delete=models.CASCADE, related_name="readiness_snapshots"
    )
    month = models.DateField(_("month"), help_text=_("The first day of the month."))
    computed_on = models.DateField(_("computed as of"))
    readiness = models.FloatField(_("readiness"), null=True)
    komitmen = models.FloatField(_("komitmen"), null=True)
    pengetahuan = models.FloatField(_("pengetahuan"), null=True)
    keterampilan = models.FloatField(_("keterampilan"), null=True)
    coverage = models.FloatField(_("coverage"))
    active_pengurus = models.PositiveIntegerField(_("active pengurus"))
    level = models.CharField(_("level"), max_length=20, choices=Level.choices)

    class Meta:
        verbose_name = _("readiness snapshot")
        verbose_name_plural = _("readiness snapshots")
        db_table = "assessments_readinesssnapshot"
        constraints = [
            models.UniqueConstraint(fields=["wksbm", "month"], name="unique_readiness_snapshot_per_month"),
        ]
        indexes = [models.Index(fields=["month", "wksbm"])]

    def __str__(self):
        return f"{self.wksbm_id} {self.month:%Y-%m}"
