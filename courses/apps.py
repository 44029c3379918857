from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    label = "courses"
    verbose_name = _("Courses")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from wagtail.documents import get_document_model
        from wagtail.images import get_image_model
        from wagtail.models import Page, PageViewRestriction
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from wksbm.models import DinsosOffice

        from .page_cache import content_changed
        from .sections import office_created

        post_save.connect(office_created, sender=DinsosOffice, dispatch_uid="office-section")
        # The other signals only invalidate the lesson page cache.
        for signal in (page_published, page_unpublished, post_page_move):
            signal.connect(content_changed, dispatch_uid=f"lesson-cache-{signal}")
        post_delete.connect(content_changed, sender=Page, dispatch_uid="lesson-cache-page-delete")
        for model in (PageViewRestriction, get_image_model(), get_document_model()):
            for signal in (post_save, post_delete):
                uid = f"lesson-cache-{model.__name__}-{id(signal)}"
                signal.connect(content_changed, sender=model, dispatch_uid=uid)
