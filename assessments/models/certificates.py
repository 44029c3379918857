"""Certificates of completed courses, and how each Dinsos office signs them."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel

from courses.choices import Pillar
from wksbm.models import OfficeOwned

from .attempts import PersonalRecordQuerySet


class CertificateTemplate(OfficeOwned):
    """Who signs an office's certificates, and its logo; the row without an office is the national
    default used by offices without their own."""

    signatory_name = models.CharField(_("signatory's name"), max_length=150)
    signatory_title = models.CharField(
        _("signatory's title"), max_length=150, help_text=_("For example: Kepala Dinas Sosial Kota Magelang")
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("PNG or JPEG; printed at the top, about 2 cm high."),
    )

    panels = [
        FieldPanel("office", help_text=_("Empty for the national default.")),
        FieldPanel("signatory_name"),
        FieldPanel("signatory_title"),
        FieldPanel("logo"),
    ]

    class Meta:
        verbose_name = _("certificate template")
        verbose_name_plural = _("certificate templates")
        constraints = [
            models.UniqueConstraint(fields=["office"], name="one_certificate_template_per_office"),
            models.UniqueConstraint(
                fields=["office"], condition=Q(office__isnull=True), name="one_national_certificate_template"
            ),
        ]

    def __str__(self):
        return str(self.office) if self.office_id else str(_("National default"))


class Certificate(models.Model):
    """Proof that a pengurus completed a course (every lesson, post-test passed). What it shows is
    copied at issue, so renaming a course or a person never changes a certificate already given."""

    wagtail_reference_index_ignore = True  # a record, not content (docs/decisions.md)

    code = models.CharField(_("verification code"), max_length=16, unique=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("pengurus"),
        on_delete=models.PROTECT,
        related_name="certificates",
    )
    course = models.ForeignKey(
        "courses.CoursePage", verbose_name=_("course"), on_delete=models.PROTECT, related_name="certificates"
    )
    holder_name = models.CharField(_("name"), max_length=150)
    course_title = models.CharField(_("course"), max_length=255)
    pillar = models.CharField(_("pillar"), max_length=16, choices=Pillar.choices)
    office_name = models.CharField(_("Dinsos office"), max_length=150)
    signatory_name = models.CharField(_("signatory's name"), max_length=150, blank=True)
    signatory_title = models.CharField(_("signatory's title"), max_length=150, blank=True)
    completed_on = models.DateField(_("completed on"))
    issued_at = models.DateTimeField(_("issued at"), auto_now_add=True)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    revoked_reason = models.CharField(_("reason for revoking"), max_length=255, blank=True)

    objects = PersonalRecordQuerySet.as_manager()

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        constraints = [
            models.UniqueConstraint(fields=["user", "course"], name="one_certificate_per_user_and_course"),
        ]

    def __str__(self):
        return f"{self.code}: {self.holder_name}, {self.course_title}"

    def status(self) -> str:
        if self.revoked_at is None:
            return _("Valid")
        return _("Revoked on %(date)s") % {"date": date_format(timezone.localdate(self.revoked_at))}

    status.short_description = _("status")
