from django.urls import NoReverseMatch, reverse

from zhongshu.org.choices import UnitKind

from .nav import ENTRIES


def org_name() -> str:
    """The organisation's name in the header: the office's setting, else the
    first 本机关 unit. Cached for a minute: it changes once in years."""
    from django.core.cache import cache

    from zhongshu.core.models import Setting
    from zhongshu.org.models import Unit

    name = cache.get("zhongshu:org_name")
    if name is None:
        name = Setting.objects.filter(key="org_name").values_list("value", flat=True).first()
        name = str(name) if name else (Unit.objects.filter(kind=UnitKind.SELF).order_by("order").values_list("name", flat=True).first() or "")
        cache.set("zhongshu:org_name", name, 60)
    return name


def navigation(request):
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    groups: dict[str, list] = {}
    path = request.path
    for entry in ENTRIES:
        if not entry.visible(user):
            continue
        try:
            url = reverse(entry.url_name)
        except NoReverseMatch:
            continue
        groups.setdefault(entry.group, []).append({"label": entry.label, "url": url, "on": False})
    # Highlight the one entry whose address is the longest prefix of this page's.
    items = [item for group in groups.values() for item in group]
    matches = [i for i in items if i["url"] == path or (i["url"] != "/" and path.startswith(i["url"]))]
    if matches:
        max(matches, key=lambda i: len(i["url"]))["on"] = True
    unread = 0
    if not user.admin_role:
        from zhongshu.notifications.selectors import my_notifications

        # The badge counts to 99 ("99+"): no need to count a backlog of thousands.
        unread = my_notifications(user).filter(read_at__isnull=True).order_by()[:100].count()
    return {"nav": [{"title": t, "items": items} for t, items in groups.items()], "nav_unread": unread, "org_name": org_name()}
