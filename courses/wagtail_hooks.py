from django.http import Http404

from wagtail import hooks

from .media import media_viewable
from .sections import pages_outside_other_offices
from .viewsets import PembinaanViewSetGroup


@hooks.register("register_admin_viewset")
def register_viewset():
    return PembinaanViewSetGroup()


@hooks.register("construct_page_chooser_queryset")
def hide_other_offices_from_the_page_chooser(pages, request):
    return pages_outside_other_offices(pages, request.user)


@hooks.register("before_serve_document")
def serve_documents_to_their_readers_only(document, request):
    # 404 rather than 403: an outsider learns nothing, not even that the document exists.
    if not media_viewable(document, request):
        raise Http404
