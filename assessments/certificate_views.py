"""The learner's certificate download, and the public page that verifies a certificate's code."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse

from courses.models import CoursePage

from .certificate_pdf import certificate_pdf
from .certificates import NotEligible, certificate_issue, certificate_template_for, normalize_code
from .models import Certificate


@login_required
def certificate_download_view(request, course_id: int):
    course = get_object_or_404(CoursePage.objects.live(), pk=course_id)
    try:
        certificate = certificate_issue(user=request.user, course=course)
    except NotEligible as reason:
        messages.info(request, str(reason))
        return redirect(course.url)
    if certificate.revoked_at:
        return redirect("certificate_verify", code=certificate.code)
    verify_url = request.build_absolute_uri(reverse("certificate_verify", args=[certificate.code]))
    pdf = certificate_pdf(certificate, verify_url=verify_url, template=certificate_template_for(certificate))
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="sertifikat-{certificate.code}.pdf"'
    return response


def certificate_verify_view(request, code: str):
    """Public: what the certificate shows, and whether it is valid; nothing more about the person."""
    certificate = Certificate.objects.filter(code=normalize_code(code)).first()
    return render(
        request,
        "assessments/certificate_verify.html",
        {"certificate": certificate, "code": code},
        status=200 if certificate else 404,
    )
