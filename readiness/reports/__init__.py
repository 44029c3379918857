"""Readiness and competency reports: the data of each report (selectors), its tables and charts,
and the files made from them (CSV, XLSX, PDF). The admin views live in `readiness.report_views`."""
