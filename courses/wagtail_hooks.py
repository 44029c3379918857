from wagtail import hooks

from .viewsets import PembinaanViewSetGroup


@hooks.register("register_admin_viewset")
def register_viewset():
    return PembinaanViewSetGroup()
