from django.urls import include, path

from wagtail import hooks
from wagtail.permissions import register_permission_policy

from lms.models import CredentialEvent
from lms.permissions import ViewOnlyPermissionPolicy

from . import admin_urls
from .choosers import kelurahan_chooser_viewset
from .viewsets import WksbmViewSetGroup

# The account history is written only by the credential actions themselves.
register_permission_policy(CredentialEvent, ViewOnlyPermissionPolicy(CredentialEvent))


@hooks.register("register_admin_viewset")
def register_viewset():
    return WksbmViewSetGroup()


@hooks.register("register_admin_viewset")
def register_kelurahan_chooser():
    return kelurahan_chooser_viewset


@hooks.register("register_admin_urls")
def register_pengurus_import_urls():
    return [path("wksbm/", include(admin_urls, namespace="wksbm_admin"))]
