"""Due-scanners run by `zhongshu worker`: 报送期限 reminders, idempotent by dedup_key."""

from __future__ import annotations

from datetime import timedelta

from zhongshu.notifications.schedule import register_scanner

from .choices import InState

OPEN = (InState.REGISTERED, InState.SCREENED, InState.PROPOSED, InState.HANDLING)
# Reminders are looked for this far ahead; the per-document lead time is in working days.
HORIZON = timedelta(days=60)


def _recipients(doc):
    from .common import unit_people

    people = []
    for a in doc.assignments.all():
        if a.replied_at is None or a.role == "main":
            people += unit_people(a.unit_id, clearance=doc.classification)
    if not people and doc.registered_by:
        people = [doc.registered_by]
    return people


@register_scanner("documents.report_due", every_seconds=60)
def scan_report_due(now) -> int:
    """A 报送期限 is chased N working days before (N per document), and once when missed."""
    from django.urls import reverse

    from zhongshu.calendars.services import remind_before
    from zhongshu.notifications.services import notify

    from .models import Incoming

    n = 0
    rows = Incoming.objects.filter(report_due__isnull=False, report_due__lte=now + HORIZON, state__in=OPEN).prefetch_related("assignments")
    for doc in rows.iterator(chunk_size=500):
        link = reverse("documents-in-detail", kwargs={"pk": doc.pk})
        stamp = f"{doc.report_due:%Y%m%d%H%M}"
        local_due = doc.report_due.astimezone(now.tzinfo) if now.tzinfo else doc.report_due
        if doc.report_due <= now:
            n += len(notify(recipients=_recipients(doc), title=f"已超过报送期限：{doc.title}", body=f"报送期限为{local_due:%Y-%m-%d %H:%M}，请立即报送。", link=link, urgent=True, classification=doc.classification, dedup_key=f"documents:in:{doc.pk}:report-overdue:{stamp}"))
        elif remind_before(doc.report_due, doc.report_remind_days) <= now:
            n += len(notify(recipients=_recipients(doc), title=f"报送期限临近：{doc.title}", body=f"请于{local_due:%Y-%m-%d %H:%M}前报送（{doc.number}）。", link=link, classification=doc.classification, dedup_key=f"documents:in:{doc.pk}:report-remind:{stamp}:{doc.report_remind_days}"))
    return n
