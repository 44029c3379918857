from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from assessments.path import learner_modules
from wksbm.models import Pengurus


class HomePage(Page):
    """The site's front page: a welcome for visitors, each user's own start page once logged in."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link", "ol", "ul"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    max_count = 1
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["courses.CourseIndexPage"]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        user = request.user
        if user.is_authenticated:
            context["memberships"] = (
                Pengurus.objects.visible_to_member(user).active().select_related("wksbm__kelurahan__parent")
            )
            modules = learner_modules(user=user, request=request)
            context["assigned"], context["resume"] = modules.assigned, modules.resume
        return context
