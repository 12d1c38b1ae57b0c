"""公文 (official document) model and GB/T 9704-2012 renderers.

Framework-free: nothing here imports Django, so the command line and the web
app share one implementation and the tests run in milliseconds.
"""

from zhongshu.gongwen.model import (  # noqa: F401
    Attachment,
    Block,
    BlockKind,
    Document,
    Problem,
)
from zhongshu.gongwen.doctypes import DOCTYPES, DocType, Format  # noqa: F401
from zhongshu.gongwen.parse import SourceError, document_from_json, document_to_json, parse_source  # noqa: F401
from zhongshu.gongwen.validate import validate, errors_of  # noqa: F401


def render_docx(doc, out=None, fonts=None):
    """Render to DOCX. `out` is a path, a binary file, or None (returns bytes)."""
    from zhongshu.gongwen.docx_render import render_docx as run

    return run(doc, out, fonts=fonts)


def render_pdf(doc, out=None, fonts=None):
    """Render to PDF. `out` is a path, a binary file, or None (returns bytes)."""
    from zhongshu.gongwen.pdf_render import render_pdf as run

    return run(doc, out, fonts=fonts)
