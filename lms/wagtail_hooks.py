from django.templatetags.static import static
from django.utils.html import format_html

from wagtail import hooks


@hooks.register("insert_global_admin_js")
def admin_init_script():
    """Starts the widgets Wagtail would start with inline scripts (lms.admin_scripts)."""
    return format_html('<script src="{}" defer></script>', static("js/admin-init.js"))


@hooks.register("construct_reports_menu")
def hide_site_history_from_office_staff(request, menu_items):
    if not request.user.is_superuser:
        menu_items[:] = [item for item in menu_items if item.name != "site-history"]
