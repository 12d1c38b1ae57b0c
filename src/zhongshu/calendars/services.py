"""The office's working-day calendar: package data plus the office's overrides."""

from __future__ import annotations

from datetime import date

from django.db import transaction

from zhongshu.accounts.choices import AdminRole, Role
from zhongshu.audit.services import audit_record
from zhongshu.core.errors import PermissionDenied, ServiceError

from .models import DayKind, HolidayOverride


def _may_edit(actor) -> bool:
    return actor.admin_role == AdminRole.SYSTEM or (not actor.admin_role and actor.has_role(Role.DIRECTOR))


@transaction.atomic
def override_set(*, actor, day: date, kind: str, name: str = "") -> HolidayOverride:
    if not _may_edit(actor):
        raise PermissionDenied("只有系统管理员或办公室主任可以调整节假日")
    kind = DayKind(kind)
    if kind == DayKind.WORKDAY and day.weekday() < 5:
        raise ServiceError(f"{day:%Y年%-m月%-d日}本就是工作日，无需设为调休上班")
    obj, created = HolidayOverride.objects.update_or_create(date=day, defaults={"kind": kind, "name": name.strip(), "created_by": actor})
    audit_record(actor=actor, action="calendars.override", summary=f"{day.isoformat()} 设为{kind.label}{('（' + name + '）') if name else ''}", obj=obj)
    return obj


def get_calendar():
    """The national calendar with this office's overrides applied."""
    from zhongshu.workdays import Calendar

    return Calendar.with_overrides(list(HolidayOverride.objects.all()))


def year_covered(year: int) -> bool:
    return get_calendar().is_covered(year)


def special_days(year: int) -> list[dict]:
    """Holidays and 调休 working days of a year, for the page."""
    cal = get_calendar()
    overridden = set(HolidayOverride.objects.filter(date__year=year).values_list("date", flat=True))
    day = date(year, 1, 1)
    out = []
    while day.year == year:
        info = cal.day_info(day)
        if info.kind in ("holiday", "workday"):
            out.append({"date": day, "working": info.is_working, "name": info.name, "override": day in overridden})
        day = date.fromordinal(day.toordinal() + 1)
    return out


def urgency_rules():
    """The office's urgency tiers (Setting "urgency_rules"), over the defaults."""
    from zhongshu.core.models import Setting
    from zhongshu.workdays import UrgencyRules

    value = Setting.objects.filter(key="urgency_rules").values_list("value", flat=True).first()
    return UrgencyRules.from_dict(value) if value else UrgencyRules.default()


def due_for(received, urgency: str):
    """Default handling deadline for an item received at ``received`` with ``urgency``."""
    from zhongshu.workdays import due_at

    return due_at(received, urgency, urgency_rules(), calendar=get_calendar())


def add_working_days(start, n: int):
    return get_calendar().add_working_days(start, n)


def remind_before(due, working_days_before: int):
    from zhongshu.workdays import remind_at

    return remind_at(due, working_days_before, calendar=get_calendar())
