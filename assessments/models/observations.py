"""What penyuluh record in the field: rubric observations of a pengurus, and pembinaan sessions."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable, RevisionMixin

from wksbm.models import OfficeOwned, ScopedQuerySet

LEVELS = (1, 2, 3, 4)


class Rubric(RevisionMixin, OfficeOwned, ClusterableModel):
    """Criteria, each described at four levels, for observing skills in the field."""

    name = models.CharField(_("name"), max_length=120)
    description = models.TextField(_("description"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("office", help_text=_("Empty for a national rubric shared with every office.")),
        FieldPanel("description"),
        InlinePanel("criteria", heading=_("Criteria"), label=_("Criterion"), min_num=1),
    ]

    class Meta:
        verbose_name = _("rubric")
        verbose_name_plural = _("rubrics")
        ordering = ["name"]

    def __str__(self):
        return self.name


class RubricCriterion(Orderable):
    rubric = ParentalKey(Rubric, on_delete=models.CASCADE, related_name="criteria")
    name = models.CharField(_("criterion"), max_length=200)
    level_1 = models.TextField(_("level 1 (not yet able)"))
    level_2 = models.TextField(_("level 2 (able with help)"))
    level_3 = models.TextField(_("level 3 (able on their own)"))
    level_4 = models.TextField(_("level 4 (able and guides others)"))

    class Meta(Orderable.Meta):
        verbose_name = _("criterion")
        verbose_name_plural = _("criteria")

    def __str__(self):
        return self.name

    @property
    def descriptors(self) -> list[tuple[int, str]]:
        return [(level, getattr(self, f"level_{level}")) for level in LEVELS]


class ObservationQuerySet(ScopedQuerySet):
    region_field = "wksbm__kelurahan__code"

    def visible_to_member(self, user):
        return self.filter(user=user)


class Observation(models.Model):
    """A penyuluh's rubric judgement of one pengurus, on the keterampilan course it evidences.
    Its score is (mean level - 1) / 3 x 100."""

    wagtail_reference_index_ignore = True  # a record, not content (docs/decisions.md)

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("pengurus"),
        on_delete=models.CASCADE,
        related_name="observations",
    )
    wksbm = models.ForeignKey(
        "wksbm.Wksbm", verbose_name=_("WKSBM"), on_delete=models.CASCADE, related_name="observations"
    )
    course = models.ForeignKey(
        "courses.CoursePage", verbose_name=_("course"), on_delete=models.PROTECT, related_name="+"
    )
    rubric = models.ForeignKey(Rubric, verbose_name=_("rubric"), on_delete=models.PROTECT, related_name="+")
    observed_on = models.DateField(_("observed on"), default=timezone.localdate)
    notes = models.TextField(_("notes"), blank=True)
    score = models.DecimalField(_("score"), max_digits=6, decimal_places=3, editable=False)
    observer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("observer"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="observations_made",
    )
    created_at = models.DateTimeField(_("recorded at"), auto_now_add=True)

    objects = ObservationQuerySet.as_manager()

    class Meta:
        verbose_name = _("observation")
        verbose_name_plural = _("observations")
        ordering = ["-observed_on", "-pk"]
        indexes = [models.Index(fields=["user", "course", "observed_on"], name="observation_evidence")]

    def __str__(self):
        return f"{self.user} · {self.observed_on}"


class ObservationLevel(models.Model):
    """The level given on one criterion; the criterion's name is kept in case the rubric changes."""

    wagtail_reference_index_ignore = True  # a record, not content (docs/decisions.md)

    observation = models.ForeignKey(Observation, on_delete=models.CASCADE, related_name="levels")
    criterion = models.ForeignKey(RubricCriterion, null=True, on_delete=models.SET_NULL, related_name="+")
    criterion_name = models.CharField(_("criterion"), max_length=200)
    level = models.PositiveSmallIntegerField(
        _("level"), validators=[MinValueValidator(1), MaxValueValidator(4)]
    )

    class Meta:
        verbose_name = _("observed level")
        verbose_name_plural = _("observed levels")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(level__gte=1, level__lte=4), name="observation_level_1_to_4"
            )
        ]

    def __str__(self):
        return f"{self.criterion_name}: {self.level}"


class PembinaanSessionQuerySet(ScopedQuerySet):
    region_field = "wksbm__kelurahan__code"


class PembinaanSession(models.Model):
    """A pembinaan meeting a penyuluh held with a WKSBM, and who attended."""

    wagtail_reference_index_ignore = True  # a record, not content (docs/decisions.md)

    wksbm = models.ForeignKey(
        "wksbm.Wksbm", verbose_name=_("WKSBM"), on_delete=models.CASCADE, related_name="pembinaan_sessions"
    )
    held_on = models.DateField(_("date"), default=timezone.localdate)
    topic = models.CharField(_("topic"), max_length=200)
    notes = models.TextField(_("notes"), blank=True)
    facilitator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("facilitator"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="sessions_led",
    )
    attendees = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("attended"),
        through="Attendance",
        related_name="sessions_attended",
    )

    objects = PembinaanSessionQuerySet.as_manager()

    class Meta:
        verbose_name = _("pembinaan session")
        verbose_name_plural = _("pembinaan sessions")
        ordering = ["-held_on", "-pk"]

    def __str__(self):
        return f"{self.topic} · {self.held_on}"


class Attendance(models.Model):
    wagtail_reference_index_ignore = True  # a record, not content (docs/decisions.md)

    session = models.ForeignKey(PembinaanSession, on_delete=models.CASCADE, related_name="attendance")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="attendance")

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")
        constraints = [models.UniqueConstraint(fields=["session", "user"], name="attended_once")]

    def __str__(self):
        return f"{self.user} @ {self.session}"
