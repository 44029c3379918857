import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel

from lms.roles import region_code_filter, region_scope


class ScopedQuerySet(models.QuerySet):
    """A queryset that knows which of its rows a user may see.

    `region_field` is the lookup to the row's Kemendagri code; staff see the rows inside
    their region (`lms.roles.region_scope`). Subclasses say what a pengurus sees.
    """

    region_field = ""

    def visible_to(self, user):
        prefix = region_scope(user)
        if prefix is None:
            return self.visible_to_member(user) if getattr(user, "is_authenticated", False) else self.none()
        return self.filter(region_code_filter(prefix, self.region_field))

    def visible_to_member(self, user):
        return self.none()


class RegionQuerySet(ScopedQuerySet):
    region_field = "code"


class Region(models.Model):
    """A Kemendagri administrative region, keyed by its dotted code (33.71.01.1010)."""

    class Level(models.IntegerChoices):
        PROVINSI = 1, _("Province")
        KABUPATEN_KOTA = 2, _("Regency/city")
        KECAMATAN = 3, _("District (kecamatan)")
        KELURAHAN_DESA = 4, _("Kelurahan/desa")

    # Text, never an integer: ten-digit village codes overflow integer keys.
    code = models.CharField(_("Kemendagri code"), max_length=13, primary_key=True)
    name = models.CharField(_("name"), max_length=100)
    level = models.PositiveSmallIntegerField(_("level"), choices=Level.choices, db_index=True)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent region"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="children",
    )

    objects = RegionQuerySet.as_manager()

    class Meta:
        verbose_name = _("region")
        verbose_name_plural = _("regions")
        ordering = ["code"]
        constraints = [
            models.CheckConstraint(condition=Q(level__gte=1, level__lte=4), name="region_level_1_to_4"),
        ]

    def __str__(self):
        return f"{self.name} ({self.code})"

    @property
    def village_kind(self) -> str:
        """Kelurahan, desa or desa adat: the first digit of the fourth code segment."""
        if self.level != self.Level.KELURAHAN_DESA:
            return ""
        return {"1": _("Kelurahan"), "2": _("Desa"), "3": _("Desa adat")}.get(
            self.code.rsplit(".", 1)[-1][:1], ""
        )


class DinsosOfficeQuerySet(ScopedQuerySet):
    region_field = "region__code"


class DinsosOffice(models.Model):
    """A kabupaten/kota social office (Dinas Sosial) whose penyuluh coach its WKSBM."""

    class TimeZone(models.TextChoices):
        WIB = "Asia/Jakarta", _("WIB (Asia/Jakarta)")
        WITA = "Asia/Makassar", _("WITA (Asia/Makassar)")
        WIT = "Asia/Jayapura", _("WIT (Asia/Jayapura)")

    name = models.CharField(_("name"), max_length=150)
    region = models.OneToOneField(
        Region,
        verbose_name=_("regency/city"),
        on_delete=models.PROTECT,
        related_name="dinsos_office",
        limit_choices_to={"level": Region.Level.KABUPATEN_KOTA},
    )
    address = models.CharField(_("address"), max_length=255, blank=True)
    phone = models.CharField(_("office phone"), max_length=30, blank=True)
    time_zone = models.CharField(
        _("time zone"), max_length=32, choices=TimeZone.choices, default=TimeZone.WIB
    )

    objects = DinsosOfficeQuerySet.as_manager()

    class Meta:
        verbose_name = _("Dinsos office")
        verbose_name_plural = _("Dinsos offices")
        ordering = ["region_id"]

    def __str__(self):
        return self.name

    @property
    def code(self) -> str:
        """Offices are known by their kabupaten/kota code, e.g. 33.71."""
        return self.region_id

    def clean(self):
        if self.region_id and self.region.level != Region.Level.KABUPATEN_KOTA:
            raise ValidationError({"region": _("Choose a regency or city.")})


class OfficeOwnedQuerySet(models.QuerySet):
    """Rows owned by a Dinsos office, or national ones (no office)."""

    def visible_to(self, user):
        """Staff see their region's rows and the national ones; nobody else sees any."""
        prefix = region_scope(user)
        if prefix is None:
            return self.none()
        return self.filter(region_code_filter(prefix, "office__region__code") | Q(office__isnull=True))

    def editable_by(self, user):
        """Rows `user` may change: their offices', and the national ones for national admins."""
        prefix = region_scope(user)
        if prefix is None:
            return self.none()
        if prefix == "":
            return self.all()
        return self.filter(region_code_filter(prefix, "office__region__code"))


class OfficeOwned(models.Model):
    """A row an office keeps for itself, or a national one shared with every office (no office):
    question banks, rubrics, readiness settings, certificate templates. A subclass that allows one
    row per office adds a unique constraint on `office`."""

    office = models.ForeignKey(
        DinsosOffice,
        verbose_name=_("Dinsos office"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Empty for a national one, shared with every office."),
    )

    objects = OfficeOwnedQuerySet.as_manager()

    class Meta:
        abstract = True


class WksbmQuerySet(ScopedQuerySet):
    region_field = "kelurahan__code"

    def visible_to_member(self, user):
        return self.filter(pengurus__user=user).distinct()


class Wksbm(ClusterableModel):
    """A community social-welfare network of one kelurahan/desa."""

    class Status(models.TextChoices):
        FORMING = "forming", _("Being formed")
        ACTIVE = "active", _("Active")
        INACTIVE = "inactive", _("Inactive")

    code = models.CharField(
        _("WKSBM code"),
        max_length=20,
        unique=True,
        blank=True,
        help_text=_("Left empty, it is made from the kelurahan/desa code, e.g. 33.71.01.1010-1."),
    )
    name = models.CharField(_("name"), max_length=150)
    kelurahan = models.ForeignKey(
        Region,
        verbose_name=_("kelurahan/desa"),
        on_delete=models.PROTECT,
        related_name="wksbm",
        limit_choices_to={"level": Region.Level.KELURAHAN_DESA},
    )
    founded_on = models.DateField(_("founded on"), null=True, blank=True)
    decree_number = models.CharField(
        _("decree (SK) number"),
        max_length=100,
        blank=True,
        help_text=_("The lurah's or kepala desa's decree that legalises the pengurus."),
    )
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.ACTIVE)
    address = models.CharField(_("secretariat address"), max_length=255, blank=True)

    objects = WksbmQuerySet.as_manager()

    class Meta:
        verbose_name = _("WKSBM")
        verbose_name_plural = _("WKSBM")
        ordering = ["kelurahan_id", "name"]

    def __str__(self):
        return self.name

    def clean(self):
        if self.kelurahan_id and self.kelurahan.level != Region.Level.KELURAHAN_DESA:
            raise ValidationError({"kelurahan": _("Choose a kelurahan or desa.")})

    def save(self, *args, **kwargs):
        if not self.code and self.kelurahan_id:
            self.code = self.next_free_code(self.kelurahan_id)
        super().save(*args, **kwargs)

    @staticmethod
    def next_free_code(kelurahan_code: str) -> str:
        """The first unused `<kelurahan code>-<n>`; gaps left by deleted WKSBM are reused."""
        taken = set(
            Wksbm.objects.filter(code__startswith=f"{kelurahan_code}-").values_list("code", flat=True)
        )
        number = 1
        while f"{kelurahan_code}-{number}" in taken:
            number += 1
        return f"{kelurahan_code}-{number}"

    @property
    def office_code(self) -> str:
        """The kabupaten/kota code, which is also the code of its Dinsos office."""
        return self.kelurahan_id[:5]


class KpsGroup(models.Model):
    """A grassroots social-service group (KPS) that is a member of a WKSBM."""

    class Kind(models.TextChoices):
        RT_RW = "rt_rw", _("RT/RW group")
        MAJELIS_TAKLIM = "majelis_taklim", _("Majelis taklim")
        PKK = "pkk", _("PKK")
        KARANG_TARUNA = "karang_taruna", _("Karang taruna")
        ARISAN = "arisan", _("Arisan")
        RUKUN_KEMATIAN = "rukun_kematian", _("Rukun kematian")
        OTHER = "other", _("Other")

    wksbm = ParentalKey(Wksbm, on_delete=models.CASCADE, related_name="kps_groups")
    name = models.CharField(_("name"), max_length=150)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.OTHER)

    class Meta:
        verbose_name = _("KPS group")
        verbose_name_plural = _("KPS groups")

    def __str__(self):
        return self.name


class Jabatan(models.TextChoices):
    KETUA = "ketua", _("Ketua")
    WAKIL_KETUA = "wakil_ketua", _("Wakil ketua")
    SEKRETARIS = "sekretaris", _("Sekretaris")
    BENDAHARA = "bendahara", _("Bendahara")
    SEKSI = "seksi", _("Seksi")
    ANGGOTA = "anggota", _("Anggota")


# The readiness method weighs the core officers double.
CORE_JABATAN = (Jabatan.KETUA, Jabatan.SEKRETARIS, Jabatan.BENDAHARA)


class PengurusQuerySet(ScopedQuerySet):
    region_field = "wksbm__kelurahan__code"

    def visible_to_member(self, user):
        return self.filter(user=user)

    def active(self, as_of: datetime.date | None = None):
        """Pengurus serving on `as_of` (default today): active_from <= T < active_to."""
        as_of = as_of or timezone.localdate()
        return self.not_ended(as_of).filter(active_from__lte=as_of)

    def not_ended(self, as_of: datetime.date | None = None):
        """Terms serving on `as_of` (default today) or starting later."""
        as_of = as_of or timezone.localdate()
        return self.filter(Q(active_to__isnull=True) | Q(active_to__gt=as_of))


class Pengurus(models.Model):
    """One term of a user as an officer of a WKSBM; past terms are kept as history."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.PROTECT,
        related_name="memberships",
    )
    wksbm = models.ForeignKey(
        Wksbm, verbose_name=_("WKSBM"), on_delete=models.PROTECT, related_name="pengurus"
    )
    jabatan = models.CharField(_("position"), max_length=16, choices=Jabatan.choices)
    active_from = models.DateField(_("active from"), default=timezone.localdate)
    active_to = models.DateField(
        _("active until"), null=True, blank=True, help_text=_("Empty while still serving.")
    )

    objects = PengurusQuerySet.as_manager()

    class Meta:
        verbose_name = _("pengurus")
        verbose_name_plural = _("pengurus")
        ordering = ["wksbm_id", "active_from", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(active_to__isnull=True) | Q(active_to__gt=models.F("active_from")),
                name="pengurus_term_ends_after_it_starts",
            ),
            models.UniqueConstraint(
                fields=["user", "wksbm"],
                condition=Q(active_to__isnull=True),
                name="one_open_term_per_user_and_wksbm",
            ),
        ]

    def __str__(self):
        return f"{self.user.name}, {self.get_jabatan_display()} {self.wksbm}"

    def clean(self):
        if self.active_to and self.active_from and self.active_to <= self.active_from:
            raise ValidationError({"active_to": _("The end date must be after the start date.")})

    @property
    def role_weight(self) -> int:
        return 2 if self.jabatan in CORE_JABATAN else 1

    def is_active_on(self, day: datetime.date) -> bool:
        return self.active_from <= day and (self.active_to is None or self.active_to > day)
