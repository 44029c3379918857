from wagtail import hooks

from .admin_scope import ScopedDocumentsAdminAPIViewSet, ScopedImagesAdminAPIViewSet


# After Wagtail's own registrations (order 0), which these replace.
@hooks.register("construct_admin_api", order=100)
def scope_the_admin_api(router):
    router.register_endpoint("images", ScopedImagesAdminAPIViewSet)
    router.register_endpoint("documents", ScopedDocumentsAdminAPIViewSet)
