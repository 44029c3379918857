"""Indonesian mobile numbers: the one normal form users log in with."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from lokal import parse_phone


def normalize_phone(raw: str) -> str:
    """Return `raw` as E.164 (+628...) or raise ValidationError.

    Accepts 08..., 628..., +628... with spaces, dashes, dots or brackets.
    Landlines are refused: pengurus log in with the phone they carry.
    """
    info = parse_phone(raw or "")
    if not info.valid or info.type != "mobile" or not info.e164:
        raise ValidationError(
            _("Enter a valid Indonesian mobile number, for example 0812-3456-7890."),
            code="invalid_phone",
        )
    return info.e164


def display_phone(e164: str) -> str:
    """Format a stored number the way people write it: 0812-3456-7890."""
    info = parse_phone(e164)
    return info.national or e164
