import time

from django.contrib.auth.base_user import AbstractBaseUser, BaseUserManager
from django.contrib.auth.models import PermissionsMixin
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .phone import display_phone, normalize_phone
from .roles import OFFICE_ROLES, Role, region_code_filter, region_scope, user_sync_managed_groups


def account_version_key(user_id) -> str:
    """Cache key of a number that changes whenever the user's password or activity changes."""
    return f"account-version:{user_id}"


class UserManager(BaseUserManager):
    use_in_migrations = True

    def get_by_natural_key(self, phone):
        return self.get(phone=normalize_phone(phone))

    def create_user(self, phone, password=None, **fields):
        user = self.model(phone=normalize_phone(phone), **fields)
        user.set_password(password)
        user.full_clean(exclude=["password"])
        user.save(using=self._db)
        return user

    def create_superuser(self, phone, password=None, **fields):
        fields.update(is_staff=True, is_superuser=True, role=Role.ADMIN)
        return self.create_user(phone, password, **fields)


class User(AbstractBaseUser, PermissionsMixin):
    """Everyone who logs in, by Indonesian mobile number (stored as +628...)."""

    phone = models.CharField(
        _("phone number"),
        max_length=16,
        unique=True,
        validators=[normalize_phone],
        help_text=_("Mobile number, for example 0812-3456-7890."),
    )
    name = models.CharField(_("full name"), max_length=150)
    email = models.EmailField(_("email address"), blank=True)
    role = models.CharField(_("role"), max_length=16, choices=Role.choices, default=Role.PENGURUS)
    office = models.ForeignKey(
        "wksbm.DinsosOffice",
        verbose_name=_("Dinsos office"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="staff",
        help_text=_("Required for penyuluh and managers."),
    )
    region = models.ForeignKey(
        "wksbm.Region",
        verbose_name=_("region"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        limit_choices_to={"level": 1},
        help_text=_("For administrators: their province. Empty means the whole country."),
    )
    is_staff = models.BooleanField(_("staff status"), default=False)
    is_active = models.BooleanField(_("active"), default=True)
    date_joined = models.DateTimeField(_("date joined"), default=timezone.now)

    objects = UserManager()

    USERNAME_FIELD = "phone"
    REQUIRED_FIELDS = ["name"]

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        constraints = [
            models.CheckConstraint(
                condition=~Q(role__in=OFFICE_ROLES) | Q(office__isnull=False),
                name="office_staff_have_an_office",
            ),
        ]

    def __str__(self):
        return f"{self.name} ({self.phone_display})"

    def clean(self):
        super().clean()
        if self.phone:
            self.phone = normalize_phone(self.phone)
        if self.role in OFFICE_ROLES and not self.office_id:
            raise ValidationError({"office": _("Penyuluh and managers must belong to a Dinsos office.")})

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        # Role and office decide the Wagtail groups (page and media permissions); a save of
        # other fields only (last_login at every login) leaves them alone.
        update_fields = kwargs.get("update_fields")
        if update_fields is None or {"role", "office", "region", "is_active"} & set(update_fields):
            user_sync_managed_groups(self)
        if update_fields is None or {"password", "is_active"} & set(update_fields):
            # Pages cached for this user's sessions (courses.page_cache) must not outlive a
            # password change or a deactivation.
            cache.set(account_version_key(self.pk), time.time_ns(), None)

    @property
    def phone_display(self) -> str:
        return display_phone(self.phone)

    @property
    def first_name(self) -> str:
        # Wagtail's sidebar greets users by `first_name`; this model keeps one `name`.
        return self.get_short_name()

    def get_full_name(self):
        return self.name

    def get_short_name(self):
        return self.name.split(" ")[0] if self.name else self.phone_display


class ActivationCode(models.Model):
    """A one-time code with which a person without email sets their password: printed on a login
    card for a new account, or given by a penyuluh who resets a forgotten password.

    Only a keyed hash of the code is stored; the code itself exists once, on the card. A user has at
    most one open code: issuing a new one replaces it.
    """

    class Purpose(models.TextChoices):
        ACTIVATE = "activate", _("Activation")
        RESET = "reset", _("Password reset")

    user = models.ForeignKey(
        User, verbose_name=_("user"), on_delete=models.CASCADE, related_name="activation_codes"
    )
    purpose = models.CharField(_("purpose"), max_length=16, choices=Purpose.choices)
    code_hash = models.CharField(max_length=64)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    expires_at = models.DateTimeField(_("expires at"))
    used_at = models.DateTimeField(_("used at"), null=True, blank=True)
    failed_attempts = models.PositiveSmallIntegerField(_("wrong tries"), default=0)
    created_by = models.ForeignKey(
        User, verbose_name=_("created by"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("activation code")
        verbose_name_plural = _("activation codes")
        constraints = [
            models.UniqueConstraint(
                fields=["user"], condition=Q(used_at__isnull=True), name="one_open_activation_code_per_user"
            ),
        ]

    def __str__(self):
        return f"{self.get_purpose_display()}: {self.user_id}"


class CredentialEventQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Staff see the events of people who serve or served in their region: that person's
        offices. (Terms are reached by their related name: lms does not import wksbm.)"""
        prefix = region_scope(user)
        if prefix is None:
            return self.none()
        return self.filter(
            person__in=User.objects.filter(region_code_filter(prefix, "memberships__wksbm__kelurahan__code"))
        )


class CredentialEvent(models.Model):
    """The audit log of a person's credentials: who registered them, printed their login card or
    reset card, changed their name or number, and when they activated their account."""

    wagtail_reference_index_ignore = True  # a record, not content (docs/decisions.md)

    class Action(models.TextChoices):
        REGISTERED = "registered", _("Registered")
        ACTIVATION_CARD = "activation_card", _("Login card printed")
        RESET_CARD = "reset_card", _("Password reset card printed")
        RENAMED = "renamed", _("Name changed")
        RENUMBERED = "renumbered", _("Phone number changed")
        ACTIVATED = "activated", _("Password set with a code")

    person = models.ForeignKey(
        User, verbose_name=_("person"), on_delete=models.CASCADE, related_name="credential_events"
    )
    action = models.CharField(_("action"), max_length=20, choices=Action.choices)
    actor = models.ForeignKey(
        User, verbose_name=_("done by"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    at = models.DateTimeField(_("time"), default=timezone.now, db_index=True)
    detail = models.CharField(_("detail"), max_length=255, blank=True)

    objects = CredentialEventQuerySet.as_manager()

    class Meta:
        verbose_name = _("account event")
        verbose_name_plural = _("account history")
        ordering = ["-at", "-pk"]

    def __str__(self):
        return f"{self.get_action_display()}: {self.person}"
