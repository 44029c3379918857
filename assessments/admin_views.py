"""Admin screens to import a question file into a bank (upload, preview, confirm), export a bank,
and analyse how a quiz's questions performed (item analysis).

The import works in two steps. Uploading parses the file and, when it has no problem, keeps its
bytes in the author's session under a random single-use token, then shows a preview. Confirming
parses those stored bytes again (question data is never taken from the browser), checks that the
bank may still be written, and saves every question or none. The token is spent under a lock on
the bank, so a double click or a resubmitted form imports the file once.
"""

import base64
import binascii
import secrets
import time
from importlib import import_module

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.crypto import constant_time_compare
from django.utils.text import Truncator, slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.generic import FormView, TemplateView, View

from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.permission_policies import ModelPermissionPolicy

from courses.choices import Pillar
from courses.sections import pages_outside_other_offices

from .choices import QuestionType
from .importers import FORMATS, MAX_FILE_BYTES, parse_file
from .importers.base import ParseResult, Problem
from .importers.spreadsheet import template_csv, template_xlsx
from .importers.store import bank_to_moodle_xml, problems_with_model_rules, questions_store
from .item_analysis import (
    DISCRIMINATION_LOW,
    FACILITY_HIGH,
    FACILITY_LOW,
    MIN_ATTEMPTS_FOR_DISCRIMINATION,
    quiz_item_analysis,
)
from .models import Attempt, Question, QuestionBank, QuizPage

SESSION_KEY = "assessments_question_import"
PENDING_SECONDS = 60 * 60  # an upload not confirmed within the hour has to be uploaded again
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
FORMAT_LABELS = {
    "auto": gettext_lazy("Detect from the file"),
    "xlsx": gettext_lazy("Excel workbook (.xlsx, from the template)"),
    "csv": gettext_lazy("CSV (from the template)"),
    "aiken": "Aiken",
    "gift": "GIFT",
    "moodlexml": "Moodle XML",
}


def question_listing_url(bank=None) -> str:
    url = reverse("wagtailsnippets_assessments_question:list")
    return f"{url}?bank={bank.pk}" if bank is not None else url


class BankChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, bank):
        owner = bank.office.name if bank.office_id else _("national bank")
        return f"{bank.name} ({owner})"


class QuestionImportForm(forms.Form):
    bank = BankChoiceField(
        label=gettext_lazy("Question bank"),
        queryset=QuestionBank.objects.none(),
        help_text=gettext_lazy("The questions are added to this bank."),
    )
    file = forms.FileField(
        label=gettext_lazy("File"),
        help_text=gettext_lazy(
            "The XLSX or CSV template, or an Aiken, GIFT or Moodle XML file; at most 5 MB."
        ),
    )
    format = forms.ChoiceField(
        label=gettext_lazy("Format"),
        choices=[(name, FORMAT_LABELS.get(name, name)) for name in FORMATS],
        initial="auto",
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        banks = self.fields["bank"].queryset = QuestionBank.objects.editable_by(user).select_related("office")
        if "bank" not in self.initial and len(banks) == 1:
            self.initial["bank"] = banks[0].pk

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_FILE_BYTES:
            raise ValidationError(_("The file is larger than 5 MB."))
        return upload


class QuestionPermissionMixin(PermissionCheckedMixin):
    """Wagtail's permission check (403, or back to the dashboard) for an action on questions."""

    permission_policy = ModelPermissionPolicy(Question)
    permission_required = "add"


class ImportStepMixin(QuestionPermissionMixin, WagtailAdminTemplateMixin):
    page_title = gettext_lazy("Import questions")
    header_icon = "upload"

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": question_listing_url(), "label": _("Questions")},
            {"url": "", "label": _("Import questions")},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["template_xlsx_url"] = reverse("assessments_admin:question_template_xlsx")
        context["template_csv_url"] = reverse("assessments_admin:question_template_csv")
        context["upload_url"] = reverse("assessments_admin:question_import")
        context["max_megabytes"] = MAX_FILE_BYTES // (1024 * 1024)
        return context


class QuestionImportView(ImportStepMixin, FormView):
    """Step 1: choose the bank and the file. A file with problems is shown again with all of them."""

    template_name = "assessments/admin/upload.html"
    form_class = QuestionImportForm

    def get(self, request, *args, **kwargs):
        # Starting over forgets an import that was previewed but not confirmed.
        request.session.pop(SESSION_KEY, None)
        return super().get(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def get_initial(self):
        initial = super().get_initial()
        bank = self.request.GET.get("bank", "")
        if bank.isdigit():
            initial["bank"] = int(bank)
        return initial

    def form_valid(self, form):
        bank = form.cleaned_data["bank"]
        upload = form.cleaned_data["file"]
        file_format = form.cleaned_data["format"]
        data = upload.read(MAX_FILE_BYTES + 1)
        if len(data) > MAX_FILE_BYTES:
            form.add_error("file", _("The file is larger than 5 MB."))
            return self.form_invalid(form)
        result = parsed(upload.name, data, file_format)
        if not result.ok:
            # Nothing is kept: the problems are listed above a fresh form to try again.
            retry = self.get_form_class()(
                user=self.request.user, initial={"bank": bank, "format": file_format}
            )
            context = self.get_context_data(
                form=retry,
                problems=sorted(result.problems, key=lambda problem: problem.line or 0),
                bank=bank,
                filename=upload.name,
            )
            return TemplateResponse(self.request, QuestionImportPreviewView.template_name, context)
        self.request.session[SESSION_KEY] = {
            "token": secrets.token_urlsafe(32),
            "user": self.request.user.pk,
            "bank": bank.pk,
            "filename": upload.name,
            "format": file_format,
            "data": base64.b64encode(data).decode("ascii"),
            "expires": time.time() + PENDING_SECONDS,
        }
        return redirect("assessments_admin:question_import_preview")


def parsed(filename: str, data: bytes, file_format: str) -> ParseResult:
    """The file's questions, with every problem the parser or the question editor would find."""
    result = problems_with_model_rules(parse_file(filename, data, file_format))
    if not result.problems and not result.questions:
        result.problems.append(Problem(None, _("The file contains no questions.")))
    return result


def pending_import(session, user) -> dict | None:
    """The import `user` previewed in this session and may still confirm, if any."""
    pending = session.get(SESSION_KEY)
    if not isinstance(pending, dict) or pending.get("user") != user.pk:
        return None
    if pending.get("expires", 0) < time.time():
        return None
    return pending


def pending_data(pending: dict) -> bytes | None:
    try:
        return base64.b64decode(pending["data"], validate=True)
    except (KeyError, TypeError, ValueError, binascii.Error):
        return None


def token_matches(pending: dict | None, token: str) -> bool:
    return bool(pending and token and constant_time_compare(str(pending.get("token", "")), token))


class QuestionImportPreviewView(ImportStepMixin, TemplateView):
    """Step 2: the questions the stored file holds (GET) and the confirmation that saves them (POST)."""

    template_name = "assessments/admin/preview.html"

    def get(self, request, *args, **kwargs):
        pending = pending_import(request.session, request.user)
        data = pending_data(pending) if pending else None
        bank = pending and QuestionBank.objects.editable_by(request.user).filter(pk=pending["bank"]).first()
        if data is None:
            request.session.pop(SESSION_KEY, None)
            return redirect("assessments_admin:question_import")
        if not bank:  # the bank was deleted, or moved out of the user's reach, since the upload
            request.session.pop(SESSION_KEY, None)
            raise Http404
        result = parsed(pending["filename"], data, pending["format"])
        if not result.ok:  # the rules changed since the upload; start over
            request.session.pop(SESSION_KEY, None)
            return redirect("assessments_admin:question_import")
        rows = [
            {
                "number": number,
                "line": question.line,
                "type": QuestionType(question.type).label,
                "text": Truncator(" ".join(question.text.split())).chars(120),
                "choices": len(question.choices),
                "category": question.category,
                "pillar": Pillar(question.pillar).label if question.pillar else "",
            }
            for number, question in enumerate(result.questions, start=1)
        ]
        context = self.get_context_data(
            bank=bank, filename=pending["filename"], token=pending["token"], rows=rows, count=len(rows)
        )
        return self.render_to_response(context)

    def post(self, request, *args, **kwargs):
        token = request.POST.get("token", "")
        pending = pending_import(request.session, request.user)
        if not token_matches(pending, token):
            return self.refuse(request)
        with transaction.atomic():
            # Confirmations of one bank wait for each other here; the session is then read again
            # from its store, so a second click finds the token spent and saves nothing.
            bank = QuestionBank.objects.select_for_update().filter(pk=pending["bank"]).first()
            fresh = import_module(settings.SESSION_ENGINE).SessionStore(request.session.session_key)
            pending = pending_import(fresh, request.user)
            if not token_matches(pending, token):
                request.session.pop(SESSION_KEY, None)
                return self.refuse(request)
            fresh.pop(SESSION_KEY)
            fresh.save()
            request.session.pop(SESSION_KEY, None)
            if bank is None or not QuestionBank.objects.editable_by(request.user).filter(pk=bank.pk).exists():
                raise Http404
            data = pending_data(pending)
            result = parsed(pending["filename"], data, pending["format"]) if data is not None else None
            if result is None or not result.ok:
                messages.error(request, _("The file could not be read again; nothing was imported."))
                return redirect("assessments_admin:question_import")
            stored = questions_store(result, bank, user=request.user)
        message = ngettext(
            "%(count)s question imported into bank “%(bank)s”.",
            "%(count)s questions imported into bank “%(bank)s”.",
            len(stored),
        )
        messages.success(request, message % {"count": len(stored), "bank": bank.name})
        return redirect(question_listing_url(bank))

    def refuse(self, request):
        messages.warning(
            request,
            _(
                "This import was already confirmed or is no longer valid; nothing more was imported. "
                "Check the question list, or upload the file again."
            ),
        )
        return redirect("assessments_admin:question_import")


class QuestionTemplateView(QuestionPermissionMixin, View):
    """The question template to fill in, as an Excel workbook or as CSV."""

    file_format = "xlsx"

    def get(self, request, *args, **kwargs):
        if self.file_format == "xlsx":
            response = HttpResponse(template_xlsx(), content_type=XLSX_CONTENT_TYPE)
        else:
            response = HttpResponse(template_csv(), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="templat-soal.{self.file_format}"'
        return response


class BankExportView(PermissionCheckedMixin, View):
    """A bank's questions as Moodle XML, for banks the user may see."""

    permission_policy = ModelPermissionPolicy(QuestionBank)
    permission_required = "view"

    def get(self, request, pk):
        bank = QuestionBank.objects.visible_to(request.user).filter(pk=pk).first()
        if bank is None:
            raise Http404
        response = HttpResponse(bank_to_moodle_xml(bank), content_type="application/xml; charset=utf-8")
        filename = f"{slugify(bank.name) or 'bank-soal'}.xml"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response


class QuizItemAnalysisView(PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView):
    """How each question of a quiz performed, over the first attempts of the learners in the user's
    region (`Attempt.objects.visible_to`): a national quiz analysed in Magelang counts Magelang's
    learners only. The rules are in `assessments.item_analysis`."""

    permission_policy = ModelPermissionPolicy(Attempt)
    permission_required = "view"
    template_name = "assessments/admin/item_analysis.html"
    page_title = gettext_lazy("Item analysis")
    header_icon = "table"

    def get(self, request, page_id):
        quizzes = pages_outside_other_offices(QuizPage.objects.all(), request.user)
        self.quiz = get_object_or_404(quizzes, pk=page_id)
        return super().get(request, page_id=page_id)

    def get_page_subtitle(self):
        return self.quiz.title

    def get_breadcrumbs_items(self):
        course = self.quiz.get_parent()
        return [
            *self.breadcrumbs_items,
            {"url": reverse("wagtailadmin_explore", args=[course.pk]), "label": course.title},
            {"url": reverse("wagtailadmin_pages:edit", args=[self.quiz.pk]), "label": self.quiz.title},
            {"url": "", "label": _("Item analysis")},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            quiz=self.quiz,
            analysis=quiz_item_analysis(self.quiz, Attempt.objects.visible_to(self.request.user)),
            facility_low=FACILITY_LOW * 100,
            facility_high=FACILITY_HIGH * 100,
            discrimination_low=DISCRIMINATION_LOW,
            min_attempts=MIN_ATTEMPTS_FOR_DISCRIMINATION,
        )
        return context
