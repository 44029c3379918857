"""Giving courses to WKSBM and pengurus: the write, and the admin form penyuluh use."""

import datetime
from functools import reduce
from operator import or_

from django import forms
from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm

from lms.models import User
from lms.roles import Role, region_scope
from wksbm.models import DinsosOffice, Pengurus, Wksbm

from .models import Assignment, CourseIndexPage, CoursePage


def catalogue_courses(user):
    """Courses of the catalogues `user` works with, published or not: the national ones and those of
    offices in their scope. Reports show evidence on these courses only."""
    sections = CourseIndexPage.objects.filter(
        Q(office__isnull=True) | Q(office__in=DinsosOffice.objects.visible_to(user))
    )
    paths = list(sections.values_list("path", flat=True)) if region_scope(user) is not None else []
    if not paths:
        return CoursePage.objects.none()
    return CoursePage.objects.filter(reduce(or_, (Q(path__startswith=path) for path in paths)))


def assignable_courses(user):
    """Live courses `user` may hand out: the national ones and those of offices in their scope."""
    return catalogue_courses(user).live()


def assignments_create(
    *,
    course: CoursePage,
    wksbm: list[Wksbm],
    users: list[User],
    due_date: datetime.date | None,
    assigned_by: User,
) -> list[Assignment]:
    """Assign `course` to each WKSBM and person; an existing assignment only gets the new due date."""
    created = []
    with transaction.atomic():
        for target in [{"wksbm": w} for w in wksbm] + [{"user": u} for u in users]:
            assignment, is_new = Assignment.objects.update_or_create(
                course=course, **target, defaults={"due_date": due_date}
            )
            if is_new:
                assignment.assigned_by = assigned_by
                assignment.save(update_fields=["assigned_by"])
            created.append(assignment)
    return created


class AssignmentCreateForm(WagtailAdminModelForm):
    """One course, a due date, and any number of WKSBM and single pengurus in the user's scope."""

    wksbm = forms.ModelMultipleChoiceField(
        label=_("WKSBM"),
        queryset=Wksbm.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Every active pengurus gets the course, and so will those who join later."),
    )
    users = forms.ModelMultipleChoiceField(
        label=_("Single pengurus"),
        queryset=User.objects.none(),
        required=False,
        help_text=_("Only for a course one person needs; hold Ctrl to pick several."),
    )

    class Meta:
        model = Assignment
        fields = ["course", "due_date"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.for_user
        self.fields["course"].queryset = assignable_courses(user).order_by("title")
        self.fields["wksbm"].queryset = Wksbm.objects.visible_to(user).select_related("kelurahan")
        serving = Pengurus.objects.visible_to(user).active().values("user_id")
        self.fields["users"].queryset = User.objects.filter(role=Role.PENGURUS, pk__in=serving).order_by(
            "name"
        )

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("wksbm") and not cleaned.get("users"):
            raise forms.ValidationError(_("Choose at least one WKSBM or one pengurus."))
        return cleaned

    def _post_clean(self):
        # This form makes several assignments, so the single half-filled instance behind a
        # ModelForm is not validated; the database constraints guard each row instead.
        pass


class AssignmentEditForm(WagtailAdminModelForm):
    class Meta:
        model = Assignment
        fields = ["due_date"]
