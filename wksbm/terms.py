"""A pengurus changes jabatan, moves to another WKSBM, or leaves: the current term ends and, unless
they leave, a new one starts the same day. Terms are never rewritten, so history (attempts,
certificates, past roles) stays, and reports count each person where they serve on the day."""

import datetime

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from .models import Pengurus, Wksbm


def pengurus_term_change(
    *, term: Pengurus, on: datetime.date, jabatan: str | None = None, wksbm: Wksbm | None = None
) -> Pengurus | None:
    """End `term` on `on` and start the new term (another jabatan and/or WKSBM) that day.

    With neither `jabatan` nor `wksbm` the pengurus leaves and None is returned. Raises
    ValidationError, with nothing written, when the change cannot be made.
    """
    with transaction.atomic():
        term = (
            Pengurus.objects.select_for_update(of=("self",)).select_related("user", "wksbm").get(pk=term.pk)
        )
        if term.active_to is not None:
            raise ValidationError(
                _("This term already ended on %(date)s.") % {"date": date_format(term.active_to)}
            )
        if on <= term.active_from:
            message = _("The date must be after the term started (%(date)s).")
            raise ValidationError(message % {"date": date_format(term.active_from)})
        new = None
        if jabatan is not None or wksbm is not None:
            new = Pengurus(
                user=term.user, wksbm=wksbm or term.wksbm, jabatan=jabatan or term.jabatan, active_from=on
            )
            if (new.wksbm_id, new.jabatan) == (term.wksbm_id, term.jabatan):
                raise ValidationError(_("Choose another position or another WKSBM."))
        term.active_to = on
        term.save(update_fields=["active_to"])
        if new is None:
            return None
        try:
            with transaction.atomic():
                new.save()
        except IntegrityError:
            raise ValidationError(
                _("%(name)s already serves in %(wksbm)s.") % {"name": term.user.name, "wksbm": new.wksbm.name}
            ) from None
        return new
