"""The audit log of credential changes (`CredentialEvent`): every registration, login or reset
card, change of name or number, and activation is recorded where it happens."""

from .models import CredentialEvent, User


def credential_events_record(
    *, people: list[User], action: str, actor: User | None, detail: str = "", at=None
) -> None:
    fields = {"action": action, "actor": actor if actor and actor.pk else None, "detail": detail[:255]}
    if at is not None:
        fields["at"] = at
    CredentialEvent.objects.bulk_create(CredentialEvent(person=person, **fields) for person in people)
