from django.templatetags.static import static
from django.utils.html import format_html

from wagtail import hooks

from .admin_scope import ScopedDocumentsAdminAPIViewSet, ScopedImagesAdminAPIViewSet

# Site-wide reports that lms.urls keeps for superusers (lms.views, lms.admin_scope).
SUPERUSER_REPORTS = {"site-history", "page-types-usage"}


@hooks.register("insert_global_admin_js")
def admin_init_script():
    """Starts the widgets Wagtail would start with inline scripts (lms.admin_scripts)."""
    return format_html('<script src="{}" defer></script>', static("js/admin-init.js"))


@hooks.register("construct_reports_menu")
def hide_site_wide_reports_from_office_staff(request, menu_items):
    if not request.user.is_superuser:
        menu_items[:] = [item for item in menu_items if item.name not in SUPERUSER_REPORTS]


# After Wagtail's own registrations (order 0), which these replace.
@hooks.register("construct_admin_api", order=100)
def scope_the_admin_api(router):
    router.register_endpoint("images", ScopedImagesAdminAPIViewSet)
    router.register_endpoint("documents", ScopedDocumentsAdminAPIViewSet)
