"""Files, statistics, search and the 五关 review page."""

from __future__ import annotations

import io
import json

from django.contrib import messages
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.utils import timezone

from zhongshu.core.access import restrict
from zhongshu.core.decorators import business_view
from zhongshu.core.errors import ServiceError

from . import render as R
from . import selectors as sel
from . import versions as V
from . import watermark as W
from .common import link_of
from .files import check_upload, log_download
from .models import DocFile, Incoming, Outgoing
from .views_common import int_or_none


@business_view
def file_download(request, pk):
    """A file is served only through a parent the user may see; every download is
    logged. A classified document's file is served as a copy stamped with the
    reader's name, unit and the time (watermark.py); the stored original is
    never changed, and a file that cannot be stamped is not served."""
    row = DocFile.objects.filter(pk=pk).first()
    if row is None:
        raise Http404("未找到或无权查看")
    model, parent_id = (Incoming, row.incoming_id) if row.incoming_id else (Outgoing, row.outgoing_id)
    doc = restrict(model.objects.filter(pk=parent_id), request.user).first()
    if doc is None:
        raise Http404("未找到或无权查看")
    if not doc.classification:
        log_download(actor=request.user, doc=doc, docfile=row)
        return FileResponse(row.file.open("rb"), as_attachment=True, filename=row.name, content_type=row.content_type or "application/octet-stream")
    user, now = request.user, timezone.localtime()
    stamp = W.Stamp(name=user.name or user.username, unit=user.unit.name if user.unit_id else "", at=now, classification=doc.get_classification_display())
    with row.file.open("rb") as fh:
        original = fh.read()
    try:
        name, data, content_type = W.stamped(row.name, original, stamp)
    except W.Unavailable as exc:
        messages.error(request, exc.message)
        return redirect(link_of(doc))
    log_download(actor=user, doc=doc, docfile=row, watermark=stamp.footer)
    response = FileResponse(io.BytesIO(data), as_attachment=True, filename=name, content_type=content_type)
    response["X-Zhongshu-Reader"] = f"{user.pk}@{now:%Y%m%d%H%M%S}"
    return response


@business_view
def stats(request):
    year = int_or_none(request.GET.get("year")) or timezone.localdate().year
    data = sel.statistics(request.user, year=year)
    return render(request, "documents/stats.html", {"s": data, "plan": sel.plan_figures(request.user, year=year), "years": list(range(timezone.localdate().year, timezone.localdate().year - 5, -1)), "page_title": "公文统计"})


@business_view
def search(request):
    q = request.GET.get("q", "").strip()
    ins, outs = sel.search(request.user, q)
    from .search import SHORT_SCAN, is_short

    return render(request, "documents/search.html", {"q": q, "ins": ins, "outs": outs, "short": is_short(q), "short_scan": SHORT_SCAN, "page_title": "公文检索"})


@business_view
def review_page(request):
    """Paste text or upload a .docx; findings highlighted in place; one click accepts a suggestion."""
    text, error, result = "", "", None
    if request.method == "POST":
        text = request.POST.get("text", "").replace("\r\n", "\n")
        upload = request.FILES.get("file")
        try:
            if upload is not None:
                check_upload(upload)
                from zhongshu.review import docx_text

                text = docx_text(upload)
            accept = request.POST.get("accept")
            if accept is not None and request.POST.get("findings"):
                findings = json.loads(request.POST["findings"])
                i = int_or_none(accept)
                if i is not None and 0 <= i < len(findings):
                    text = R.apply(text, findings[i])
            if text.strip():
                result = _review_plain(text)
            else:
                error = "请粘贴文稿或上传 .docx 文件"
        except ServiceError as exc:
            error = exc.message
        except Exception as exc:  # unreadable .docx and the like
            error = f"无法读取文件：{exc}"
    ctx = {"text": text, "error": error, "page_title": "五关审校"}
    if result is not None:
        findings, note = result
        ctx.update({"pieces": R.pieces(text, findings), "findings": R.labelled(findings), "findings_json": json.dumps(findings, ensure_ascii=False), "note": note, "reviewed": True, "errors": sum(f["severity"] == "error" for f in findings)})
    return render(request, "documents/review.html", ctx)


def _review_plain(text: str):
    try:
        from zhongshu.review import review_text
    except Exception:
        return [], "五关审校模块暂不可用"
    return [f.to_dict() for f in review_text(text).findings], ""


__all__ = ["file_download", "stats", "search", "review_page", "V"]
