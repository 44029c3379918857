from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.permissions import policy_registry
from wagtail.search import index

from lms.permissions import viewable_pages
from lms.roles import region_code_filter, region_scope
from wksbm.models import Jabatan, Pengurus

from .blocks import LessonStreamBlock
from .choices import Pillar
from .reading import reading_minutes


class CourseIndexPage(Page):
    """A catalogue section: the national one, or one Dinsos office's own (editable by its penyuluh)."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    office = models.OneToOneField(
        "wksbm.DinsosOffice",
        verbose_name=_("Dinsos office"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="course_section",
        help_text=_("Empty for the national section of shared courses."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    # Which office owns a section decides who may write in it: superusers only.
    settings_panels = [*Page.settings_panels, FieldPanel("office", permission="superuser")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["courses.CoursePage"]

    class Meta:
        verbose_name = _("course catalogue")

    def get_courses(self):
        return CoursePage.objects.live().child_of(self).order_by("path")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # A module restricted to some readers is not even named to the others.
        context["courses"] = viewable_pages(self.get_courses(), request)
        return context


class CoursePageForm(WagtailAdminPageForm):
    def clean_cover_image(self):
        image = self.cleaned_data.get("cover_image")
        # The chooser only offers images of the editor's collections; a forged id must not pass.
        policy = policy_registry.get_by_type(get_image_model())
        if (
            image
            and self.for_user
            and not policy.user_has_permission_for_instance(self.for_user, "choose", image)
        ):
            raise ValidationError(_("Choose an image from your office's collection."))
        return image

    intended_jabatan = forms.MultipleChoiceField(
        label=_("Intended positions"),
        choices=Jabatan.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Leave empty when the course is for every pengurus."),
    )


# The sizes templates/courses/course_page.html offers for the cover.
COVER_IMAGE_FILTERS = ("fill-360x180|format-webp", "fill-720x360|format-webp")


class CoursePage(Page):
    """A pembinaan programme on one pillar; its lessons are its child pages."""

    pillar = models.CharField(_("pillar"), max_length=16, choices=Pillar.choices)
    summary = models.TextField(_("summary"), max_length=400)
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    intended_jabatan = models.JSONField(_("intended positions"), default=list, blank=True)

    base_form_class = CoursePageForm
    content_panels = [
        *Page.content_panels,
        FieldPanel("pillar"),
        FieldPanel("summary"),
        FieldPanel("cover_image"),
        FieldPanel("intended_jabatan"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("summary")]
    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.LessonPage", "assessments.QuizPage"]

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")

    def get_lessons(self):
        return LessonPage.objects.live().child_of(self).order_by("path")

    def get_context(self, request, *args, **kwargs):
        from .progress import course_outline

        context = super().get_context(request, *args, **kwargs)
        context["outline"] = course_outline(course=self, user=request.user, request=request)
        return context

    @property
    def offline_cache_name(self) -> str:
        """The phone's cache for this course once downloaded; service-worker updates keep every
        cache with this prefix (templates/home/sw.js)."""
        return f"wksbm-course-{self.pk}"

    @property
    def intended_jabatan_labels(self) -> list[str]:
        labels = dict(Jabatan.choices)
        return [labels[value] for value in self.intended_jabatan if value in labels]


class LessonPage(RoutablePageMixin, Page):
    """One reading of a course, marked complete by the learner."""

    body = StreamField(LessonStreamBlock(), verbose_name=_("content"))
    reading_minutes = models.PositiveSmallIntegerField(_("reading time (minutes)"), default=1, editable=False)

    content_panels = [*Page.content_panels, FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("body")]
    parent_page_types = ["courses.CoursePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")

    def save(self, *args, **kwargs):
        # Stored so that course outlines need not load every lesson's body.
        self.reading_minutes = reading_minutes(self.body.raw_data)
        super().save(*args, **kwargs)

    def serve(self, request, view=None, args=None, kwargs=None):
        response = super().serve(request, view, args, kwargs)
        # Only the lesson itself, not its sub-routes, may be kept by courses.page_cache.
        is_lesson = view is None or getattr(view, "__func__", view) is RoutablePageMixin.index_route
        response.lesson_page = request.method == "GET" and is_lesson
        return response

    def get_context(self, request, *args, **kwargs):
        from .progress import lesson_position

        context = super().get_context(request, *args, **kwargs)
        context["position"] = lesson_position(lesson=self, user=request.user, request=request)
        return context

    @path("selesai/", name="complete")
    def complete(self, request):
        from .views import lesson_complete_view

        return lesson_complete_view(request, lesson=self)


class AssignmentQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Staff see assignments to WKSBM, and to pengurus, of their region; learners their own."""
        prefix = region_scope(user)
        if prefix is None:
            return self.for_learner(user) if getattr(user, "is_authenticated", False) else self.none()
        in_region = region_code_filter(prefix, "wksbm__kelurahan__code")
        people = Pengurus.objects.filter(in_region).values("user_id")
        return self.filter(region_code_filter(prefix, "wksbm__kelurahan__code") | Q(user__in=people))

    def for_learner(self, user, as_of=None):
        """Assignments reaching `user`: to them, or to a WKSBM where they serve on `as_of`."""
        serving_in = Pengurus.objects.filter(user=user).active(as_of).values("wksbm_id")
        return self.filter(Q(user=user) | Q(wksbm__in=serving_in))


class Assignment(models.Model):
    """A course given by Dinsos to a whole WKSBM (its active pengurus, now and later) or one person."""

    course = models.ForeignKey(
        CoursePage, verbose_name=_("course"), on_delete=models.CASCADE, related_name="assignments"
    )
    wksbm = models.ForeignKey(
        "wksbm.Wksbm",
        verbose_name=_("WKSBM"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="assignments",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("pengurus"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="assignments",
    )
    due_date = models.DateField(_("due date"), null=True, blank=True)
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assigned by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    assigned_at = models.DateTimeField(_("assigned at"), default=timezone.now)

    objects = AssignmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("assignment")
        verbose_name_plural = _("assignments")
        constraints = [
            models.CheckConstraint(
                condition=Q(wksbm__isnull=True, user__isnull=False)
                | Q(wksbm__isnull=False, user__isnull=True),
                name="assignment_to_a_wksbm_or_a_person",
            ),
            models.UniqueConstraint(fields=["course", "wksbm"], name="one_assignment_per_course_and_wksbm"),
            models.UniqueConstraint(fields=["course", "user"], name="one_assignment_per_course_and_person"),
        ]

    def __str__(self):
        return f"{self.course.title} → {self.wksbm or self.user}"

    def clean(self):
        if bool(self.wksbm_id) == bool(self.user_id):
            raise ValidationError(_("Assign the course to a WKSBM or to one pengurus."))


class LessonProgress(models.Model):
    """That a learner finished a lesson, and when. Course progress is derived from these rows."""

    wagtail_reference_index_ignore = True  # a record, not content (docs/decisions.md)

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="lesson_progress"
    )
    lesson = models.ForeignKey(LessonPage, on_delete=models.CASCADE, related_name="progress")
    completed_at = models.DateTimeField(_("completed at"), default=timezone.now)

    class Meta:
        verbose_name = _("lesson progress")
        verbose_name_plural = _("lesson progress")
        constraints = [models.UniqueConstraint(fields=["user", "lesson"], name="one_completion_per_lesson")]

    def __str__(self):
        return f"{self.user} ✓ {self.lesson.title}"
