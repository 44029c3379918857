from wagtail.permission_policies import ModelPermissionPolicy


class ViewOnlyPermissionPolicy(ModelPermissionPolicy):
    """Staff may list and inspect, never add, change or delete in the admin: these records are
    made by the forms that enforce their rules (a quiz attempt, a field observation)."""

    allowed_actions = ("view",)

    def user_has_permission(self, user, action):
        return action in self.allowed_actions and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class ViewAndChangePermissionPolicy(ViewOnlyPermissionPolicy):
    """As above, but staff with the change permission may amend a record (revoke a certificate)."""

    allowed_actions = ("view", "change")


def page_viewable(page, request) -> bool:
    """Whether Wagtail's privacy settings (login, password, groups) let this request see the page,
    for views that serve a page's content outside Wagtail's own serve view."""
    return all(restriction.accept_request(request) for restriction in page.get_view_restrictions())
