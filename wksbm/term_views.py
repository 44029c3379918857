"""The admin screen where a penyuluh records that a pengurus changed jabatan, moved to another
WKSBM or left (`wksbm.terms.pengurus_term_change`)."""

from django import forms
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView

from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.widgets import AdminDateInput
from wagtail.permission_policies import ModelPermissionPolicy

from .models import Jabatan, Pengurus, Wksbm
from .terms import pengurus_term_change


class TermChangeForm(forms.Form):
    JABATAN, MOVE, LEAVE = "jabatan", "move", "leave"

    change = forms.ChoiceField(
        label=gettext_lazy("What changes"),
        widget=forms.RadioSelect,
        choices=[
            (JABATAN, gettext_lazy("Takes another position in this WKSBM")),
            (MOVE, gettext_lazy("Moves to another WKSBM")),
            (LEAVE, gettext_lazy("Leaves the WKSBM")),
        ],
    )
    on = forms.DateField(
        label=gettext_lazy("Effective from"),
        widget=AdminDateInput,
        help_text=gettext_lazy("The current term ends on this day; a new term starts the same day."),
    )
    jabatan = forms.ChoiceField(
        label=gettext_lazy("New position"), choices=[("", "---------"), *Jabatan.choices], required=False
    )
    wksbm = forms.ModelChoiceField(
        label=gettext_lazy("New WKSBM"), queryset=Wksbm.objects.none(), required=False
    )

    def __init__(self, *args, term, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.term = term
        self.fields["on"].initial = timezone.localdate()
        self.fields["wksbm"].queryset = (
            Wksbm.objects.visible_to(user)
            .exclude(pk=term.wksbm_id)
            .select_related("kelurahan")
            .order_by("name")
        )
        self.fields["jabatan"].help_text = _("When moving, leave it empty to keep the current position.")

    def clean(self):
        cleaned = super().clean()
        change = cleaned.get("change")
        if change == self.JABATAN and not cleaned.get("jabatan"):
            self.add_error("jabatan", _("Choose the new position."))
        if change == self.MOVE and not cleaned.get("wksbm"):
            self.add_error("wksbm", _("Choose the WKSBM they move to."))
        return cleaned

    def change_kwargs(self) -> dict:
        change, data = self.cleaned_data["change"], self.cleaned_data
        return {
            "on": data["on"],
            "jabatan": (data["jabatan"] or None) if change != self.LEAVE else None,
            "wksbm": data["wksbm"] if change == self.MOVE else None,
        }


class TermChangeView(PermissionCheckedMixin, WagtailAdminTemplateMixin, FormView):
    permission_policy = ModelPermissionPolicy(Pengurus)
    permission_required = "change"
    template_name = "wksbm/admin/term_change.html"
    form_class = TermChangeForm
    header_icon = "user"
    page_title = gettext_lazy("Change position or leave")

    def dispatch(self, request, *args, pk, **kwargs):
        in_scope = Pengurus.objects.visible_to(request.user).select_related("user", "wksbm")
        self.term = get_object_or_404(in_scope, pk=pk)
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return str(self.term)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("pengurus:index"), "label": _("Pengurus")},
            {"url": "", "label": self.page_title, "sublabel": self.term.user.name},
        ]

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "term": self.term, "user": self.request.user}

    def get_context_data(self, **kwargs):
        history = Pengurus.objects.filter(user_id=self.term.user_id).select_related("wksbm")
        history = history.order_by("active_from", "pk")
        return super().get_context_data(term=self.term, history=history, **kwargs)

    def form_valid(self, form):
        try:
            new = pengurus_term_change(term=self.term, **form.change_kwargs())
        except ValidationError as error:
            form.add_error(None, error)
            return self.form_invalid(form)
        name = self.term.user.name
        if new is None:
            done = _("%(name)s left %(wksbm)s.") % {"name": name, "wksbm": self.term.wksbm}
        else:
            done = _("%(name)s now serves as %(jabatan)s of %(wksbm)s.") % {
                "name": name,
                "jabatan": new.get_jabatan_display(),
                "wksbm": new.wksbm.name,
            }
        messages.success(self.request, done)
        return redirect("pengurus:index")
