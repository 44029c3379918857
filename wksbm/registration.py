"""Registering pengurus: one user account per phone number, one term per WKSBM."""

import datetime

from django import forms
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm

from lms.models import User
from lms.phone import normalize_phone
from lms.roles import Role

from .models import Jabatan, Pengurus, Wksbm


def pengurus_register(
    *,
    name: str,
    phone: str,
    wksbm: Wksbm,
    jabatan: str,
    active_from: datetime.date,
    active_to: datetime.date | None = None,
) -> Pengurus:
    """Start a term for the person with `phone`, creating their account if it is new.

    New accounts get no usable password; they are activated separately.
    """
    phone = normalize_phone(phone)
    with transaction.atomic():
        user = User.objects.filter(phone=phone).first()
        if user is None:
            user = User(phone=phone, name=name, role=Role.PENGURUS)
            user.set_unusable_password()
            user.full_clean(exclude=["password"])
            user.save()
        pengurus = Pengurus(
            user=user, wksbm=wksbm, jabatan=Jabatan(jabatan), active_from=active_from, active_to=active_to
        )
        pengurus.full_clean()
        pengurus.save()
    return pengurus


class PengurusForm(WagtailAdminModelForm):
    """Admin form for a term: the person is given by name and phone, not picked from users."""

    name = forms.CharField(label=_("Full name"), max_length=150)
    phone = forms.CharField(
        label=_("Phone number"),
        max_length=32,
        help_text=_("Mobile number, for example 0812-3456-7890. It is the pengurus' login."),
        widget=forms.TextInput(attrs={"inputmode": "tel", "autocomplete": "off"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["wksbm"].queryset = Wksbm.objects.visible_to(self.for_user).select_related("kelurahan")
        if self.instance.pk:
            self.initial.setdefault("name", self.instance.user.name)
            self.initial.setdefault("phone", self.instance.user.phone_display)

    def clean_phone(self):
        phone = normalize_phone(self.cleaned_data["phone"])
        owner = User.objects.filter(phone=phone).first()
        current = self.instance.user if self.instance.pk else None
        if owner and owner != current and owner.role != Role.PENGURUS:
            raise forms.ValidationError(_("This number belongs to a Dinsos staff account."))
        self._owner = owner
        return phone

    def clean(self):
        cleaned = super().clean()
        owner, wksbm = getattr(self, "_owner", None), cleaned.get("wksbm")
        if owner and wksbm and not cleaned.get("active_to"):
            open_terms = Pengurus.objects.filter(user=owner, wksbm=wksbm, active_to__isnull=True)
            if open_terms.exclude(pk=self.instance.pk).exists():
                self.add_error("phone", _("This person is already an active pengurus of this WKSBM."))
        return cleaned

    def save(self, commit=True):
        name, phone = self.cleaned_data["name"], self.cleaned_data["phone"]
        with transaction.atomic():
            if self.instance.pk and self._owner in (None, self.instance.user):
                user = self.instance.user  # editing: correct this person's name or number
                user.name, user.phone = name, phone
            else:
                user = self._owner or User(phone=phone, name=name, role=Role.PENGURUS)
                if not user.pk:
                    user.set_unusable_password()
            user.save()
            self.instance.user = user
            return super().save(commit=commit)
