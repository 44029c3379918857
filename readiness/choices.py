from django.db import models
from django.utils.translation import gettext_lazy as _


class Level(models.TextChoices):
    """A WKSBM's readiness level (DESIGN section 4 rule 8), in the order reports list them."""

    READY = "siap", _("Ready")
    ALMOST_READY = "hampir_siap", _("Almost ready")
    NEEDS_PEMBINAAN = "perlu_pembinaan", _("Needs pembinaan")
    NOT_ENOUGH_DATA = "data_belum_cukup", _("Not enough data")
