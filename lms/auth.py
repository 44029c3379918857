from django.contrib.auth.backends import ModelBackend
from django.core.exceptions import ValidationError

from .phone import normalize_phone
from .roles import ROLE_PERMISSIONS


class PhoneNumberBackend(ModelBackend):
    """Log in with a phone number written any common way; grant the role's permissions."""

    def authenticate(self, request, username=None, password=None, **kwargs):
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
