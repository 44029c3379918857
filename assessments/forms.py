"""Admin forms: questions (banks limited to the author's scope) and revoking certificates."""

from types import SimpleNamespace

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm

from courses.models import LessonPage
from courses.sections import pages_outside_other_offices

from .models import QuestionBank


class QuestionForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["bank"].queryset = QuestionBank.objects.editable_by(self.for_user)
        # The page chooser offers lessons only; a forged id of another office's lesson must not pass.
        self.fields["lesson"].queryset = pages_outside_other_offices(LessonPage.objects.all(), self.for_user)

    def clean(self):
        cleaned = super().clean()
        question_type = cleaned.get("type")
        if not question_type:
            return cleaned
        choices = [
            SimpleNamespace(
                text=form.cleaned_data.get("text", ""), fraction=form.cleaned_data.get("fraction") or 0
            )
            for form in self.formsets["choices"].forms
            if form.is_valid() and form.cleaned_data and not form.cleaned_data.get("DELETE")
        ]
        probe = self._meta.model(type=question_type)
        try:
            probe.choices_clean(choices)
        except ValidationError as error:
            self.add_error(None, error)
        return cleaned


class CertificateRevocationForm(WagtailAdminModelForm):
    """Revoke a certificate with a reason the verification page shows, or restore it. Nothing
    else about a certificate changes: it shows what it showed when it was issued."""

    revoked = forms.BooleanField(
        label=_("Revoked"),
        required=False,
        help_text=_("The verification page then says the certificate is no longer valid, with the reason."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["revoked"].initial = self.instance.revoked_at is not None
        self.fields["revoked_reason"].help_text = _("Shown on the public verification page.")

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("revoked") and not cleaned.get("revoked_reason", "").strip():
            self.add_error("revoked_reason", _("Write why the certificate is revoked."))
        return cleaned

    def save(self, commit=True):
        certificate = super().save(commit=False)
        if not self.cleaned_data["revoked"]:
            certificate.revoked_at, certificate.revoked_reason = None, ""
        elif certificate.revoked_at is None:
            certificate.revoked_at = timezone.now()
        if commit:
            certificate.save(update_fields=["revoked_at", "revoked_reason"])
        return certificate
