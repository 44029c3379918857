from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, ObjectList
from wagtail.admin.viewsets.base import ViewSetGroup

from lms.viewsets import ScopedModelViewSet, ScopedSnippetViewSet
from wksbm.forms import OfficeOwnedForm

from .forms import CertificateRevocationForm, QuestionForm
from .models import (
    Attempt,
    Certificate,
    CertificateTemplate,
    Observation,
    PembinaanSession,
    Question,
    QuestionBank,
    Rubric,
)


class QuestionBankViewSet(ScopedSnippetViewSet):
    model = QuestionBank
    icon = "folder-open-inverse"
    menu_label = _("Question banks")
    write_scope_method = "editable_by"
    list_select_related = ("office",)
    list_display = ["name", "office"]
    search_fields = ["name", "description"]
    edit_handler = ObjectList(
        [
            FieldPanel("name"),
            FieldPanel("office", help_text=_("Empty for a national bank shared with every office.")),
            FieldPanel("description"),
        ],
        base_form_class=OfficeOwnedForm,
    )


class QuestionViewSet(ScopedSnippetViewSet):
    model = Question
    icon = "help"
    menu_label = _("Questions")
    write_scope_method = "editable_by"
    list_select_related = ("bank",)
    list_display = ["name", "type", "bank", "category", "pillar", "difficulty"]
    list_filter = ["bank", "type", "pillar", "difficulty"]
    list_per_page = 50
    edit_handler = ObjectList(
        [
            FieldRowPanel([FieldPanel("bank"), FieldPanel("type")]),
            FieldPanel("text"),
            InlinePanel("choices", heading=_("Choices or accepted answers"), label=_("Choice")),
            FieldPanel("general_feedback"),
            FieldPanel("lesson"),
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel("pillar"), FieldPanel("difficulty")]),
                    FieldRowPanel([FieldPanel("category"), FieldPanel("points")]),
                    FieldPanel("tags"),
                    FieldRowPanel([FieldPanel("reverse_scored"), FieldPanel("case_sensitive")]),
                    FieldPanel("name"),
                ],
                heading=_("Organisation and options"),
            ),
        ],
        base_form_class=QuestionForm,
    )


class RubricViewSet(ScopedSnippetViewSet):
    model = Rubric
    icon = "table"
    menu_label = _("Rubrics")
    write_scope_method = "editable_by"
    list_select_related = ("office",)
    list_display = ["name", "office"]
    edit_handler = ObjectList(Rubric.panels, base_form_class=OfficeOwnedForm)


class CertificateTemplateViewSet(ScopedSnippetViewSet):
    """Who signs an office's certificates: managers keep their office's, admins the national one."""

    model = CertificateTemplate
    icon = "doc-full"
    menu_label = _("Certificate templates")
    write_scope_method = "editable_by"
    list_select_related = ("office",)
    list_display = ["__str__", "signatory_name", "signatory_title"]
    edit_handler = ObjectList(CertificateTemplate.panels, base_form_class=OfficeOwnedForm)


class AttemptViewSet(ScopedModelViewSet):
    """Every attempt, for penyuluh and managers to review; nobody edits one."""

    model = Attempt
    form_fields = ()  # view-only (wagtail_hooks registers the policy); Wagtail still wants a form
    icon = "list-ul"
    menu_label = _("Attempts")
    add_to_admin_menu = False
    list_select_related = ("user", "quiz", "course")
    list_display = ["user", "quiz", "course", "kind", "number", "submitted_at", "score", "passed"]
    list_filter = ["kind", "passed", "submitted_at"]
    search_fields = ["user__name", "quiz__title", "course__title"]
    list_export = [
        "user",
        "quiz",
        "course",
        "kind",
        "number",
        "started_at",
        "submitted_at",
        "score",
        "passed",
    ]
    export_filename = "pengerjaan-kuis"
    inspect_view_fields = [
        "user",
        "quiz",
        "course",
        "kind",
        "number",
        "started_at",
        "submitted_at",
        "score",
        "passed",
    ]


class CertificateViewSet(ScopedModelViewSet):
    """Certificates given so far; managers revoke one (a mistake, a fraud) with a reason."""

    model = Certificate
    icon = "doc-full"
    menu_label = _("Certificates")
    add_to_admin_menu = False
    list_display = ["code", "holder_name", "course_title", "office_name", "completed_on", "status"]
    list_filter = ["completed_on", "pillar"]
    search_fields = ["code", "holder_name", "course_title"]
    list_export = [
        "code",
        "holder_name",
        "course_title",
        "pillar",
        "office_name",
        "completed_on",
        "issued_at",
        "revoked_at",
        "revoked_reason",
    ]
    export_filename = "sertifikat"
    inspect_view_fields = [
        "code",
        "holder_name",
        "course_title",
        "pillar",
        "office_name",
        "signatory_name",
        "signatory_title",
        "completed_on",
        "issued_at",
        "status",
        "revoked_reason",
    ]
    edit_handler = ObjectList(
        [FieldPanel("revoked"), FieldPanel("revoked_reason")], base_form_class=CertificateRevocationForm
    )


class ObservationViewSet(ScopedModelViewSet):
    """Observations are recorded on the phone form (/lapangan/), which checks every rule."""

    model = Observation
    form_fields = ()  # view-only (wagtail_hooks registers the policy); Wagtail still wants a form
    icon = "view"
    menu_label = _("Observations")
    add_to_admin_menu = False
    list_select_related = ("user", "wksbm", "course", "observer")
    list_display = ["observed_on", "user", "wksbm", "course", "score", "observer"]
    list_filter = ["observed_on"]
    search_fields = ["user__name", "wksbm__name"]
    list_export = ["observed_on", "user", "wksbm", "course", "rubric", "score", "observer", "notes"]
    export_filename = "observasi"


class PembinaanSessionViewSet(ScopedModelViewSet):
    model = PembinaanSession
    form_fields = ()  # view-only (wagtail_hooks registers the policy); Wagtail still wants a form
    icon = "group"
    menu_label = _("Pembinaan sessions")
    add_to_admin_menu = False
    list_select_related = ("wksbm", "facilitator")
    list_display = ["held_on", "topic", "wksbm", "facilitator"]
    list_filter = ["held_on"]
    search_fields = ["topic", "wksbm__name"]
    list_export = ["held_on", "topic", "wksbm", "facilitator", "notes"]
    export_filename = "pertemuan-pembinaan"


# The group's submenu also lists "Import questions" (registered in wagtail_hooks).
ASSESSMENTS_SUBMENU_HOOK = "register_assessments_menu_item"


class AssessmentViewSetGroup(ViewSetGroup):
    menu_label = _("Assessments")
    menu_icon = "tasks"
    menu_order = 160
    submenu_hook = ASSESSMENTS_SUBMENU_HOOK
    items = (
        QuestionViewSet,
        QuestionBankViewSet,
        RubricViewSet,
        CertificateTemplateViewSet,
    )


class FieldworkViewSetGroup(ViewSetGroup):
    menu_label = _("Evidence")
    menu_icon = "clipboard-list"
    menu_order = 170
    items = (AttemptViewSet, ObservationViewSet, PembinaanSessionViewSet, CertificateViewSet)
