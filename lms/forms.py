from django import forms
from django.contrib.auth import forms as auth_forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail.admin.forms import auth as wagtail_auth_forms
from wagtail.users import forms as wagtail_user_forms

from .models import User
from .phone import normalize_phone
from .roles import MANAGED_GROUP_PATTERN, user_sync_managed_groups
from .throttle import PASSWORD, sign_in_wait, throttled_error


class ThrottledSignInMixin:
    """Refuses a sign-in while its account (from this address) or its address is throttled
    (lms.throttle), before any password is checked, and says how long to wait."""

    def clean(self):
        if wait := sign_in_wait(self.request, PASSWORD, self.data.get("username")):
            raise throttled_error(wait)
        return super().clean()


class AdminLoginForm(ThrottledSignInMixin, wagtail_auth_forms.LoginForm):
    """The Wagtail admin's sign-in, throttled like the site's."""


class PhoneLoginForm(ThrottledSignInMixin, auth_forms.AuthenticationForm):
    """Log in with a phone number, however the user writes it."""

    username = forms.CharField(
        label=_("Phone number"),
        max_length=32,
        widget=forms.TextInput(
            attrs={
                "autofocus": True,
                "autocomplete": "tel",
                "inputmode": "tel",
                "placeholder": "0812-3456-7890",
            }
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # AuthenticationForm caps the input at the stored length; people type spaces and dashes.
        self.fields["username"].max_length = 32
        self.fields["username"].widget.attrs["maxlength"] = 32
        self.fields["password"].label = pgettext_lazy("login form", "Password")

    def clean_username(self):
        return normalize_phone(self.cleaned_data["username"])


class StaffFieldsMixin(forms.ModelForm):
    """The platform's own user fields on Wagtail's user forms."""

    # Wagtail's forms expect first/last names; this user model has one `name`.
    first_name = None
    last_name = None
    email = forms.EmailField(required=False, label=_("Email"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The models come through the fields: lms sits below wksbm and does not import it.
        offices, regions = self.fields["office"].queryset, self.fields["region"].queryset
        self.fields["office"].queryset = offices.select_related("region")
        self.fields["region"].queryset = regions.filter(level=regions.model.Level.PROVINSI)
        # Office and national groups follow the role and office; they are not ticked by hand.
        self.fields["groups"].queryset = self.fields["groups"].queryset.exclude(
            name__regex=MANAGED_GROUP_PATTERN
        )

    def clean_phone(self):
        return normalize_phone(self.cleaned_data["phone"])

    def save(self, commit=True):
        user = super().save(commit=commit)
        if commit:
            user_sync_managed_groups(user)  # save_m2m() has just replaced the groups
        return user


class UserCreationForm(StaffFieldsMixin, wagtail_user_forms.UserCreationForm):
    class Meta(wagtail_user_forms.UserCreationForm.Meta):
        model = User
        fields = ["phone", "name", "email", "role", "office", "region", "is_superuser", "groups"]


class UserEditForm(StaffFieldsMixin, wagtail_user_forms.UserEditForm):
    class Meta(wagtail_user_forms.UserEditForm.Meta):
        model = User
        fields = ["phone", "name", "email", "role", "office", "region", "is_active", "is_superuser", "groups"]
