from django.http import HttpResponse
from django.urls import path

from lms.urls import urlpatterns as site_urlpatterns


def bare_view(request):
    """The yardstick: Django's full middleware stack and nothing else."""
    return HttpResponse("ok")


urlpatterns = [path("bench/bare/", bare_view), *site_urlpatterns]
