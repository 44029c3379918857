from wagtail import hooks


@hooks.register("construct_reports_menu")
def hide_site_history_from_office_staff(request, menu_items):
    if not request.user.is_superuser:
        menu_items[:] = [item for item in menu_items if item.name != "site-history"]
