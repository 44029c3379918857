"""Registering pengurus: one user account per phone number, one term per WKSBM."""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm

from lms.credentials import credential_events_record
from lms.models import CredentialEvent, User
from lms.phone import normalize_phone
from lms.roles import Role

from .models import Jabatan, Pengurus, Wksbm


def credentials_refusals(*, people: list[User], editor) -> dict[int, str]:
    """THE credential rule: `editor` may register, print a login or reset card for, rename or
    renumber a person only when every term of theirs that has not ended lies in the editor's
    scope, and never a staff account. Returns the reason for each of `people` refused (one query,
    however many people). Without an editor (a management command) only staff accounts are refused."""
    refusals = {
        person.pk: gettext("This number belongs to a staff account, not a pengurus.")
        for person in people
        if person.role != Role.PENGURUS or person.is_staff or person.is_superuser
    }
    if editor is None or not people:
        return refusals
    elsewhere = (
        Pengurus.objects.filter(user__in=[person.pk for person in people])
        .not_ended()
        .exclude(pk__in=Pengurus.objects.visible_to(editor).values("pk"))
        .values_list("user_id", flat=True)
    )
    serving_elsewhere = gettext(
        "This person serves in a WKSBM outside your region. Their Dinsos must first record that "
        "they left (Ganti jabatan atau berhenti); then you can register them here."
    )
    return {**dict.fromkeys(elsewhere, serving_elsewhere), **refusals}


def credentials_refusal(*, person: User | None, editor) -> str | None:
    """Why `editor` may not act on `person`'s credentials (`credentials_refusals`), or None. A
    number nobody has yet is free."""
    return credentials_refusals(people=[person], editor=editor).get(person.pk) if person else None


def pengurus_register(
    *,
    name: str,
    phone: str,
    wksbm: Wksbm,
    jabatan: str,
    active_from: datetime.date,
    active_to: datetime.date | None = None,
    editor: User | None = None,
) -> Pengurus:
    """Start a term for the person with `phone`, creating their account if it is new.

    An existing account keeps its name: it may belong to other WKSBM too. New accounts get
    no usable password; they are activated separately. Refused (ValidationError) when the
    number belongs to someone `editor` may not register (`credentials_refusal`).
    """
    phone = normalize_phone(phone)
    with transaction.atomic():
        user = User.objects.select_for_update().filter(phone=phone).first()
        if refusal := credentials_refusal(person=user, editor=editor):
            raise ValidationError({"phone": refusal})
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
        credential_events_record(
            people=[user], action=CredentialEvent.Action.REGISTERED, actor=editor, detail=str(wksbm)
        )
    return pengurus


class PengurusForm(WagtailAdminModelForm):
    """Admin form for a term: the person is given by name and phone, not picked from users.

    A person who also serves in a WKSBM outside the editor's scope keeps their name and
    number (`credentials_refusal`).
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
            if credentials_refusal(person=person, editor=self.for_user):
                for field in ("name", "phone"):
                    self.fields[field].disabled = True
                    self.fields[field].help_text = _(
                        "Also a pengurus elsewhere: ask their Dinsos to change this."
                    )

    def clean_phone(self):
        phone = normalize_phone(self.cleaned_data["phone"])
        owner = User.objects.filter(phone=phone).first()
        current = self.instance.user if self.instance.pk else None
        if owner and current and owner != current:
            raise forms.ValidationError(_("This number already belongs to another person."))
        refusal = credentials_refusal(person=owner, editor=self.for_user) if owner != current else None
        if refusal:
            raise forms.ValidationError(refusal)
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
                editor=self.for_user,
            )
            return self.instance
        with transaction.atomic():
            person = User.objects.select_for_update().get(pk=self.instance.user_id)
            changes = [
                (field, action, getattr(person, field), data[field])
                for field, action in (
                    ("name", CredentialEvent.Action.RENAMED),
                    ("phone", CredentialEvent.Action.RENUMBERED),
                )
                if field in self.changed_data and getattr(person, field) != data[field]
            ]
            if changes:  # only when credentials_refusal() let the fields be edited (see __init__)
                for field, _action, _old, new in changes:
                    setattr(person, field, new)
                person.full_clean(exclude=["password"])
                person.save(update_fields=[field for field, *_rest in changes])
                for _field, action, old, new in changes:
                    credential_events_record(
                        people=[person], action=action, actor=self.for_user, detail=f"{old} → {new}"
                    )
            return super().save(commit=commit)
