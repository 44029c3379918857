"""Recording field evidence: rubric observations and pembinaan sessions with their attendance.

Only staff whose scope holds the WKSBM (a penyuluh: their office's) may record, and only about
people serving in that WKSBM on the day.
"""

import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.choices import Pillar
from courses.models import CoursePage
from courses.sections import pages_outside_other_offices
from wksbm.models import Pengurus, Wksbm

from .models import Attendance, Observation, ObservationLevel, PembinaanSession, Rubric
from .scoring import observation_score

RECORD_PERMISSION = "assessments.add_observation"


def recordable_wksbm(user):
    if not user.has_perm(RECORD_PERMISSION):
        return Wksbm.objects.none()
    return Wksbm.objects.visible_to(user)


def observable_courses(user):
    """Live keterampilan courses of the user's office section and the national one."""
    courses = CoursePage.objects.live().filter(pillar=Pillar.KETERAMPILAN).order_by("title")
    return pages_outside_other_offices(courses, user)


def serving_pengurus(wksbm: Wksbm, on: datetime.date):
    return Pengurus.objects.filter(wksbm=wksbm).active(on).select_related("user").order_by("user__name")


def _check(recorder, wksbm: Wksbm, on: datetime.date) -> None:
    if not recordable_wksbm(recorder).filter(pk=wksbm.pk).exists():
        raise PermissionDenied
    if on > timezone.localdate():
        raise ValidationError(_("The date cannot be in the future."))


@transaction.atomic
def observation_record(
    *,
    observer,
    wksbm: Wksbm,
    user,
    course: CoursePage,
    rubric: Rubric,
    observed_on,
    levels: dict[int, int],
    notes="",
) -> Observation:
    """Store an observation with a level (1-4) for every criterion of `rubric`."""
    _check(observer, wksbm, observed_on)
    if not serving_pengurus(wksbm, observed_on).filter(user=user).exists():
        raise ValidationError(_("This person is not a pengurus of the WKSBM on that date."))
    if not observable_courses(observer).filter(pk=course.pk).exists():
        raise ValidationError(_("Choose a skills course of your office or a national one."))
    if not Rubric.objects.visible_to(observer).filter(pk=rubric.pk).exists():
        raise PermissionDenied
    criteria = list(rubric.criteria.all())
    if set(levels) != {c.pk for c in criteria} or not all(level in (1, 2, 3, 4) for level in levels.values()):
        raise ValidationError(_("Give a level from 1 to 4 for every criterion."))
    observation = Observation.objects.create(
        user=user,
        wksbm=wksbm,
        course=course,
        rubric=rubric,
        observed_on=observed_on,
        notes=notes,
        observer=observer,
        score=observation_score(list(levels.values())),
    )
    ObservationLevel.objects.bulk_create(
        ObservationLevel(observation=observation, criterion=c, criterion_name=c.name, level=levels[c.pk])
        for c in criteria
    )
    return observation


@transaction.atomic
def session_record(
    *, facilitator, wksbm: Wksbm, held_on, topic: str, attendees, notes=""
) -> PembinaanSession:
    """Store a session and its attendance; every attendee must serve in the WKSBM that day."""
    _check(facilitator, wksbm, held_on)
    attendee_ids = {person.pk for person in attendees}
    serving = set(
        serving_pengurus(wksbm, held_on).filter(user__in=attendee_ids).values_list("user_id", flat=True)
    )
    if serving != attendee_ids:
        raise ValidationError(_("Only pengurus of the WKSBM on that date can be marked present."))
    session = PembinaanSession.objects.create(
        wksbm=wksbm, held_on=held_on, topic=topic, notes=notes, facilitator=facilitator
    )
    Attendance.objects.bulk_create(Attendance(session=session, user_id=pk) for pk in sorted(attendee_ids))
    return session
