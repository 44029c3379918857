from django.core.exceptions import PermissionDenied
from django.http import Http404

from wagtail.admin.views.chooser import ExternalLinkView
from wagtail.admin.views.reports.audit_logging import LogEntriesView

EXTERNAL_LINK_FIELD = f"{ExternalLinkView.form_prefix}-url"


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


def external_link_chooser_view(request):
    """Wagtail's external link chooser, whose form crashes on a POST without its url field: a
    missing field is sent on as empty, so the form answers "required" instead of a 500."""
    if request.method == "POST" and EXTERNAL_LINK_FIELD not in request.POST:
        request.POST = request.POST.copy()
        request.POST[EXTERNAL_LINK_FIELD] = ""
    return ExternalLinkView.as_view()(request)
