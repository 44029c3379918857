from wagtail.models import Page, PageViewRestriction
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
    return bool(viewable_pages([page], request))


def viewable_pages(pages, request) -> list:
    """The pages among `pages` that Wagtail's privacy settings let this request see, in a constant
    number of queries whatever their number (one more per level of alias of an alias). Wagtail's
    rule (`Page.get_view_restrictions`): a page's own restrictions and its ancestors' apply, an
    alias's (page or ancestor) being those of its source page."""
    pages = list(pages)
    if not pages:
        return []
    step = Page.steplen
    chains = {page.pk: [page.path[:end] for end in range(step, len(page.path) + 1, step)] for page in pages}
    rows = Page.objects.filter(path__in={path for chain in chains.values() for path in chain})
    pk_by_path, alias_of = {}, {}
    for path, pk, source in rows.values_list("path", "pk", "alias_of"):
        pk_by_path[path], alias_of[pk] = pk, source
    unknown = {source for source in alias_of.values() if source and source not in alias_of}
    while unknown:
        found = dict(Page.objects.filter(pk__in=unknown).values_list("pk", "alias_of"))
        alias_of.update({pk: found.get(pk) for pk in unknown})
        unknown = {source for source in found.values() if source and source not in alias_of}

    def original(pk):
        seen = set()
        while alias_of.get(pk) and pk not in seen:
            seen.add(pk)
            pk = alias_of[pk]
        return pk

    checked = {
        page_pk: {original(pk_by_path[path]) for path in chain if path in pk_by_path}
        for page_pk, chain in chains.items()
    }
    restrictions = PageViewRestriction.objects.filter(page_id__in=set().union(*checked.values()))
    refused = {
        restriction.page_id
        for restriction in restrictions.prefetch_related("groups")
        if not restriction.accept_request(request)
    }
    return [page for page in pages if not checked[page.pk] & refused]
