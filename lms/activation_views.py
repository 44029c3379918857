"""Activating an account (or recovering it) with a one-time code from a penyuluh: the pengurus
enters their phone number and the code, then chooses a password, and is logged in."""

import time

from django import forms
from django.contrib.auth import login
from django.contrib.auth.forms import SetPasswordForm
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters

from .activation import activation_code_find, activation_complete
from .models import ActivationCode
from .throttle import CODE, sign_in_failed, sign_in_wait, throttled_error

SESSION_KEY = "activation"
CHOOSE_PASSWORD_SECONDS = 30 * 60  # time to choose a password after the code was accepted
WRONG_CODE = _(
    "The phone number or the code is wrong, or the code is no longer valid. Check the card, or ask your "
    "penyuluh for a new code."
)


class ActivationCodeForm(forms.Form):
    phone = forms.CharField(
        label=_("Phone number"),
        max_length=32,
        widget=forms.TextInput(
            attrs={"autocomplete": "tel", "inputmode": "tel", "placeholder": "0812-3456-7890"}
        ),
    )
    code = forms.CharField(
        label=_("Activation code"),
        max_length=20,
        help_text=_("The 8 digits on your login card, or the code your penyuluh gave you."),
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )

    def __init__(self, *args, request, **kwargs):
        super().__init__(*args, **kwargs)
        self.request = request

    def clean(self):
        cleaned = super().clean()
        if self.errors:
            return cleaned
        if wait := sign_in_wait(self.request, CODE, cleaned["phone"]):
            raise throttled_error(wait)  # before the code is compared
        self.found = activation_code_find(phone=cleaned["phone"], code=cleaned["code"])
        if self.found is None:
            sign_in_failed(self.request, CODE, cleaned["phone"])
            raise forms.ValidationError(WRONG_CODE, code="wrong_code")
        return cleaned


@never_cache
@sensitive_post_parameters("code")
def activation_code_view(request):
    form = ActivationCodeForm(request.POST or None, request=request)
    if request.method == "POST" and form.is_valid():
        request.session[SESSION_KEY] = {"code": form.found.pk, "at": time.time()}
        return redirect("activation_password")
    return render(request, "registration/activation_code.html", {"form": form})


@never_cache
@sensitive_post_parameters("new_password1", "new_password2")
def activation_password_view(request):
    pending = request.session.get(SESSION_KEY) or {}
    code = None
    if pending.get("at", 0) > time.time() - CHOOSE_PASSWORD_SECONDS:
        code = (
            ActivationCode.objects.filter(pk=pending.get("code"), used_at__isnull=True)
            .select_related("user")
            .first()
        )
    if code is None:
        request.session.pop(SESSION_KEY, None)
        return redirect("activation")
    form = SetPasswordForm(code.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = activation_complete(code_id=code.pk, password=form.cleaned_data["new_password1"])
        request.session.pop(SESSION_KEY, None)
        if user is None:
            return redirect("activation")
        login(request, user, backend="lms.auth.PhoneNumberBackend")
        return redirect("/")
    return render(request, "registration/activation_password.html", {"form": form, "person": code.user})
