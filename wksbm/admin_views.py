"""Admin screens that bring a WKSBM's pengurus onto the platform: registering many at once from
the XLSX template (upload, preview every row or every problem, confirm), and printing their login
cards with one-time activation codes.

The uploaded file's bytes wait in the penyuluh's session under a random single-use token; the
confirmation checks those bytes again (row data never comes from the browser) and registers
every new row or none. The token is spent before anything is written, so a double click or a
resubmitted form registers the file once.
"""

import base64
import binascii
import secrets
import time

from django import forms
from django.core.exceptions import ValidationError
from django.db import IntegrityError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.crypto import constant_time_compare
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.generic import FormView, TemplateView, View

from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.permission_policies import ModelPermissionPolicy

from lms.activation import LIFETIME, activation_codes_issue, format_code
from lms.models import ActivationCode

from .login_cards import LoginCard, login_cards_pdf
from .models import Pengurus, Wksbm
from .pengurus_import import MAX_FILE_BYTES, pengurus_import_apply, pengurus_import_plan, template_xlsx
from .registration import credentials_refusals

SESSION_KEY = "wksbm_pengurus_import"
PENDING_SECONDS = 60 * 60
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
SPENT_UPLOAD = gettext_lazy("This upload was already registered or has expired; upload the file again.")


class PengurusImportForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Filled-in template"),
        help_text=gettext_lazy("The XLSX template with one pengurus per row; at most 2 MB."),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_FILE_BYTES:
            raise ValidationError(_("The file is larger than 2 MB."))
        return upload


class PengurusImportMixin(PermissionCheckedMixin, WagtailAdminTemplateMixin):
    permission_policy = ModelPermissionPolicy(Pengurus)
    permission_required = "add"
    page_title = gettext_lazy("Register pengurus from a file")
    header_icon = "upload"

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("pengurus:index"), "label": _("Pengurus")},
            {"url": "", "label": self.page_title},
        ]


def _pending(request) -> tuple[dict | None, bytes | None]:
    """The upload this user previewed in this session and may still confirm."""
    pending = request.session.get(SESSION_KEY)
    if not isinstance(pending, dict) or pending.get("user") != request.user.pk:
        return None, None
    if pending.get("expires", 0) < time.time():
        return None, None
    try:
        return pending, base64.b64decode(pending["data"], validate=True)
    except (KeyError, TypeError, ValueError, binascii.Error):
        return None, None


class PengurusImportView(PengurusImportMixin, FormView):
    """Upload, then the preview: every row to register, or every problem with its row."""

    template_name = "wksbm/admin/pengurus_import.html"
    form_class = PengurusImportForm

    def get(self, request, *args, **kwargs):
        request.session.pop(SESSION_KEY, None)  # starting over forgets an unconfirmed upload
        return super().get(request, *args, **kwargs)

    def form_valid(self, form):
        upload = form.cleaned_data["file"]
        data = upload.read(MAX_FILE_BYTES + 1)
        plan = pengurus_import_plan(data, editor=self.request.user)
        context = self.get_context_data(form=self.get_form_class()(), plan=plan, filename=upload.name)
        if plan.ok and plan.new_rows:
            token = secrets.token_urlsafe(32)
            self.request.session[SESSION_KEY] = {
                "token": token,
                "user": self.request.user.pk,
                "filename": upload.name,
                "data": base64.b64encode(data).decode("ascii"),
                "expires": time.time() + PENDING_SECONDS,
            }
            context["token"] = token
        return self.render_to_response(context)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["template_url"] = reverse("wksbm_admin:pengurus_template")
        context["confirm_url"] = reverse("wksbm_admin:pengurus_import_confirm")
        return context


class PengurusImportConfirmView(PengurusImportMixin, View):
    http_method_names = ["post"]

    def post(self, request):
        pending, data = _pending(request)
        token = request.POST.get("token", "")
        if not (pending and data and token and constant_time_compare(str(pending.get("token", "")), token)):
            messages.error(request, SPENT_UPLOAD)
            return redirect("wksbm_admin:pengurus_import")
        request.session.pop(SESSION_KEY, None)  # spent before anything is written
        request.session.save()
        plan = pengurus_import_plan(data, editor=request.user)
        if not plan.ok:
            messages.error(request, _("The file no longer passes the checks; nothing was registered."))
            return redirect("wksbm_admin:pengurus_import")
        try:
            registered = pengurus_import_apply(plan, editor=request.user)
        except IntegrityError:  # the same file confirmed at the same moment in another tab
            messages.error(request, SPENT_UPLOAD)
            return redirect("wksbm_admin:pengurus_import")
        except ValidationError:  # a number was taken elsewhere between the checks and now
            messages.error(request, _("The file no longer passes the checks; nothing was registered."))
            return redirect("wksbm_admin:pengurus_import")
        messages.success(
            request,
            ngettext(
                "%(count)d pengurus registered from %(file)s.",
                "%(count)d pengurus registered from %(file)s.",
                len(registered),
            )
            % {"count": len(registered), "file": pending["filename"]},
        )
        return redirect("pengurus:index")


class PengurusTemplateView(PengurusImportMixin, View):
    def get(self, request):
        response = HttpResponse(template_xlsx(), content_type=XLSX_CONTENT_TYPE)
        response["Content-Disposition"] = 'attachment; filename="templat-pengurus.xlsx"'
        return response


class LoginCardsView(PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView):
    """A WKSBM's active pengurus, with who has activated their account; issuing codes for the
    ticked ones answers with their login cards as a PDF (the only time the codes are shown)."""

    permission_policy = ModelPermissionPolicy(Pengurus)
    permission_required = "change"
    template_name = "wksbm/admin/login_cards.html"
    header_icon = "key"
    page_title = gettext_lazy("Login cards")

    def dispatch(self, request, *args, pk, **kwargs):
        self.wksbm = get_object_or_404(Wksbm.objects.visible_to(request.user), pk=pk)
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.wksbm.name

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("wksbm:index"), "label": _("WKSBM")},
            {"url": "", "label": self.page_title, "sublabel": self.wksbm.name},
        ]

    def rows(self) -> list[tuple[Pengurus, bool, str | None]]:
        """(term, has a password, why no card may be printed for them) per active pengurus."""
        serving = list(
            Pengurus.objects.active().filter(wksbm=self.wksbm).select_related("user").order_by("user__name")
        )
        refusals = credentials_refusals(people=[term.user for term in serving], editor=self.request.user)
        return [(term, term.user.has_usable_password(), refusals.get(term.user_id)) for term in serving]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["rows"] = self.rows()
        context["wksbm"] = self.wksbm
        return context

    def post(self, request, *args, **kwargs):
        wanted = set(request.POST.getlist("user"))
        people = [
            term.user for term, _has, refusal in self.rows() if str(term.user_id) in wanted and not refusal
        ]
        if not people:
            messages.error(request, _("Tick at least one pengurus."))
            return redirect("wksbm_admin:login_cards", pk=self.wksbm.pk)
        now = timezone.now()
        codes = {}
        for purpose, group in (
            (ActivationCode.Purpose.ACTIVATE, [p for p in people if not p.has_usable_password()]),
            (ActivationCode.Purpose.RESET, [p for p in people if p.has_usable_password()]),
        ):
            if group:
                issued = activation_codes_issue(users=group, purpose=purpose, issued_by=request.user, now=now)
                codes |= {pk: (code, (now + LIFETIME[purpose]).date()) for pk, code in issued.items()}
        cards = [
            LoginCard(
                name=person.name,
                phone=person.phone_display,
                wksbm=self.wksbm.name,
                code=format_code(codes[person.pk][0]),
                expires=codes[person.pk][1],
            )
            for person in people
        ]
        office = request.user.office.name if request.user.office_id else self.wksbm.name
        url = request.build_absolute_uri(reverse("activation"))
        pdf = login_cards_pdf(cards, activation_url=url, office=office)
        response = HttpResponse(pdf, content_type="application/pdf")
        response["Content-Disposition"] = f'attachment; filename="kartu-masuk-{slugify(self.wksbm.code)}.pdf"'
        return response
