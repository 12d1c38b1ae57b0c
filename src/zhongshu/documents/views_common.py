"""Shared page helpers: running a service from a form, paging without COUNT(*)."""

from __future__ import annotations

from django.contrib import messages
from django.shortcuts import redirect

from zhongshu.core.errors import ServiceError


def run(request, fn, ok: str, back: str, **kwargs):
    """Call a service; show its Chinese error or the success message; redirect back."""
    try:
        fn(actor=request.user, **kwargs)
    except ServiceError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, ok)
    return redirect(back)


class Window:
    """One page of a list, fetched as LIMIT n+1: no COUNT(*) over a million rows."""

    def __init__(self, request, queryset, per_page: int = 50):
        try:
            self.number = max(1, int(request.GET.get("page", 1)))
        except ValueError:
            self.number = 1
        start = (self.number - 1) * per_page
        rows = list(queryset[start : start + per_page + 1])
        self.has_next = len(rows) > per_page
        self.rows = rows[:per_page]
        self.has_previous = self.number > 1
        params = request.GET.copy()
        params.pop("page", None)
        self.query = params.urlencode()

    def __iter__(self):
        return iter(self.rows)

    def __len__(self):
        return len(self.rows)

    def next_page_number(self):
        return self.number + 1

    def previous_page_number(self):
        return self.number - 1


def int_or_none(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def user_or_none(pk):
    from zhongshu.accounts.models import User

    pk = int_or_none(pk)
    return User.objects.filter(pk=pk, is_active=True, admin_role="").first() if pk else None


def units(pks):
    from zhongshu.org.models import Unit

    ids = [int(p) for p in pks if str(p).isdigit()]
    return list(Unit.objects.filter(pk__in=ids)) if ids else []
