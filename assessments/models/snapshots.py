"""Monthly readiness snapshots: what the index said about each WKSBM at the end of a month."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ReadinessSnapshot(models.Model):
    """One WKSBM's readiness as of the last day of `month` (or as of `computed_on` for the
    current month, whose snapshot is refreshed until the month ends). Feeds the 12-month trend."""

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
    level = models.CharField(_("level"), max_length=20)

    class Meta:
        verbose_name = _("readiness snapshot")
        verbose_name_plural = _("readiness snapshots")
        constraints = [
            models.UniqueConstraint(fields=["wksbm", "month"], name="unique_readiness_snapshot_per_month"),
        ]
        indexes = [models.Index(fields=["month", "wksbm"])]

    def __str__(self):
        return f"{self.wksbm_id} {self.month:%Y-%m}"
