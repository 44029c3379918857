"""The time zone a learner reads their times in: their Dinsos office's (WIB, WITA or WIT), else
the project's TIME_ZONE. Used where a screen names a moment with its zone ("11:38 WIB")."""

from zoneinfo import ZoneInfo

from django.conf import settings
from django.db.models import Subquery
from django.db.models.functions import Substr
from django.utils import timezone

from .models import DinsosOffice, Pengurus

# Indonesia's three zones by the names people use; Pontianak keeps WIB.
ABBREVIATIONS = {
    "Asia/Jakarta": "WIB",
    "Asia/Pontianak": "WIB",
    "Asia/Makassar": "WITA",
    "Asia/Jayapura": "WIT",
}


def learner_time_zone(user) -> str:
    """The zone of the office of the WKSBM where `user` serves now (the latest term), in one
    query; the project's zone for anyone else."""
    term = (
        Pengurus.objects.active()
        .filter(user=user)
        .order_by("-active_from", "-pk")
        .annotate(office_code=Substr("wksbm__kelurahan_id", 1, 5))
        .values("office_code")[:1]
    )
    office = DinsosOffice.objects.filter(region_id=Subquery(term)).values_list("time_zone", flat=True)
    return office.first() or settings.TIME_ZONE


def zone_abbreviation(zone: str, moment=None) -> str:
    """WIB, WITA or WIT; for a zone outside Indonesia, its own abbreviation at `moment`."""
    if zone in ABBREVIATIONS:
        return ABBREVIATIONS[zone]
    return (moment or timezone.now()).astimezone(ZoneInfo(zone)).strftime("%Z")
