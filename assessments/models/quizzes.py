"""Quiz pages: a course's pre-test, post-test, practice quiz or self-assessment."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page

from ..choices import QuestionType, QuizKind, ReviewPolicy
from .questions import Question, QuestionBank


class QuizPageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.for_user is not None:
            self.fields["draw_bank"].queryset = QuestionBank.objects.visible_to(self.for_user)

    def clean(self):
        cleaned = super().clean()
        fixed = [
            form.cleaned_data["question"]
            for form in self.formsets["quiz_questions"].forms
            # The inline forms are cleaned after this form; is_valid() cleans them now.
            if form.is_valid() and form.cleaned_data.get("question") and not form.cleaned_data.get("DELETE")
        ]
        draw_count = cleaned.get("draw_count")
        if draw_count and fixed:
            raise ValidationError(_("Choose fixed questions or a random draw from a bank, not both."))
        if not draw_count and not fixed:
            raise ValidationError(_("Add questions, or draw a number of them at random from a bank."))
        if draw_count and not cleaned.get("draw_bank"):
            self.add_error("draw_bank", _("Choose the bank to draw questions from."))
        visible = Question.objects.visible_to(self.for_user) if self.for_user else Question.objects.all()
        if fixed and visible.filter(pk__in=[q.pk for q in fixed]).count() != len({q.pk for q in fixed}):
            raise ValidationError(_("Choose questions from the banks of your office or the national ones."))
        kind = cleaned.get("kind")
        likert = [q for q in fixed if q.type == QuestionType.LIKERT]
        if kind == QuizKind.SELF_ASSESSMENT and len(likert) != len(fixed):
            raise ValidationError(_("A self-assessment holds Likert statements only."))
        if kind != QuizKind.SELF_ASSESSMENT and likert:
            raise ValidationError(_("Likert statements belong in a self-assessment."))
        return cleaned


class QuizPage(RoutablePageMixin, Page):
    """A quiz inside a course. Questions are fixed, or N are drawn at random for each attempt."""

    kind = models.CharField(_("kind"), max_length=16, choices=QuizKind.choices, default=QuizKind.POST_TEST)
    intro = RichTextField(_("instructions"), blank=True, features=["bold", "italic", "ol", "ul", "link"])
    draw_count = models.PositiveSmallIntegerField(
        _("questions drawn at random"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("Leave empty to use the fixed questions below."),
    )
    draw_bank = models.ForeignKey(
        QuestionBank,
        verbose_name=_("draw from bank"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    draw_tag = models.CharField(
        _("draw only questions with topic"), max_length=100, blank=True, help_text=_("Optional.")
    )
    shuffle_choices = models.BooleanField(_("shuffle choices"), default=True)
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"), default=70, validators=[MaxValueValidator(100)]
    )
    max_attempts = models.PositiveSmallIntegerField(
        _("maximum attempts"), default=0, help_text=_("0 for no limit.")
    )
    time_limit_minutes = models.PositiveSmallIntegerField(
        _("time limit (minutes)"), null=True, blank=True, validators=[MinValueValidator(1)]
    )
    review_policy = models.CharField(
        _("show correct answers"),
        max_length=16,
        choices=ReviewPolicy.choices,
        default=ReviewPolicy.AFTER_SUBMIT,
    )
    closes_at = models.DateTimeField(
        _("closes at"), null=True, blank=True, help_text=_("After this time no attempt can be started.")
    )

    base_form_class = QuizPageForm
    content_panels = [
        *Page.content_panels,
        FieldPanel("kind"),
        FieldPanel("intro"),
        InlinePanel("quiz_questions", heading=_("Fixed questions"), label=_("Question")),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("draw_count"), FieldPanel("draw_bank")]), FieldPanel("draw_tag")],
            heading=_("Or a random draw"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("pass_mark"), FieldPanel("max_attempts")]),
                FieldRowPanel([FieldPanel("time_limit_minutes"), FieldPanel("closes_at")]),
                FieldPanel("review_policy"),
                FieldPanel("shuffle_choices"),
            ],
            heading=_("Rules"),
        ),
    ]
    parent_page_types = ["courses.CoursePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("quiz")
        verbose_name_plural = _("quizzes")

    @property
    def graded(self) -> bool:
        """Self-assessments have no right answers and no pass mark."""
        return self.kind != QuizKind.SELF_ASSESSMENT

    def is_closed(self, now=None) -> bool:
        return self.closes_at is not None and (now or timezone.now()) >= self.closes_at

    def serve(self, request, view=None, args=None, kwargs=None):
        from ..views import quiz_page_view

        if view is None or getattr(view, "__func__", view) is RoutablePageMixin.index_route:
            return quiz_page_view(request, quiz=self)
        return super().serve(request, view, args, kwargs)

    @path("mulai/", name="start")
    def start(self, request):
        from ..views import attempt_start_view

        return attempt_start_view(request, quiz=self)

    @path("percobaan/<uuid:key>/", name="attempt")
    def attempt(self, request, key):
        from ..views import attempt_view

        return attempt_view(request, quiz=self, key=key)

    @path("percobaan/<uuid:key>/simpan/", name="save")
    def save_answers(self, request, key):
        from ..views import answers_save_view

        return answers_save_view(request, quiz=self, key=key)

    @path("percobaan/<uuid:key>/periksa/", name="review")
    def review(self, request, key):
        from ..views import attempt_review_view

        return attempt_review_view(request, quiz=self, key=key)

    @path("percobaan/<uuid:key>/kirim/", name="submit")
    def submit(self, request, key):
        from ..views import attempt_submit_view

        return attempt_submit_view(request, quiz=self, key=key)

    @path("percobaan/<uuid:key>/hasil/", name="result")
    def result(self, request, key):
        from ..views import attempt_result_view

        return attempt_result_view(request, quiz=self, key=key)


class QuizQuestion(Orderable):
    page = ParentalKey(QuizPage, on_delete=models.CASCADE, related_name="quiz_questions")
    question = models.ForeignKey(
        Question, verbose_name=_("question"), on_delete=models.PROTECT, related_name="+"
    )

    panels = [FieldPanel("question")]

    class Meta(Orderable.Meta):
        verbose_name = _("quiz question")
