"""Errors raised by the working-day calendar. Messages are shown to users, so
they are in Chinese."""

from __future__ import annotations


class WorkdaysError(ValueError):
    """Base class for every error of this package."""


class OverrideError(WorkdaysError):
    """An override row or dict is malformed."""


class YearNotCoveredError(WorkdaysError):
    """A computation needs a year whose holiday schedule is unknown."""

    def __init__(self, years: tuple[int, ...]) -> None:
        self.years = years
        listed = "、".join(f"{y}年" for y in years)
        super().__init__(
            f"{listed}的节假日安排尚未录入，工作日按“周一至周五”推算，可能不准确。"
            "请在国务院办公厅公布安排后录入当年的放假和调休日期。"
        )


class UnknownTierError(WorkdaysError, KeyError):
    """An urgency tier that the rules do not define."""

    def __init__(self, tier: object) -> None:
        self.tier = tier
        super().__init__(f"未定义的紧急程度：{tier}")

    def __str__(self) -> str:  # KeyError would otherwise repr() the message
        return str(self.args[0])


class RuleError(WorkdaysError):
    """An urgency rule or overdue policy is malformed."""
