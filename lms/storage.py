"""Where uploads are kept when several app servers share them."""

from urllib.parse import urljoin

from django.conf import settings
from django.utils.encoding import filepath_to_uri

from storages.backends.s3 import S3Storage


class AppServedS3Storage(S3Storage):
    """Files kept in a private S3 bucket but linked at the app's own MEDIA_URL, as on disk: the
    app serves them (courses.views.media_view, Wagtail's document view) under the private-media
    rule, pages stay within the Content-Security-Policy, and a phone's offline copy keeps
    working URLs (a signed bucket URL would expire)."""

    def url(self, name, parameters=None, expire=None, http_method=None):
        return urljoin(settings.MEDIA_URL, filepath_to_uri(name))
