"""催办 configuration: the office changes it in core.Setting "supervision"
(on the 催办设置 page); anything missing falls back to the defaults."""

from __future__ import annotations

from copy import deepcopy

from zhongshu.core.errors import ServiceError

KEY = "supervision"
RECIPIENT_KINDS = {
    "assignee": "责任人",
    "unit": "牵头单位承办人",
    "unit_head": "牵头单位主要负责人",
    "supervisor": "立项督查专员",
    "director": "办公室主任",
    "leader": "批示领导",
}
DEFAULTS = {
    # Reminders at the start of working hours, N working days before the due day.
    "remind_before": [3, 1, 0],
    # Escalation once overdue: step k fires N working days after the due day
    # (0 = as soon as the deadline passes), and goes to these people.
    "steps": [
        {"level": 1, "name": "催办", "after_working_days": 0, "notify": ["assignee", "unit", "supervisor"]},
        {"level": 2, "name": "黄牌警示", "after_working_days": 2, "notify": ["assignee", "unit", "unit_head", "supervisor"]},
        {"level": 3, "name": "红牌通报", "after_working_days": 5, "notify": ["assignee", "unit", "unit_head", "supervisor", "director", "leader"]},
    ],
    # Scanner batch per worker cycle.
    "batch": 500,
    # On the first working day of each month the worker generates the previous
    # month's 通报 and tells the director and the 督查专员.
    "monthly_bulletin": True,
}


def load() -> dict:
    from zhongshu.core.models import Setting

    value = Setting.objects.filter(key=KEY).values_list("value", flat=True).first() or {}
    cfg = deepcopy(DEFAULTS)
    cfg.update({k: v for k, v in value.items() if k in DEFAULTS})
    return cfg


def validate(cfg: dict) -> dict:
    """Check a configuration; Chinese messages for the settings page and API."""
    try:
        before = sorted({int(n) for n in cfg.get("remind_before", [])}, reverse=True)
    except (TypeError, ValueError):
        raise ServiceError("到期提醒须为工作日数（整数），如 3,1,0", field="remind_before") from None
    if any(n < 0 or n > 60 for n in before):
        raise ServiceError("到期提醒的工作日数须在 0～60 之间", field="remind_before")
    steps = cfg.get("steps") or []
    if not steps:
        raise ServiceError("至少需要一级逾期催办", field="steps")
    out_steps, last_after = [], -1
    for i, step in enumerate(steps, start=1):
        try:
            after = int(step["after_working_days"])
        except (KeyError, TypeError, ValueError):
            raise ServiceError(f"第{i}级：逾期工作日数须为整数", field="steps") from None
        if after <= last_after:
            raise ServiceError(f"第{i}级：逾期工作日数须大于上一级", field="steps")
        last_after = after
        notify = [n for n in step.get("notify", []) if n in RECIPIENT_KINDS]
        if not notify:
            raise ServiceError(f"第{i}级：至少选择一类送达对象", field="steps")
        name = str(step.get("name") or "").strip() or f"第{i}级催办"
        out_steps.append({"level": i, "name": name[:20], "after_working_days": after, "notify": notify})
    if len(out_steps) > 3:
        raise ServiceError("逾期催办最多三级（催办、黄牌、红牌）", field="steps")
    monthly = cfg.get("monthly_bulletin", DEFAULTS["monthly_bulletin"])
    if isinstance(monthly, str):
        monthly = monthly.strip().lower() in ("1", "true", "on", "yes")
    return {"remind_before": before, "steps": out_steps, "batch": int(cfg.get("batch") or DEFAULTS["batch"]), "monthly_bulletin": bool(monthly)}
