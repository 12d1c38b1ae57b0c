from django.shortcuts import render
from django.utils import timezone

from zhongshu.accounts.choices import Role
from zhongshu.core.decorators import business_view, role_view
from zhongshu.core.paging import page_of

from .selectors import level, open_todos, overdue_todos


def _rows(page, now):
    for todo in page:
        todo.level = level(todo, now)
    return page


@business_view
def inbox(request):
    now = timezone.now()
    page, query = page_of(request, open_todos(request.user), per_page=30)
    from zhongshu.notifications.selectors import my_notifications

    recent = list(my_notifications(request.user).filter(read_at__isnull=True)[:5])
    return render(request, "todo/inbox.html", {"page": _rows(page, now), "query": query, "recent": recent, "page_title": "我的待办"})


@role_view(Role.DIRECTOR, Role.LEADER)
def overdue(request):
    """The director's view: everything overdue in the office (classified items only if cleared)."""
    now = timezone.now()
    page, query = page_of(request, overdue_todos(request.user, now))
    return render(request, "todo/overdue.html", {"page": _rows(page, now), "query": query, "page_title": "全办逾期事项"})
