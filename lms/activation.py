"""One-time activation codes: how pengurus without email get into their account.

A penyuluh issues codes (for new accounts, printed on login cards; or to reset a forgotten
password); the pengurus enters their phone number and code once and sets a password. A code is
single-use and expires. Wrong tries never kill a code (whoever tried, the card in the pengurus'
hand must keep working); guessing is throttled instead (lms.throttle says how).
`failed_attempts` only counts wrong tries for the record.
"""

import datetime
import hashlib
import hmac
import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from .credentials import credential_events_record
from .models import ActivationCode, CredentialEvent, User
from .phone import normalize_phone

CODE_DIGITS = 8
LIFETIME = {
    ActivationCode.Purpose.ACTIVATE: datetime.timedelta(days=30),  # a card may wait for the next meeting
    ActivationCode.Purpose.RESET: datetime.timedelta(days=3),
}


def _hash(code: str) -> str:
    key = f"activation-code:{settings.SECRET_KEY}".encode()
    return hmac.new(key, code.encode(), hashlib.sha256).hexdigest()


def _digits(code: str) -> str:
    """What people type: spaces and dashes from the card's "1234 5678" grouping are ignored."""
    return "".join(ch for ch in (code or "") if not ch.isspace() and ch != "-")


def format_code(code: str) -> str:
    return f"{code[:4]} {code[4:]}"


def activation_codes_issue(
    *, users: list[User], purpose: str, issued_by: User | None, now: datetime.datetime | None = None
) -> dict[int, str]:
    """A fresh code for each user (replacing any open one); returns user id -> code, the only
    moment the codes exist in clear."""
    now = now or timezone.now()
    codes = {user.pk: "".join(secrets.choice("0123456789") for _ in range(CODE_DIGITS)) for user in users}
    with transaction.atomic():
        ActivationCode.objects.filter(user__in=users, used_at__isnull=True).delete()
        ActivationCode.objects.bulk_create(
            ActivationCode(
                user=user,
                purpose=purpose,
                code_hash=_hash(codes[user.pk]),
                created_at=now,
                expires_at=now + LIFETIME[purpose],
                created_by=issued_by,
            )
            for user in users
        )
        action = (
            CredentialEvent.Action.ACTIVATION_CARD
            if purpose == ActivationCode.Purpose.ACTIVATE
            else CredentialEvent.Action.RESET_CARD
        )
        credential_events_record(people=users, action=action, actor=issued_by, at=now)
    return codes


def activation_code_find(
    *, phone: str, code: str, now: datetime.datetime | None = None
) -> ActivationCode | None:
    """The open, unexpired code of the person with `phone` if `code` is it. A wrong code is counted
    on that person's open code, which stays valid (callers throttle guessing: lms.throttle)."""
    now = now or timezone.now()
    try:
        phone = normalize_phone(phone)
    except ValidationError:
        return None
    candidate = (
        ActivationCode.objects.filter(
            user__phone=phone, user__is_active=True, used_at__isnull=True, expires_at__gt=now
        )
        .select_related("user")
        .first()
    )
    if candidate is None:
        return None
    if hmac.compare_digest(candidate.code_hash, _hash(_digits(code))):
        return candidate
    ActivationCode.objects.filter(pk=candidate.pk).update(failed_attempts=F("failed_attempts") + 1)
    return None


def activation_complete(*, code_id: int, password: str, now: datetime.datetime | None = None) -> User | None:
    """Set the password with a code found earlier, and spend the code; None if it was spent or
    expired in between (a second tab, a double click)."""
    now = now or timezone.now()
    with transaction.atomic():
        code = (
            ActivationCode.objects.select_for_update()
            .filter(pk=code_id, used_at__isnull=True, expires_at__gt=now)
            .select_related("user")
            .first()
        )
        if code is None:
            return None
        code.used_at = now
        code.save(update_fields=["used_at"])
        user = code.user
        user.set_password(password)
        user.save(update_fields=["password"])
        credential_events_record(people=[user], action=CredentialEvent.Action.ACTIVATED, actor=user, at=now)
    return user
