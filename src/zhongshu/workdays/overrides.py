"""Per-date overrides the office enters when the State Council publishes a
year's schedule (or corrects the bundled data).

Stored by the Django side as rows ``(date, kind, name)`` with ``kind`` in
``"holiday"`` / ``"workday"`` — the same strings as ``DayKind`` here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from .errors import OverrideError


class DayKind(StrEnum):
    HOLIDAY = "holiday"  # 放假: not a working day even if Monday–Friday
    WORKDAY = "workday"  # 调休上班: a working day even if Saturday/Sunday


@dataclass(frozen=True, slots=True)
class DayOverride:
    date: dt.date
    kind: DayKind
    name: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "date", _parse_date(self.date))
        object.__setattr__(self, "kind", _parse_kind(self.kind, self.date))
        name = "" if self.name is None else self.name
        if not isinstance(name, str):
            raise OverrideError(f"{self.date} 的名称必须是文字")
        object.__setattr__(self, "name", name.strip())

    def to_dict(self) -> dict[str, str]:
        return {"date": self.date.isoformat(), "kind": self.kind.value, "name": self.name}


@dataclass(frozen=True, slots=True)
class Overrides:
    """An immutable, hashable set of overrides.

    ``days`` replace the bundled data date by date. ``full_years`` are years
    whose bundled data is discarded entirely before ``days`` are applied (use
    it when the bundled schedule for a year is wrong as a whole). A year is
    *covered* if it is in the bundled data, in ``full_years`` or has at least
    one entry in ``days``.
    """

    days: tuple[DayOverride, ...] = ()
    full_years: frozenset[int] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        days = tuple(d if isinstance(d, DayOverride) else _row_to_override(d) for d in self.days)
        by_date: dict[dt.date, DayOverride] = {}
        for d in days:
            seen = by_date.get(d.date)
            if seen is not None and seen != d:
                raise OverrideError(f"{d.date} 重复录入且内容不一致")
            by_date[d.date] = d
        object.__setattr__(self, "days", tuple(sorted(by_date.values(), key=lambda d: d.date)))
        years = frozenset(self.full_years)
        if not all(isinstance(y, int) and not isinstance(y, bool) and 1 <= y <= 9999 for y in years):
            raise OverrideError("整年替换的年份必须是 1–9999 之间的整数")
        object.__setattr__(self, "full_years", years)

    @property
    def years(self) -> frozenset[int]:
        """Years this override set says something about."""
        return self.full_years | {d.date.year for d in self.days}

    @classmethod
    def from_rows(cls, rows: Iterable[Any], *, full_years: Iterable[int] = ()) -> Overrides:
        """Build from rows: ``(date, kind, name)`` tuples, mappings with those
        keys, or objects with those attributes (e.g. model instances)."""
        return cls(days=tuple(_row_to_override(r) for r in rows), full_years=frozenset(full_years))

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Overrides:
        """Inverse of ``to_dict``: ``{"days": [{"date", "kind", "name"}, ...],
        "full_years": [2027, ...]}``; both keys are optional."""
        if not isinstance(data, Mapping):
            raise OverrideError("节假日调整数据格式不正确")
        unknown = set(data) - {"days", "full_years"}
        if unknown:
            raise OverrideError(f"节假日调整数据含有未知字段：{'、'.join(sorted(map(str, unknown)))}")
        return cls.from_rows(data.get("days") or (), full_years=data.get("full_years") or ())

    def to_dict(self) -> dict[str, Any]:
        return {"days": [d.to_dict() for d in self.days], "full_years": sorted(self.full_years)}

    def __bool__(self) -> bool:
        return bool(self.days or self.full_years)


def _row_to_override(row: Any) -> DayOverride:
    if isinstance(row, DayOverride):
        return row
    if isinstance(row, Mapping):
        try:
            return DayOverride(date=row["date"], kind=row["kind"], name=row.get("name") or "")
        except KeyError as exc:
            raise OverrideError(f"节假日调整缺少字段：{exc.args[0]}") from None
    if isinstance(row, (tuple, list)):
        if len(row) not in (2, 3):
            raise OverrideError("节假日调整应为（日期，类型，名称）")
        return DayOverride(*row)
    try:
        return DayOverride(date=row.date, kind=row.kind, name=getattr(row, "name", "") or "")
    except AttributeError:
        raise OverrideError("节假日调整应为（日期，类型，名称）") from None


def _parse_date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        raise OverrideError(f"节假日调整的日期不应带时间：{value}")
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise OverrideError(f"日期格式不正确：{value!r}（应为 YYYY-MM-DD）")


def _parse_kind(value: Any, date: dt.date) -> DayKind:
    try:
        return DayKind(value)
    except ValueError:
        raise OverrideError(f"{date} 的类型不正确：{value!r}（应为 holiday 或 workday）") from None
