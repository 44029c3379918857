"""The question bank: banks, questions and their choices (authored as Wagtail snippets)."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable, RevisionMixin
from wagtail.search import index

from courses.choices import Pillar
from wksbm.models import OfficeOwned

from ..choices import Difficulty, QuestionType

FULL_CREDIT = Decimal(100)


class QuestionBank(OfficeOwned):
    """A named collection of questions, owned by a Dinsos office or shared nationally."""

    name = models.CharField(_("name"), max_length=120)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        verbose_name = _("question bank")
        verbose_name_plural = _("question banks")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["office", "name"], name="unique_bank_name_per_office"),
            models.UniqueConstraint(
                fields=["name"], condition=Q(office__isnull=True), name="unique_national_bank_name"
            ),
        ]

    def __str__(self):
        return self.name


class TaggedQuestion(TaggedItemBase):
    content_object = ParentalKey(
        "assessments.Question", on_delete=models.CASCADE, related_name="tagged_items"
    )


class QuestionQuerySet(models.QuerySet):
    def visible_to(self, user):
        return self.filter(bank__in=QuestionBank.objects.visible_to(user))

    def editable_by(self, user):
        return self.filter(bank__in=QuestionBank.objects.editable_by(user))


class Question(RevisionMixin, index.Indexed, ClusterableModel):
    """One question. Choices carry the credit (percent, Moodle's convention) and feedback.

    Choice-based types list their choices; a short text answer lists the accepted answers;
    a numeric answer lists accepted numbers, each with a tolerance; a Likert statement has
    no choices (the learner answers 1-5) and may be reverse-scored.
    """

    bank = models.ForeignKey(
        QuestionBank, verbose_name=_("question bank"), on_delete=models.PROTECT, related_name="questions"
    )
    type = models.CharField(_("type"), max_length=16, choices=QuestionType.choices)
    name = models.CharField(
        _("short name"),
        max_length=255,
        blank=True,
        help_text=_("Shown in lists; taken from the text if empty."),
    )
    text = models.TextField(_("question text"))
    general_feedback = models.TextField(
        _("explanation"), blank=True, help_text=_("Shown with the result, whatever the learner answered.")
    )
    category = models.CharField(
        _("category"),
        max_length=255,
        blank=True,
        help_text=_("A path such as Keuangan/Kas, to group questions."),
    )
    pillar = models.CharField(_("pillar"), max_length=16, choices=Pillar.choices, blank=True)
    difficulty = models.CharField(_("difficulty"), max_length=8, choices=Difficulty.choices, blank=True)
    tags = ClusterTaggableManager(
        verbose_name=_("topics"),
        through=TaggedQuestion,
        blank=True,
        help_text=_("Topics, separated by commas."),
    )
    points = models.DecimalField(
        _("points"), max_digits=6, decimal_places=2, default=Decimal(1), validators=[MinValueValidator(0)]
    )
    reverse_scored = models.BooleanField(
        _("reverse-scored"), default=False, help_text=_("Likert only: agreeing shows less commitment.")
    )
    case_sensitive = models.BooleanField(_("case-sensitive"), default=False)
    lesson = models.ForeignKey(
        "courses.LessonPage",
        verbose_name=_("lesson it tests"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="questions",
        help_text=_("Optional. A learner who misses this question is sent back to this lesson."),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = QuestionQuerySet.as_manager()

    search_fields = [
        index.SearchField("name"),
        index.SearchField("text"),
        index.AutocompleteField("name"),
        index.FilterField("bank"),
        index.FilterField("type"),
        index.FilterField("pillar"),
    ]

    class Meta:
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        ordering = ["bank", "category", "pk"]

    def __str__(self):
        return self.name or Truncator(self.text).chars(80)

    def save(self, *args, **kwargs):
        if not self.name:
            self.name = Truncator(" ".join(self.text.split())).chars(80)
        super().save(*args, **kwargs)

    def choices_clean(self, choices) -> None:
        """Check that `choices` (text, fraction) make this question answerable; raise otherwise."""
        fractions = [Decimal(choice.fraction) for choice in choices]
        if self.type == QuestionType.LIKERT:
            if fractions:
                raise ValidationError(_("A Likert statement has no choices: the learner answers 1 to 5."))
            return
        if not fractions:
            raise ValidationError(_("Add at least one choice or accepted answer."))
        if self.type == QuestionType.TRUE_FALSE and len(fractions) != 2:
            raise ValidationError(_("A true/false question has exactly two choices."))
        single_right_answer = (
            QuestionType.SINGLE,
            QuestionType.TRUE_FALSE,
            QuestionType.SHORT_TEXT,
            QuestionType.NUMERIC,
        )
        if self.type in single_right_answer and max(fractions) != FULL_CREDIT:
            raise ValidationError(_("One choice or accepted answer must be worth 100%."))
        if self.type == QuestionType.MULTIPLE:
            positive = sum(f for f in fractions if f > 0)
            if abs(positive - FULL_CREDIT) > Decimal("0.1"):
                raise ValidationError(
                    _("The correct choices must add up to 100%% (now %(sum)s%%).")
                    % {"sum": format(positive.normalize(), "f")}
                )
        if self.type == QuestionType.NUMERIC:
            for choice in choices:
                try:
                    Decimal(str(choice.text).replace(",", "."))
                except ArithmeticError:
                    raise ValidationError(_("“%(text)s” is not a number.") % {"text": choice.text}) from None


class Choice(Orderable):
    """A choice (or an accepted answer) and the credit it gives, in percent of the question."""

    question = ParentalKey(Question, on_delete=models.CASCADE, related_name="choices")
    text = models.TextField(_("text"))
    fraction = models.DecimalField(
        _("credit (%)"),
        max_digits=8,
        decimal_places=5,
        default=Decimal(0),
        validators=[MinValueValidator(-100), MaxValueValidator(100)],
        help_text=_("100 for a correct answer; split 100 between correct choices; negative to penalise."),
    )
    tolerance = models.DecimalField(
        _("tolerance"),
        max_digits=12,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        help_text=_("Numeric answers: how far from this number an answer may be."),
    )
    feedback = models.TextField(_("feedback"), blank=True)

    panels = [
        FieldPanel("text"),
        FieldRowPanel([FieldPanel("fraction"), FieldPanel("tolerance")]),
        FieldPanel("feedback"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("choice")
        verbose_name_plural = _("choices")

    def __str__(self):
        return self.text
