"""Throttling of password and code guessing (DESIGN section 5, "sign-in abuse").

Failures are counted in the cache by django-ratelimit, in fixed windows of 15 minutes: per
account from one address (5), and per address over every account (20, so a training room behind
one 4G hotspot is not blocked by a few typos). An IPv6 address counts as its /64, the block one
subscriber holds. Once a count is reached, further tries are refused before any password hash or
code is checked, with the minutes to wait. Passwords are counted per account only from one
address, so no one can lock another person out of their account. Activation codes (8 digits,
valid for weeks) also have a ceiling per number over all addresses, 200 a day: guessing one from
many addresses stays hopeless, and shutting a card out takes 200 wrong codes and lasts at most
the rest of that day. The client address is REMOTE_ADDR, or only the header named by
CLIENT_IP_HEADER when the site runs behind a proxy that sets it.
"""

import ipaddress
import math

from django.conf import settings
from django.contrib.auth.signals import user_login_failed
from django.core.exceptions import ValidationError
from django.dispatch import receiver
from django.utils.translation import ngettext

from django_ratelimit.core import get_usage

from .phone import normalize_phone

ACCOUNT_FROM_ADDRESS_RATE = "5/15m"
ADDRESS_RATE = "20/15m"
CODE_PER_NUMBER_RATE = "200/d"
# What is guessed: a password (the site's and the admin's sign-in) or an activation code.
PASSWORD, CODE = "password", "code"


def client_ip(request) -> str:
    """The client's address (an IPv6 one as its /64): the configured proxy header when set and
    present, else REMOTE_ADDR."""
    header = settings.CLIENT_IP_HEADER
    if header and request.META.get(header):
        address = request.META[header].split(",")[-1].strip()  # the address the proxy itself saw
    else:
        address = request.META.get("REMOTE_ADDR") or ""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return address[:64] or "unknown"
    if ip.version == 6:
        return str(ipaddress.ip_network(f"{ip}/64", strict=False).network_address) + "/64"
    return str(ip)


def _account(value) -> str:
    try:
        return normalize_phone(value or "")
    except ValidationError:
        return str(value or "")[:32]


def _usages(request, what: str, account: str, *, increment: bool) -> list[dict]:
    address = client_ip(request)
    checks = [
        (f"sign-in:{what}:account", f"{address}|{_account(account)}", ACCOUNT_FROM_ADDRESS_RATE),
        (f"sign-in:{what}:address", address, ADDRESS_RATE),
    ]
    if what == CODE:
        checks.append((f"sign-in:{what}:number", _account(account), CODE_PER_NUMBER_RATE))
    usages = []
    for group, value, rate in checks:
        usage = get_usage(
            request, group=group, key=lambda _group, _request, v=value: v, rate=rate, increment=increment
        )
        if usage is not None:
            usages.append(usage)
    return usages


def sign_in_wait(request, what: str, account) -> int:
    """Seconds before `request` may try `what` for `account` again; 0 when it may now."""
    return max(
        (
            max(usage["time_left"], 1)
            for usage in _usages(request, what, account, increment=False)
            if usage["count"] >= usage["limit"]
        ),
        default=0,
    )


def sign_in_failed(request, what: str, account) -> None:
    """Count a wrong password or code."""
    _usages(request, what, account, increment=True)


def throttled_error(seconds: int) -> ValidationError:
    minutes = max(1, math.ceil(seconds / 60))
    return ValidationError(
        ngettext(
            "Too many wrong tries. Wait %(minutes)d minute, then try again.",
            "Too many wrong tries. Wait %(minutes)d minutes, then try again.",
            minutes,
        )
        % {"minutes": minutes},
        code="throttled",
    )


@receiver(user_login_failed)
def count_failed_sign_in(sender, credentials, request=None, **kwargs):
    """Every failed authenticate() with a request counts, whichever form called it."""
    if request is not None:
        sign_in_failed(request, PASSWORD, credentials.get("username") or credentials.get("phone"))
