from wagtail import hooks

from .sections import pages_outside_other_offices
from .viewsets import PembinaanViewSetGroup


@hooks.register("register_admin_viewset")
def register_viewset():
    return PembinaanViewSetGroup()


@hooks.register("construct_page_chooser_queryset")
def hide_other_offices_from_the_page_chooser(pages, request):
    return pages_outside_other_offices(pages, request.user)
