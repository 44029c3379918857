from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, ObjectList
from wagtail.admin.viewsets.base import ViewSetGroup

from lms.viewsets import ScopedSnippetViewSet

from .forms import QuestionBankForm, QuestionForm
from .models import Question, QuestionBank


class QuestionBankViewSet(ScopedSnippetViewSet):
    model = QuestionBank
    icon = "folder-open-inverse"
    menu_label = _("Question banks")
    write_scope_method = "editable_by"
    list_select_related = ("office",)
    list_display = ["name", "office"]
    search_fields = ["name", "description"]
    edit_handler = ObjectList(
        [FieldPanel("name"), FieldPanel("office"), FieldPanel("description")],
        base_form_class=QuestionBankForm,
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


class AssessmentViewSetGroup(ViewSetGroup):
    menu_label = _("Assessments")
    menu_icon = "tasks"
    menu_order = 160
    items = (QuestionViewSet, QuestionBankViewSet)
