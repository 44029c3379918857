"""Admin building blocks shared by the apps: scoped model viewsets and the user admin."""

from django.core.exceptions import ValidationError
from django.forms import ModelChoiceField
from django.http import Http404
from django.utils.functional import cached_property

from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
    SnippetChosenMultipleView,
    SnippetChosenView,
    SnippetCreateView,
)
from wagtail.snippets.views.snippets import SnippetViewSet
from wagtail.users.views.users import UserViewSet as WagtailUserViewSet

from .cleaning import clean_text
from .forms import UserCreationForm, UserEditForm


class UserViewSet(WagtailUserViewSet):
    create_template_name = "lms/users/create.html"
    edit_template_name = "lms/users/edit.html"

    def get_form_class(self, for_update=False):
        return UserEditForm if for_update else UserCreationForm


class ScopedIndexMixin:
    list_select_related: tuple[str, ...] = ()

    def get_base_queryset(self):
        queryset = super().get_base_queryset().visible_to(self.request.user)
        return queryset.select_related(*self.list_select_related) if self.list_select_related else queryset

    @cached_property
    def filters(self):
        """The listing's filters offer only rows in scope (a bank filter lists no other office's banks)."""
        filterset = super().filters
        for field in filterset.form.fields.values() if filterset else ():
            if isinstance(field, ModelChoiceField) and hasattr(field.queryset, "visible_to"):
                field.queryset = field.queryset.visible_to(self.request.user)
        return filterset


class ScopedObjectMixin:
    """Single-object views 404 outside the user's scope (`Model.objects.<scope_method>(user)`)."""

    scope_method = "visible_to"

    def get_object(self, *args, **kwargs):
        obj = super().get_object(*args, **kwargs)
        in_scope = getattr(self.model._default_manager, self.scope_method)(self.request.user)
        if not in_scope.filter(pk=obj.pk).exists():
            raise Http404
        return obj


class ScopedViewSetMixin:
    """Limits a viewset's listing and objects by `Model.objects.visible_to(user)`.

    Views that change an object (`write_views`) use `write_scope_method` instead, for models
    whose rows some users may read but not change (a national question bank). Forms receive
    the user (`for_user`) so their choices can be scoped the same way. `list_select_related`
    names the relations the listing and exports display, so that they cost the same number
    of queries however many rows there are.
    """

    list_select_related: tuple[str, ...] = ()
    read_views = ("inspect_view_class", "history_view_class", "usage_view_class")
    write_views = ("edit_view_class", "delete_view_class")
    write_scope_method = "visible_to"
    # Copying a term or a WKSBM is never what staff mean; managers read records in the
    # inspect view, which needs only the view permission.
    copy_view_enabled = False
    inspect_view_enabled = True

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.index_view_class = type(
            "ScopedIndexView",
            (ScopedIndexMixin, self.index_view_class),
            {"list_select_related": self.list_select_related},
        )
        for names, method in ((self.read_views, "visible_to"), (self.write_views, self.write_scope_method)):
            for name in names:
                view_class = getattr(self, name)
                scoped = type(f"Scoped{view_class.__name__}", (ScopedObjectMixin, view_class), {})
                scoped.scope_method = method
                setattr(self, name, scoped)


class ScopedModelViewSet(ScopedViewSetMixin, ModelViewSet):
    """A ModelViewSet limited to the user's scope (see ScopedViewSetMixin)."""


class ScopedChooserMixin:
    def get_object_list(self):
        return super().get_object_list().visible_to(self.request.user)


class ScopedChosenMixin:
    """The "chosen" answers of the chooser (an object's title and edit link by id) stay in scope.
    An id that is not one of the model's (a word for a number, a control character in a code,
    which PostgreSQL would refuse) is simply not found."""

    def _ids(self, pks) -> list:
        field, ids = self.model_class._meta.pk, []
        for pk in pks:
            try:
                value = field.to_python(pk)
            except ValidationError:
                continue
            if not isinstance(value, str) or clean_text(value) == value:
                ids.append(value)
        return ids

    def get_object(self, pk):
        ids = self._ids([pk])
        if not ids:
            raise Http404
        return self.model_class.objects.visible_to(self.request.user).get(pk=ids[0])

    def get_objects(self, pks):
        return self.model_class.objects.visible_to(self.request.user).filter(pk__in=self._ids(pks))


class NoCreationFormMixin:
    """The chooser's "create" step, for viewsets without a Create tab, is not found (Wagtail's
    own would fail on a POST with no form to validate)."""

    def dispatch(self, request, *args, **kwargs):
        if self.get_creation_form_class() is None:
            raise Http404
        return super().dispatch(request, *args, **kwargs)


class ChooserCreateView(NoCreationFormMixin, SnippetCreateView):
    pass


class ScopedSnippetChooserViewSet(SnippetChooserViewSet):
    """The chooser modal (a quiz picking its questions) offers only what the user may see."""

    choose_view_class = type("ScopedChooseView", (ScopedChooserMixin, ChooseView), {})
    choose_results_view_class = type("ScopedChooseResultsView", (ScopedChooserMixin, ChooseResultsView), {})
    chosen_view_class = type("ScopedChosenView", (ScopedChosenMixin, SnippetChosenView), {})
    chosen_multiple_view_class = type(
        "ScopedChosenMultipleView", (ScopedChosenMixin, SnippetChosenMultipleView), {}
    )
    create_view_class = ChooserCreateView


class ScopedSnippetViewSet(ScopedViewSetMixin, SnippetViewSet):
    """A snippet viewset (revisions, history, chooser) limited to the user's scope."""

    chooser_viewset_class = ScopedSnippetChooserViewSet

    read_views = (*ScopedViewSetMixin.read_views, "revisions_compare_view_class")
