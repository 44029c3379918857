from django.urls import include, path, reverse, reverse_lazy
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from lms.permissions import ViewAndChangePermissionPolicy, ViewOnlyPermissionPolicy

from . import admin_urls
from .models import Attempt, Certificate, Observation, PembinaanSession, QuestionBank, QuizPage
from .viewsets import ASSESSMENTS_SUBMENU_HOOK, AssessmentViewSetGroup, FieldworkViewSetGroup

register_snippet(AssessmentViewSetGroup)
# Evidence is only ever made by the quiz engine and the field forms, which enforce its rules.
for evidence in (Attempt, Observation, PembinaanSession):
    register_permission_policy(evidence, ViewOnlyPermissionPolicy(evidence))
# Certificates are issued by finishing a course; staff may only revoke (change) one.
register_permission_policy(Certificate, ViewAndChangePermissionPolicy(Certificate))


@hooks.register("register_admin_viewset")
def register_evidence_viewsets():
    return FieldworkViewSetGroup()


@hooks.register("register_admin_urls")
def register_question_import_urls():
    return [path("assessments/", include(admin_urls, namespace="assessments_admin"))]


class QuestionImportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("assessments.add_question")


@hooks.register(ASSESSMENTS_SUBMENU_HOOK)
def register_question_import_menu_item():
    return QuestionImportMenuItem(
        _("Import questions"),
        reverse_lazy("assessments_admin:question_import"),
        name="question-import",
        icon_name="upload",
        order=100,  # after the group's viewsets, which take the orders 1, 2, 3 ...
    )


@hooks.register("register_snippet_listing_buttons")
def question_bank_export_button(snippet, user, next_url=None):
    """An "Export to Moodle XML" item in each bank's "More" menu; the listing holds visible banks only."""
    if isinstance(snippet, QuestionBank) and user.has_perm("assessments.view_questionbank"):
        yield Button(
            _("Export to Moodle XML"),
            reverse("assessments_admin:bank_export", args=[snippet.pk]),
            icon_name="download",
            priority=60,
        )


def _item_analysis_button(page, user, priority):
    """An "Item analysis" button for a quiz page, for users who may view attempts."""
    page_class = page.specific_class
    if page_class is None or not issubclass(page_class, QuizPage):
        return None
    if not user.has_perm("assessments.view_attempt"):
        return None
    return Button(
        _("Item analysis"),
        reverse("assessments_admin:quiz_item_analysis", args=[page.pk]),
        icon_name="table",
        priority=priority,
    )


@hooks.register("register_page_header_buttons")
def quiz_item_analysis_header_button(page, user, view_name, next_url=None):
    """In the "More" menu of a quiz page's header (explorer and editor)."""
    if button := _item_analysis_button(page, user, priority=90):
        yield button


@hooks.register("register_page_listing_more_buttons")
def quiz_item_analysis_listing_button(page, user, next_url=None):
    """In the "More" menu of each quiz in the page explorer's listing."""
    if button := _item_analysis_button(page, user, priority=70):
        yield button
