from django.urls import include, path

from wagtail import hooks

from . import admin_urls
from .viewsets import WksbmViewSetGroup


@hooks.register("register_admin_viewset")
def register_viewset():
    return WksbmViewSetGroup()


@hooks.register("register_admin_urls")
def register_pengurus_import_urls():
    return [path("wksbm/", include(admin_urls, namespace="wksbm_admin"))]
