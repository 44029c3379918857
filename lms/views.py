from django.core.exceptions import PermissionDenied
from django.http import Http404

from wagtail.admin.views.reports.audit_logging import LogEntriesView


class SiteHistoryView(LogEntriesView):
    """Wagtail's site history, for superusers only.

    It lists log entries by content type, not by region, so office staff would read
    the changes other offices made to their WKSBM and pengurus. Each object's own
    history view stays available inside the user's scope.
    """

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_superuser:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


def not_found_view(request):
    """For Wagtail's deliberate-crash page (admin/failwhale/): no signed-in user gets a 500."""
    raise Http404
