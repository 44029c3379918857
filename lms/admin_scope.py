"""Wagtail admin views that know nothing of offices, held to the user's scope.

Wagtail limits pages, images and documents by its own permissions (page and collection
grants), and limits snippets not at all. These wrappers apply the project's scope rule
(`Model.objects.visible_to`) or Wagtail's grants where Wagtail itself does not: bulk actions,
pages named in admin URLs, the admin API's image and document endpoints, the workflow reports
and the page-types report. lms imports no app above it: scope comes from each model's manager
and from Wagtail's hooks.
"""

import re

from django.apps import apps
from django.core.exceptions import PermissionDenied
from django.db.models import CharField, Q
from django.db.models.functions import Cast
from django.http import Http404
from django.utils.functional import cached_property

from wagtail import hooks
from wagtail.admin.views.bulk_action.dispatcher import index as bulk_action_index
from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail.admin.views.reports.locked_pages import LockedPagesView
from wagtail.admin.views.reports.page_types_usage import PageTypesUsageReportView
from wagtail.admin.views.reports.workflows import WorkflowTasksView, WorkflowView
from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet
from wagtail.models import Page, get_default_page_content_type
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.permissions import policy_registry

from .middleware import admin_prefix


def admin_instances(model, user):
    """The rows of `model` that `user` may see or act on in the admin, or None where Wagtail's
    own per-object permission checks are the rule (pages, sites, groups).

    Rows with a write scope (`editable_by`, e.g. national banks that offices read but never
    change) use it, because every bulk action changes what it touches.
    """
    manager = model._default_manager
    for method in ("editable_by", "visible_to"):
        if hasattr(manager, method):
            return getattr(manager, method)(user)
    if issubclass(model, Page):
        return None
    policy = policy_registry.get_by_type(model)
    if policy is not None and hasattr(policy, "instances_user_has_any_permission_for"):
        return policy.instances_user_has_any_permission_for(user, ["choose", "change"])
    return None


def _ids_are_numbers(ids) -> bool:
    return all(re.fullmatch(r"[0-9]+", str(pk)) for pk in ids)


def bulk_action_view(request, app_label, model_name, action):
    """Wagtail's bulk actions, for ids inside the user's scope only.

    Out-of-scope ids answer 404, as their single-object views do; "all" (every row of the
    listing) becomes the rows in scope, since Wagtail would otherwise take the whole table.
    Pages go through the page rule (`admin_pages_allowed`), ids and the listing's parent alike.
    """
    try:
        model = apps.get_model(app_label, model_name)
    except LookupError as error:
        raise Http404 from error
    ids = request.GET.getlist("id")
    parent = request.GET.get("childOf")
    named = [pk for pk in ids if pk != "all"] + ([parent] if parent else [])
    if not _ids_are_numbers(named):
        raise Http404
    if issubclass(model, Page):
        if named and not admin_pages_allowed(request, named):
            raise Http404
        return bulk_action_index(request, app_label, model_name, action)
    allowed = admin_instances(model, request.user)
    if allowed is not None:
        if "all" in ids:
            action_class = bulk_action_registry.get_bulk_action_class(app_label, model_name, action)
            if action_class is None:
                raise Http404
            listing = action_class(request, model).get_all_objects_in_listing_query(parent)
            ids = [str(pk) for pk in allowed.filter(pk__in=listing).values_list("pk", flat=True)]
            request.GET = request.GET.copy()
            request.GET.setlist("id", ids)
        elif set(allowed.filter(pk__in=ids).values_list("pk", flat=True)) != {int(pk) for pk in ids}:
            raise Http404
    return bulk_action_index(request, app_label, model_name, action)


# URL arguments of Wagtail's admin views that name a page, and form fields that do (copy to,
# create under, bulk move to).
PAGE_ARGUMENTS = ("page_id", "parent_page_id", "page_to_move_id", "destination_id", "page_pk")
PAGE_FIELDS = ("new_parent_page", "parent_page", "chooser")


def admin_pages_allowed(request, page_ids) -> bool:
    """Whether every page named is one the user may pick in the admin: the page chooser's
    hooks (`construct_page_chooser_queryset`) hide other offices' sections and modules."""
    if not _ids_are_numbers(page_ids):
        return False
    ids = {int(pk) for pk in page_ids}
    pages = Page.objects.filter(pk__in=ids)
    for hook in hooks.get_hooks("construct_page_chooser_queryset"):
        pages = hook(pages, request)
    return pages.count() == len(ids)


class AdminPageScopeMiddleware:
    """Any admin view given a page of another office answers 404 before it runs.

    Wagtail checks page permissions in each view, but some views name the page first: the
    move confirmation names its destination, the workflow views put the page title in an
    error message, the page chooser shows the parent it was opened on.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        # Signed-out staff are sent to the sign-in page by Wagtail, as before.
        path = request.path_info
        if not path.startswith(admin_prefix()) or not request.user.has_perm("wagtailadmin.access_admin"):
            return None
        page_ids = [view_kwargs[name] for name in PAGE_ARGUMENTS if name in view_kwargs]
        if path.startswith(f"{admin_prefix()}choose-page/"):
            page_ids += request.GET.getlist("id")
        if request.method == "POST" and path.startswith(
            (f"{admin_prefix()}pages/", f"{admin_prefix()}bulk/")
        ):
            page_ids += [request.POST[name] for name in PAGE_FIELDS if request.POST.get(name)]
        if page_ids and not admin_pages_allowed(request, page_ids):
            raise Http404
        return None


def _editable_page_ids(user):
    pages = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
    return pages.values_list(Cast("id", output_field=CharField()), flat=True)


class _PeopleFilterInScopeMixin:
    """A report's filter by person ("requested by", "locked by") names only the people of the
    rows the report shows, not everyone who ever did so anywhere."""

    person_filter: str
    person_path: str

    @cached_property
    def filters(self):
        filterset = super().filters
        field = filterset.form.fields.get(self.person_filter) if filterset else None
        if field is not None:
            field.queryset = field.queryset.filter(pk__in=self.get_queryset().values(self.person_path))
        return filterset


class ScopedWorkflowView(_PeopleFilterInScopeMixin, WorkflowView):
    """Wagtail's workflow report also lists pages by content type; only editable pages stay."""

    person_filter = person_path = "requested_by"

    def get_queryset(self):
        page_type = get_default_page_content_type()
        return (
            super()
            .get_queryset()
            .filter(~Q(base_content_type=page_type) | Q(object_id__in=_editable_page_ids(self.request.user)))
        )


class ScopedWorkflowTasksView(_PeopleFilterInScopeMixin, WorkflowTasksView):
    person_filter, person_path = "requested_by", "workflow_state__requested_by"

    def get_queryset(self):
        page_type = get_default_page_content_type()
        return (
            super()
            .get_queryset()
            .filter(
                ~Q(workflow_state__base_content_type=page_type)
                | Q(workflow_state__object_id__in=_editable_page_ids(self.request.user))
            )
        )


class ScopedLockedPagesView(_PeopleFilterInScopeMixin, LockedPagesView):
    person_filter = person_path = "locked_by"


class SuperuserPageTypesUsageView(PageTypesUsageReportView):
    """Counts and last-edited pages of every type across the site: for superusers only."""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_superuser:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class _ScopedMediaAPIMixin:
    """The admin API lists the images and documents the user may choose, as the choosers do."""

    def get_queryset(self):
        allowed = admin_instances(self.model, self.request.user)
        return super().get_queryset().filter(pk__in=allowed.values("pk"))


class ScopedImagesAdminAPIViewSet(_ScopedMediaAPIMixin, ImagesAdminAPIViewSet):
    pass


class ScopedDocumentsAdminAPIViewSet(_ScopedMediaAPIMixin, DocumentsAdminAPIViewSet):
    pass
