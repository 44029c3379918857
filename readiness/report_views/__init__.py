"""Admin views of the readiness and competency reports, mounted under /admin/reports/."""
