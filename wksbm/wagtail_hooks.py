from wagtail import hooks

from .viewsets import WksbmViewSetGroup


@hooks.register("register_admin_viewset")
def register_viewset():
    return WksbmViewSetGroup()
