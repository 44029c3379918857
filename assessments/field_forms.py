"""Phone forms for penyuluh in the field; choices come from the WKSBM being visited."""

from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .fieldwork import observable_courses, serving_pengurus
from .models import Rubric


class DateInput(forms.DateInput):
    """The phone's own date picker; it reads and writes ISO dates whatever the language."""

    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%d")


class PengurusChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, user):
        return user.name


class FieldVisitForm(forms.Form):
    date = forms.DateField(label=_("Date"), widget=DateInput, initial=timezone.localdate)

    def __init__(self, *args, wksbm, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.wksbm, self.recorder = wksbm, user

    def clean_date(self):
        date = self.cleaned_data["date"]
        if date > timezone.localdate():
            raise ValidationError(_("The date cannot be in the future."))
        return date

    def people(self):
        """Who served in the WKSBM on the posted date (today while it is missing or invalid)."""
        try:
            on = self.fields["date"].to_python(self.data.get("date"))
        except ValidationError:
            on = None
        return (
            get_user_model()
            .objects.filter(pk__in=serving_pengurus(self.wksbm, on or timezone.localdate()).values("user_id"))
            .order_by("name")
        )


class ObservationForm(FieldVisitForm):
    """The rubric is chosen first (a link per rubric); then one radio group per criterion."""

    def __init__(self, *args, rubric: Rubric, **kwargs):
        super().__init__(*args, **kwargs)
        self.rubric = rubric
        self.criteria = list(rubric.criteria.all())
        self.fields["person"] = PengurusChoiceField(label=_("Pengurus"), queryset=self.people())
        self.fields["course"] = forms.ModelChoiceField(
            label=_("Skills course observed"), queryset=observable_courses(self.recorder)
        )
        for criterion in self.criteria:
            self.fields[f"level-{criterion.pk}"] = forms.TypedChoiceField(
                label=criterion.name,
                coerce=int,
                choices=[(level, f"{level}. {text}") for level, text in criterion.descriptors],
                widget=forms.RadioSelect,
            )
        self.fields["notes"] = forms.CharField(
            label=_("Notes"), required=False, widget=forms.Textarea(attrs={"rows": 3})
        )
        self.order_fields(["person", "course", "date"])

    @property
    def levels(self) -> dict[int, int]:
        return {c.pk: self.cleaned_data[f"level-{c.pk}"] for c in self.criteria}


class SessionForm(FieldVisitForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["topic"] = forms.CharField(label=_("Topic"), max_length=200)
        self.fields["attendees"] = forms.ModelMultipleChoiceField(
            label=_("Who attended"),
            queryset=self.people(),
            required=False,
            widget=forms.CheckboxSelectMultiple,
        )
        self.fields["attendees"].label_from_instance = lambda user: user.name
        self.fields["notes"] = forms.CharField(
            label=_("Notes"), required=False, widget=forms.Textarea(attrs={"rows": 3})
        )
        self.order_fields(["date", "topic", "attendees", "notes"])
