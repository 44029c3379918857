from django.utils.translation import gettext_lazy as _

from wagtail.admin.views import generic
from wagtail.admin.viewsets.base import ViewSetGroup

from lms.viewsets import ScopedModelViewSet

from .assignments import AssignmentCreateForm, AssignmentEditForm, assignments_create
from .models import Assignment


class AssignmentCreateView(generic.CreateView):
    """One submission gives the course to every chosen WKSBM and person."""

    def save_instance(self):
        data = self.form.cleaned_data
        created = assignments_create(
            course=data["course"],
            wksbm=list(data["wksbm"]),
            users=list(data["users"]),
            due_date=data["due_date"],
            assigned_by=self.request.user,
        )
        return created[0]

    def get_success_message(self, instance):
        return _("Course '%(course)s' assigned.") % {"course": instance.course.title}


class AssignmentViewSet(ScopedModelViewSet):
    model = Assignment
    name = "assignments"
    icon = "tasks"
    menu_label = _("Assignments")
    add_to_admin_menu = False
    inspect_view_enabled = False
    add_view_class = AssignmentCreateView
    list_select_related = ("course", "wksbm", "user", "assigned_by")
    list_display = ["course", "wksbm", "user", "due_date", "assigned_at"]
    list_filter = ["due_date"]
    search_fields = ["course__title", "wksbm__name", "user__name"]
    list_export = ["course", "wksbm", "user", "due_date", "assigned_by", "assigned_at"]
    export_filename = "penugasan"

    def get_form_class(self, for_update=False):
        return AssignmentEditForm if for_update else AssignmentCreateForm


class PembinaanViewSetGroup(ViewSetGroup):
    menu_label = _("Pembinaan")
    menu_icon = "doc-full-inverse"
    menu_order = 150
    items = (AssignmentViewSet,)
