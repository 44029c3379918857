"""Who a user is on the platform and which part of the country they answer for."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    PENGURUS = "pengurus", _("Pengurus")
    PENYULUH = "penyuluh", _("Penyuluh sosial")
    MANAGER = "manager", _("Manager")
    ADMIN = "admin", _("Administrator")


# Roles that work in the Wagtail admin and belong to one Dinsos office.
OFFICE_ROLES = (Role.PENYULUH, Role.MANAGER)

NATION = ""


def region_scope(user) -> str | None:
    """The region code prefix whose WKSBM `user` may see as staff.

    "" (NATION) means the whole country, a code such as "33.71" one kabupaten/kota or
    "33" one province, and None means no regional scope at all (pengurus, anonymous).
    Every scoped queryset (`visible_to`) is built on this one rule.
    """
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return None
    if user.is_superuser:
        return NATION
    if user.role in OFFICE_ROLES:
        return user.office.region_id if user.office_id else None
    if user.role == Role.ADMIN:
        return user.region_id or NATION
    return None


def region_code_filter(prefix: str, field: str):
    """A Q() keeping rows whose region code `field` lies inside region `prefix`."""
    if prefix == NATION:
        return models.Q()
    return models.Q(**{field: prefix}) | models.Q(**{f"{field}__startswith": f"{prefix}."})


_VIEW_WKSBM = (
    "wksbm.view_wksbm",
    "wksbm.view_pengurus",
    "wksbm.view_dinsosoffice",
    "wksbm.view_region",
    "lms.view_credentialevent",  # the account history of the region's pengurus
)
_ASSIGN = (
    "courses.view_assignment",
    "courses.add_assignment",
    "courses.change_assignment",
    "courses.delete_assignment",
)
_EDIT_WKSBM = (
    "wksbm.add_wksbm",
    "wksbm.change_wksbm",
    "wksbm.add_pengurus",
    "wksbm.change_pengurus",
    "wksbm.delete_pengurus",
)
_AUTHOR_QUESTIONS = tuple(
    f"assessments.{action}_{model}"
    for model in ("question", "questionbank")
    for action in ("view", "add", "change", "delete")
)
_VIEW_QUESTIONS = ("assessments.view_question", "assessments.view_questionbank")
_VIEW_READINESS_SETTINGS = ("readiness.view_readinesssettings", "assessments.view_certificatetemplate")
_EDIT_READINESS_SETTINGS = (
    *_VIEW_READINESS_SETTINGS,
    "readiness.add_readinesssettings",
    "readiness.change_readinesssettings",
    "assessments.add_certificatetemplate",
    "assessments.change_certificatetemplate",
)
_VIEW_FIELDWORK = tuple(
    f"assessments.view_{model}"
    for model in ("attempt", "observation", "pembinaansession", "rubric", "certificate")
)
# The office's signatory side revokes certificates given by mistake.
_REVOKE_CERTIFICATES = ("assessments.change_certificate",)
_RECORD_FIELDWORK = (
    *_VIEW_FIELDWORK,
    "assessments.add_observation",
    "assessments.add_pembinaansession",
    "assessments.add_rubric",
    "assessments.change_rubric",
)

# What each role may do, in code rather than in editable groups so that a role
# and its permissions can never drift apart. Rows are still limited by scope.
ROLE_PERMISSIONS: dict[str, frozenset[str]] = {
    Role.PENGURUS: frozenset(),
    Role.PENYULUH: frozenset(
        {
            "wagtailadmin.access_admin",
            *_VIEW_WKSBM,
            *_EDIT_WKSBM,
            *_ASSIGN,
            *_AUTHOR_QUESTIONS,
            *_RECORD_FIELDWORK,
            *_VIEW_READINESS_SETTINGS,
        }
    ),
    Role.MANAGER: frozenset(
        {
            "wagtailadmin.access_admin",
            *_VIEW_WKSBM,
            *_ASSIGN,
            *_VIEW_QUESTIONS,
            *_VIEW_FIELDWORK,
            *_EDIT_READINESS_SETTINGS,
            *_REVOKE_CERTIFICATES,
        }
    ),
    Role.ADMIN: frozenset(
        {
            "wagtailadmin.access_admin",
            *_VIEW_WKSBM,
            *_EDIT_WKSBM,
            *_ASSIGN,
            *_AUTHOR_QUESTIONS,
            *_RECORD_FIELDWORK,
            *_EDIT_READINESS_SETTINGS,
            *_REVOKE_CERTIFICATES,
            "wksbm.delete_wksbm",
            "wksbm.add_dinsosoffice",
            "wksbm.change_dinsosoffice",
        }
    ),
}


# Wagtail's page, image and document permissions are granted to groups. Staff are put
# in their office's group for their role; the groups are managed here, never by hand.
NATIONAL_ADMIN_GROUP = "Admin nasional"
MANAGED_GROUP_PATTERN = r"^(Penyuluh|Manager) \d\d\.\d\d$|^Admin nasional$"


def office_group_name(role: str, office_code: str) -> str:
    return f"{'Penyuluh' if role == Role.PENYULUH else 'Manager'} {office_code}"


def managed_group_name(user) -> str | None:
    """The managed group `user` belongs in, if any."""
    if not user.is_active:
        return None
    if user.role in OFFICE_ROLES and user.office_id:
        return office_group_name(user.role, user.office.code)
    if user.role == Role.ADMIN and not user.region_id:
        return NATIONAL_ADMIN_GROUP
    return None


def user_sync_managed_groups(user) -> None:
    """Put `user` in exactly the managed group their role and office call for."""
    from django.contrib.auth.models import Group

    wanted = managed_group_name(user)
    stale = user.groups.filter(name__regex=MANAGED_GROUP_PATTERN)
    if wanted:
        stale = stale.exclude(name=wanted)
    user.groups.remove(*stale)
    if wanted:
        user.groups.add(Group.objects.get_or_create(name=wanted)[0])
