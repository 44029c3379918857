from django.contrib.auth.backends import ModelBackend
from django.core.exceptions import PermissionDenied, ValidationError

from .phone import normalize_phone
from .roles import ROLE_PERMISSIONS
from .throttle import PASSWORD, sign_in_wait


class PhoneNumberBackend(ModelBackend):
    """Log in with a phone number written any common way; grant the role's permissions."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is not None and sign_in_wait(request, PASSWORD, username or kwargs.get("phone")):
            raise PermissionDenied  # throttled: stop before any password hash is checked
        try:
            phone = normalize_phone(username or kwargs.get("phone", ""))
        except ValidationError:
            return None
        return super().authenticate(request, username=phone, password=password)

    def get_all_permissions(self, user_obj, obj=None):
        permissions = super().get_all_permissions(user_obj, obj)
        if not user_obj.is_active or user_obj.is_anonymous or obj is not None:
            return permissions
        return {*permissions, *ROLE_PERMISSIONS.get(user_obj.role, ())}
