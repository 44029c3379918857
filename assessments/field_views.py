"""Penyuluh in the field: record an observation or a pembinaan session from a phone."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from .field_forms import ObservationForm, SessionForm
from .fieldwork import RECORD_PERMISSION, observation_record, recordable_wksbm, session_record
from .models import Observation, PembinaanSession, Rubric


@login_required
def field_home_view(request):
    if not request.user.has_perm(RECORD_PERMISSION):
        raise PermissionDenied
    return TemplateResponse(
        request,
        "assessments/field/home.html",
        {
            "wksbm_list": recordable_wksbm(request.user)
            .select_related("kelurahan")
            .order_by("kelurahan__name"),
            "observations": Observation.objects.filter(observer=request.user).select_related("user", "wksbm")[
                :10
            ],
            "sessions": PembinaanSession.objects.filter(facilitator=request.user).select_related("wksbm")[
                :10
            ],
        },
    )


@login_required
def observation_create_view(request, wksbm_id):
    wksbm = get_object_or_404(recordable_wksbm(request.user), pk=wksbm_id)
    rubrics = list(Rubric.objects.visible_to(request.user).order_by("name"))
    rubric = next((r for r in rubrics if str(r.pk) == request.GET.get("rubrik")), None)
    if rubric is None and len(rubrics) == 1:
        rubric = rubrics[0]
    form = None
    if rubric is not None:
        form = ObservationForm(request.POST or None, wksbm=wksbm, user=request.user, rubric=rubric)
        if request.method == "POST" and form.is_valid():
            try:
                observation_record(
                    observer=request.user,
                    wksbm=wksbm,
                    user=form.cleaned_data["person"],
                    course=form.cleaned_data["course"],
                    rubric=rubric,
                    observed_on=form.cleaned_data["date"],
                    levels=form.levels,
                    notes=form.cleaned_data["notes"],
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(
                    request,
                    _("Observation of %(name)s saved.") % {"name": form.cleaned_data["person"].name},
                )
                return redirect("field_home")
    return TemplateResponse(
        request,
        "assessments/field/observation_form.html",
        {"wksbm": wksbm, "rubrics": rubrics, "rubric": rubric, "form": form},
    )


@login_required
def session_create_view(request, wksbm_id):
    wksbm = get_object_or_404(recordable_wksbm(request.user), pk=wksbm_id)
    form = SessionForm(request.POST or None, wksbm=wksbm, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            session = session_record(
                facilitator=request.user,
                wksbm=wksbm,
                held_on=form.cleaned_data["date"],
                topic=form.cleaned_data["topic"],
                attendees=form.cleaned_data["attendees"],
                notes=form.cleaned_data["notes"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request,
                _("Session saved: %(count)s present.") % {"count": session.attendance.count()},
            )
            return redirect("field_home")
    return TemplateResponse(request, "assessments/field/session_form.html", {"wksbm": wksbm, "form": form})
