from django.db import models
from django.utils.translation import gettext_lazy as _


class Pillar(models.TextChoices):
    """The three things pembinaan builds in pengurus; every course has exactly one."""

    KOMITMEN = "komitmen", _("Commitment")
    PENGETAHUAN = "pengetahuan", _("Knowledge")
    KETERAMPILAN = "keterampilan", _("Skills")
