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

    An existing account keeps its name: it may belong to other WKSBM too. New accounts get
    no usable password; they are activated separately.
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


def user_is_within_scope(*, user: User, editor) -> bool:
    """Whether every term `user` ever held is in a WKSBM that `editor` may see."""
    terms = Pengurus.objects.filter(user=user)
    return not terms.exclude(pk__in=Pengurus.objects.visible_to(editor).filter(user=user)).exists()


class PengurusForm(WagtailAdminModelForm):
    """Admin form for a term: the person is given by name and phone, not picked from users.

    A person who also serves in a WKSBM outside the editor's scope keeps their name and
    number: only staff who can see all of their terms may change them.
    """

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
            person = self.instance.user
            self.initial.setdefault("name", person.name)
            self.initial.setdefault("phone", person.phone_display)
            if not user_is_within_scope(user=person, editor=self.for_user):
                for field in ("name", "phone"):
                    self.fields[field].disabled = True
                    self.fields[field].help_text = _(
                        "Also a pengurus elsewhere: ask their Dinsos to change this."
                    )

    def clean_phone(self):
        phone = normalize_phone(self.cleaned_data["phone"])
        owner = User.objects.filter(phone=phone).first()
        current = self.instance.user if self.instance.pk else None
        if owner and owner != current and owner.role != Role.PENGURUS:
            raise forms.ValidationError(_("This number cannot be registered as a pengurus."))
        if owner and current and owner != current:
            raise forms.ValidationError(_("This number already belongs to another person."))
        self.owner = owner
        return phone

    def clean(self):
        cleaned = super().clean()
        owner, wksbm = getattr(self, "owner", None), cleaned.get("wksbm")
        if owner and wksbm and not cleaned.get("active_to"):
            open_terms = Pengurus.objects.filter(user=owner, wksbm=wksbm, active_to__isnull=True)
            if open_terms.exclude(pk=self.instance.pk).exists():
                self.add_error("phone", _("This person is already an active pengurus of this WKSBM."))
        return cleaned

    def save(self, commit=True):
        data = self.cleaned_data
        if not self.instance.pk:
            self.instance = pengurus_register(
                name=data["name"],
                phone=data["phone"],
                wksbm=data["wksbm"],
                jabatan=data["jabatan"],
                active_from=data["active_from"],
                active_to=data["active_to"],
            )
            return self.instance
        with transaction.atomic():
            person = self.instance.user
            if {"name", "phone"} & set(self.changed_data):
                person.name, person.phone = data["name"], data["phone"]
                person.full_clean(exclude=["password"])
                person.save(update_fields=["name", "phone"])
            return super().save(commit=commit)
