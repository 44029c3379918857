"""The site's stylesheet, written into every learner page (templates/base.html) instead of linked.

A linked stylesheet blocks the first paint for one more round trip on a slow phone network; the
whole of static/css/site.css is a few KB compressed, so every page carries it in a <style>
element. The Content-Security-Policy admits exactly that text by its hash
(lms.middleware.ContentSecurityPolicyMiddleware), never `'unsafe-inline'`: a nonce would change
with every response, and pages are also served from the lesson page cache and the service worker.
"""

import base64
import hashlib
import os
import re
import threading
from dataclasses import dataclass

from django.contrib.staticfiles import finders

PATH = "css/site.css"
_lock = threading.Lock()
_cached: dict[str, tuple[float, "Stylesheet"]] = {}


@dataclass(frozen=True)
class Stylesheet:
    text: str
    csp_source: str  # "'sha256-...'" for style-src


def _minify(css: str) -> str:
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.DOTALL)
    return re.sub(r"\s*\n\s*", "\n", css).strip()


def site_stylesheet(path: str = PATH) -> Stylesheet:
    """The stylesheet's text and its CSP source; read again when the file changes (development)."""
    filename = finders.find(path)
    mtime = os.stat(filename).st_mtime
    found = _cached.get(filename)
    if found and found[0] == mtime:
        return found[1]
    with open(filename, encoding="utf-8") as file:
        text = _minify(file.read())
    if "</" in text:
        raise ValueError(f"{path} must not contain '</': it would end the <style> element")
    digest = base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()
    stylesheet = Stylesheet(text=text, csp_source=f"'sha256-{digest}'")
    with _lock:
        _cached[filename] = (mtime, stylesheet)
    return stylesheet
