"""Working-day calendar for deadlines (办理期限, 督办时限, reminders).

Framework-free: this package must not import Django. See docs/workdays.md.
"""

from .errors import OverrideError, RuleError, UnknownTierError, WorkdaysError, YearNotCoveredError
from .hours import WorkingHours
from .overdue import OverdueLevel, OverduePolicy, overdue_level
from .overrides import DayKind, DayOverride, Overrides
from .tz import OFFICE_TZ, local_date, to_local
from .urgency import (
    DEFAULT_RULES,
    RuleKind,
    Urgency,
    UrgencyRule,
    UrgencyRules,
    due_after_working_days,
    due_at,
    remind_at,
    tier_key,
)
from .workcalendar import Calendar, DayInfo

__all__ = [
    "DEFAULT_RULES",
    "OFFICE_TZ",
    "Calendar",
    "DayInfo",
    "DayKind",
    "DayOverride",
    "OverdueLevel",
    "OverduePolicy",
    "OverrideError",
    "Overrides",
    "RuleError",
    "RuleKind",
    "UnknownTierError",
    "Urgency",
    "UrgencyRule",
    "UrgencyRules",
    "WorkdaysError",
    "WorkingHours",
    "YearNotCoveredError",
    "due_after_working_days",
    "due_at",
    "local_date",
    "overdue_level",
    "remind_at",
    "tier_key",
    "to_local",
]
