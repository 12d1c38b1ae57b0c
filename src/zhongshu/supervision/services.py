"""Every write of 督查督办. Keyword-only ``<entity>_<action>`` functions: lock
the row, check the transition (workflow.py), save, write the history row and
the audit entry, queue to-dos and notifications — all in one transaction."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, transaction
from django.utils import timezone

from zhongshu.accounts.choices import Role
from zhongshu.accounts.models import User
from zhongshu.audit.services import audit_record
from zhongshu.calendars.services import get_calendar
from zhongshu.core.access import VIEW, can
from zhongshu.core.choices import Urgency
from zhongshu.core.errors import NotFound, PermissionDenied, ServiceError
from zhongshu.core.models import Grant, Setting
from zhongshu.notifications.services import notify
from zhongshu.todo.models import TodoStatus
from zhongshu.todo.services import todo_close, todo_open

from . import config, files, plan, workflow
from .choices import Action, DeadlineMode, Frequency, ItemStatus, Level, SourceKind, TaskStatus
from .models import Attachment, Event, Item, Report, Task, quadrant_of

TODO_UNIT, TODO_REVIEW = "督办事项", "督办审核"


# --- helpers ---------------------------------------------------------------------

def _now(now: datetime | None) -> datetime:
    return now or timezone.now()


def _history(*, task, item=None, action, from_status="", to_status="", actor, reason="", now) -> Event:
    return Event.objects.create(task=task, item=item, action=action, from_status=from_status, to_status=to_status,
                                actor=actor, actor_name=str(actor) if actor else "系统", reason=reason, at=now)


def _lock_item(item: Item) -> Item:
    locked = Item.objects.select_for_update(of=("self",)).select_related("task", "lead_unit", "assignee").filter(pk=item.pk).first()
    if locked is None:
        raise NotFound("督办子项不存在")
    return locked


def _lock_task(task: Task) -> Task:
    locked = Task.objects.select_for_update().filter(pk=task.pk).first()
    if locked is None:
        raise NotFound("督办事项不存在")
    return locked


def _visible(actor, obj) -> None:
    if actor is not None and not can(actor, obj, VIEW):
        raise PermissionDenied("无权办理此事项")


def unit_people(item: Item) -> list[User]:
    """Who acts for the lead unit: the 责任人, else the unit's 承办人."""
    people = User.objects.filter(is_active=True, clearance__gte=item.classification)
    if item.assignee_id:
        return list(people.filter(pk=item.assignee_id))
    return list(people.filter(unit_id=item.lead_unit_id, role_assignments__role=Role.HANDLER).distinct())


def unit_head(unit_id: int) -> User | None:
    from zhongshu.org.models import Post

    post = Post.objects.filter(unit_id=unit_id, holder__is_active=True).select_related("holder").order_by("rank", "id").first()
    return post.holder if post else None


def refresh_schedule(item: Item, now: datetime, cfg: dict | None = None, calendar=None, report_times: list[datetime] | None = None) -> plan.Plan:
    """Recompute what is due on the item and when the scanner looks next
    (``report_times``: the item's report times, if the caller loaded them)."""
    if report_times is not None:
        times = report_times
    else:
        times = list(item.reports.values_list("created_at", flat=True)) if item.pk else []
    result = plan.plan(status=item.status, assigned_at=item.assigned_at, due_at=item.due_at, level=item.level,
                       report_times=times, frequency=item.frequency, milestones=item.milestones,
                       cfg=cfg or config.load(), calendar=calendar or get_calendar(), now=now)
    item.next_check_at = now if result.due_now else result.next_check_at
    return result


def _item_link(item) -> str:
    return item.get_absolute_url()


def _open_unit_todos(item: Item, now: datetime, label: str = "办理") -> None:
    for person in unit_people(item):
        todo_open(owner=person, kind=TODO_UNIT, title=f"督办：{item.title}", link=_item_link(item), source=item, action_label=label,
                  urgency=item.task.urgency, quadrant=item.quadrant, classification=item.classification, due_at=item.due_at, started_at=now)


def _grant(obj, unit_id: int, action: str, actor) -> None:
    ct = ContentType.objects.get_for_model(type(obj))
    if not Grant.objects.filter(content_type=ct, object_id=obj.pk, unit_id=unit_id, action=action).exists():
        Grant.objects.create(content_type=ct, object_id=obj.pk, unit_id=unit_id, action=action, reason="督办责任单位", granted_by=actor)


# --- 立项 and 分解 -----------------------------------------------------------------

def _next_number(year: int) -> str:
    prefix = f"督〔{year}〕"
    taken = Task.objects.filter(number__startswith=prefix).values_list("number", flat=True)
    n = max((int(x[len(prefix):-1]) for x in taken if x[len(prefix):-1].isdigit()), default=0) + 1
    return f"{prefix}{n}号"


def task_register(*, actor: User, title: str, source_kind: str, instruction: str = "", instructing_leader: User | None = None,
                  instructed_on: date | None = None, source_type: str = "", source_id: str = "", source_title: str = "",
                  important: bool = True, urgency: str = Urgency.NORMAL, classification: int = 0, now: datetime | None = None) -> Task:
    """立项: register a 督办事项 from one of the four sources."""
    now = _now(now)
    if not actor.has_role(Role.SUPERVISOR):
        raise PermissionDenied("只有督查专员可以立项")
    title = (title or "").strip()
    if not title:
        raise ServiceError("请填写事项名称", field="title")
    kind = SourceKind(source_kind)
    if kind == SourceKind.INSTRUCTION and (not instruction.strip() or instructing_leader is None):
        raise ServiceError("领导批示须填写批示内容和批示领导", field="instruction")
    if classification > actor.clearance:
        raise PermissionDenied("事项密级不能高于您的涉密等级")
    with transaction.atomic():
        for _ in range(5):
            try:
                with transaction.atomic():
                    task = Task.objects.create(
                        number=_next_number(timezone.localtime(now).year), title=title, source_kind=kind, instruction=instruction.strip(),
                        instructing_leader=instructing_leader, instructed_on=instructed_on, source_type=source_type, source_id=str(source_id or ""),
                        source_title=source_title, important=important, urgency=Urgency(urgency), classification=classification,
                        created_by=actor, office_unit=actor.unit, created_at=now)
                break
            except IntegrityError:
                continue
        else:
            raise ServiceError("编号冲突，请重试")
        _history(task=task, action=Action.REGISTER, to_status=task.status, actor=actor, now=now)
        audit_record(actor=actor, action="supervision.register", summary=f"立项：{task.number} {title}", obj=task, data={"source": kind.value})
    return task


def item_add(*, actor: User, task: Task, title: str, target: str, lead_unit, co_units=(), assignee: User | None = None,
             deadline_mode: str = DeadlineMode.WORKING_DAYS, deadline_days: int | None = None, due_date: date | None = None,
             frequency: str = Frequency.ONCE, milestones: list | None = None, now: datetime | None = None) -> Item:
    """分解: add a sub-item with its 牵头单位, 责任人, 时限, target and feedback schedule."""
    now = _now(now)
    with transaction.atomic():
        task = _lock_task(task)
        _visible(actor, task)
        workflow.check_task(task.status, Action.DECOMPOSE, workflow.relations(actor))
        if not (title or "").strip():
            raise ServiceError("请填写分解事项", field="title")
        if not (target or "").strip():
            raise ServiceError("请填写可衡量的目标要求", field="target")
        mode = DeadlineMode(deadline_mode)
        if mode == DeadlineMode.WORKING_DAYS and (deadline_days is None or not 1 <= int(deadline_days) <= 365):
            raise ServiceError("时限须为 1～365 个工作日", field="deadline_days")
        if mode == DeadlineMode.DATE and (due_date is None or due_date <= timezone.localtime(now).date()):
            raise ServiceError("完成时限须晚于今天", field="due_date")
        if assignee is not None and assignee.unit_id != lead_unit.pk:
            raise ServiceError("责任人须为牵头单位人员", field="assignee")
        if assignee is not None and assignee.clearance < task.classification:
            raise ServiceError("责任人的涉密等级低于事项密级", field="assignee")
        freq = Frequency(frequency)
        if freq == Frequency.MILESTONES and not milestones:
            raise ServiceError("按节点反馈须填写至少一个节点日期", field="milestones")
        item = Item.objects.create(
            task=task, seq=task.items.count() + 1, title=title.strip(), target=target.strip(), lead_unit=lead_unit, assignee=assignee,
            deadline_mode=mode, deadline_days=deadline_days if mode == DeadlineMode.WORKING_DAYS else None,
            due_date=due_date if mode == DeadlineMode.DATE else None, frequency=freq, milestones=milestones or [],
            classification=task.classification, quadrant=quadrant_of(task.important, task.urgency))
        item.co_units.set([u for u in co_units if u.pk != lead_unit.pk])
        _history(task=task, item=item, action=Action.DECOMPOSE, to_status=item.status, actor=actor, now=now)
        audit_record(actor=actor, action="supervision.decompose", summary=f"分解：{task.number}-{item.seq} {item.title}（牵头：{lead_unit}）", obj=item)
    return item


# --- 交办 --------------------------------------------------------------------------

def task_assign(*, actor: User, task: Task, now: datetime | None = None) -> list[Item]:
    """交办: every draft sub-item goes to its units with a 督办通知单, a to-do and a notification."""
    now = _now(now)
    cfg, cal = config.load(), get_calendar()
    with transaction.atomic():
        task = _lock_task(task)
        _visible(actor, task)
        step = workflow.check_task(task.status, Action.ASSIGN, workflow.relations(actor))
        items = list(task.items.select_for_update().filter(status=ItemStatus.DRAFT).order_by("seq"))
        if not items:
            raise ServiceError("没有待交办的分解事项，请先分解")
        for item in items:
            workflow.check_item(item.status, Action.ASSIGN, workflow.relations(actor, item))
            item.status, item.assigned_at = ItemStatus.ASSIGNED, now
            item.due_at = plan.deadline(mode=item.deadline_mode, days=item.deadline_days, due_date=item.due_date, assigned_at=now, calendar=cal)
            refresh_schedule(item, now, cfg, cal)
            item.save()
            _grant(item, item.lead_unit_id, "change", actor)
            _grant(task, item.lead_unit_id, "view", actor)
            for unit in item.co_units.all():
                _grant(item, unit.pk, "view", actor)
                _grant(task, unit.pk, "view", actor)
            _history(task=task, item=item, action=Action.ASSIGN, from_status=ItemStatus.DRAFT, to_status=item.status, actor=actor, now=now)
            _open_unit_todos(item, now, "签收办理")
            recipients = set(unit_people(item)) | set(User.objects.filter(unit__in=item.co_units.all(), role_assignments__role=Role.HANDLER))
            notify(recipients=recipients, title=f"督办通知：{item.title}", urgent=task.urgency in (Urgency.EXTRA, Urgency.URGENT),
                   body=f"{task.number}。请于{timezone.localtime(item.due_at):%Y年%-m月%-d日 %H:%M}前办结并反馈。目标要求：{item.target}",
                   link=_item_link(item), classification=item.classification, dedup_key=f"sv:{item.pk}:assign:{now:%Y%m%d%H%M%S}")
        from_status = task.status
        task.status = step.to
        task.assigned_at = task.assigned_at or now
        task.save(update_fields=["status", "assigned_at"])
        _history(task=task, action=Action.ASSIGN, from_status=from_status, to_status=task.status, actor=actor, now=now)
        audit_record(actor=actor, action="supervision.assign", summary=f"交办：{task.number}（{len(items)} 项）", obj=task,
                     data={"items": [i.pk for i in items]})
    return items


# --- the unit's side ---------------------------------------------------------------

def _transition(*, actor, item: Item, action: str, reason: str = "", now: datetime) -> tuple[Item, str]:
    """Lock, check and move an item; history and audit. Returns (item, from)."""
    item = _lock_item(item)
    _visible(actor, item)
    if action in workflow.NEEDS_REASON and not reason.strip():
        raise ServiceError(f"请填写{Action(action).label}的理由", field="reason")
    step = workflow.check_item(item.status, action, workflow.relations(actor, item))
    from_status = item.status
    item.status = step.to
    _history(task=item.task, item=item, action=action, from_status=from_status, to_status=item.status, actor=actor, reason=reason.strip(), now=now)
    audit_record(actor=actor, action=f"supervision.{action}", obj=item, summary=f"{Action(action).label}：{item}{'（' + reason.strip()[:80] + '）' if reason.strip() else ''}")
    return item, from_status


def item_sign(*, actor: User, item: Item, now: datetime | None = None) -> Item:
    now = _now(now)
    with transaction.atomic():
        item, _ = _transition(actor=actor, item=item, action=Action.SIGN, now=now)
        item.signed_at = now
        item.save(update_fields=["status", "signed_at"])
    return item


def _add_report(*, actor, item, text, progress, uploads, closing, now) -> Report:
    if not (text or "").strip():
        raise ServiceError("请填写进展情况" if not closing else "请填写办结情况", field="text")
    try:
        progress = int(progress or 0)
    except (TypeError, ValueError):
        raise ServiceError("完成进度须为 0～100 的整数", field="progress") from None
    if not 0 <= progress <= 100:
        raise ServiceError("完成进度须为 0～100 的整数", field="progress")
    uploads = list(uploads or [])
    files.check_count(uploads)
    report = Report.objects.create(item=item, author=actor, text=text.strip(), progress=100 if closing else progress, closing=closing, created_at=now)
    for upload in uploads:
        Attachment.objects.create(report=report, **files.store(upload))
    item.last_report_at = now
    return report


def item_report(*, actor: User, item: Item, text: str, progress: int = 0, uploads=(), now: datetime | None = None) -> Report:
    """反馈: progress with text and attachments; a first report also signs for the item."""
    now = _now(now)
    with transaction.atomic():
        item, from_status = _transition(actor=actor, item=item, action=Action.REPORT, now=now)
        report = _add_report(actor=actor, item=item, text=text, progress=progress, uploads=uploads, closing=False, now=now)
        if from_status == ItemStatus.ASSIGNED:
            item.signed_at = now
        refresh_schedule(item, now)
        item.save(update_fields=["status", "signed_at", "last_report_at", "next_check_at"])
        notify(recipients=[item.task.created_by], title=f"督办反馈：{item.title}（{item.lead_unit.label}）", body=report.text[:200],
               link=_item_link(item), classification=item.classification)
    return report


def item_apply(*, actor: User, item: Item, text: str, uploads=(), now: datetime | None = None) -> Report:
    """申请办结 with evidence; the 督查专员 checks it."""
    now = _now(now)
    with transaction.atomic():
        item, _ = _transition(actor=actor, item=item, action=Action.APPLY, now=now)
        uploads = list(uploads or [])
        if not uploads and len((text or "").strip()) < 10:
            raise ServiceError("申请办结须附佐证材料，或写明不少于 10 字的办结情况", field="files")
        report = _add_report(actor=actor, item=item, text=text, progress=100, uploads=uploads, closing=True, now=now)
        item.applied_at = now
        refresh_schedule(item, now)
        item.save(update_fields=["status", "applied_at", "last_report_at", "next_check_at"])
        todo_close(source=item, kind=TODO_UNIT)
        todo_open(owner=item.task.created_by, kind=TODO_REVIEW, title=f"审核办结：{item.title}", link=_item_link(item), source=item,
                  action_label="审核", urgency=item.task.urgency, quadrant=item.quadrant, classification=item.classification, started_at=now)
        notify(recipients=[item.task.created_by], title=f"申请办结：{item.title}（{item.lead_unit.label}）", link=_item_link(item),
               classification=item.classification)
    return report


# --- the 督查室's side ----------------------------------------------------------------

def item_accept(*, actor: User, item: Item, comment: str = "", now: datetime | None = None) -> Item:
    """审核通过: the item is closed; on time if the application came before the deadline."""
    now = _now(now)
    with transaction.atomic():
        item, _ = _transition(actor=actor, item=item, action=Action.ACCEPT, reason=comment, now=now)
        item.closed_at = now
        item.on_time = bool(item.applied_at and item.due_at and item.applied_at <= item.due_at)
        item.next_check_at = None
        item.save(update_fields=["status", "closed_at", "on_time", "next_check_at"])
        todo_close(source=item)
        notify(recipients=unit_people(item), title=f"督办事项已办结：{item.title}", link=_item_link(item), classification=item.classification)
        _maybe_finish(item.task, actor, now)
    return item


def item_send_back(*, actor: User, item: Item, reason: str, now: datetime | None = None) -> Item:
    now = _now(now)
    with transaction.atomic():
        item, _ = _transition(actor=actor, item=item, action=Action.SEND_BACK, reason=reason, now=now)
        item.applied_at = None
        refresh_schedule(item, now)
        item.save(update_fields=["status", "applied_at", "next_check_at"])
        todo_close(source=item, kind=TODO_REVIEW)
        _open_unit_todos(item, now, "继续办理")
        notify(recipients=unit_people(item), title=f"办结申请被退回：{item.title}", body=f"退回理由：{reason.strip()}", link=_item_link(item),
               classification=item.classification)
    return item


def item_reopen(*, actor: User, item: Item, reason: str, deadline_days: int | None = None, now: datetime | None = None) -> Item:
    """Re-open a closed item, optionally with a new deadline in working days."""
    now = _now(now)
    with transaction.atomic():
        item, _ = _transition(actor=actor, item=item, action=Action.REOPEN, reason=reason, now=now)
        item.closed_at = item.applied_at = item.on_time = None
        if deadline_days:
            item.deadline_mode, item.deadline_days, item.due_date = DeadlineMode.WORKING_DAYS, int(deadline_days), None
            item.assigned_at = now
            item.due_at = plan.deadline(mode=item.deadline_mode, days=item.deadline_days, due_date=None, assigned_at=now, calendar=get_calendar())
        item.level = Level.NONE if (item.due_at and item.due_at > now) else item.level
        refresh_schedule(item, now)
        item.save()
        _open_unit_todos(item, now, "重新办理")
        notify(recipients=unit_people(item), title=f"督办事项重新启动：{item.title}", body=f"理由：{reason.strip()}", link=_item_link(item),
               classification=item.classification)
        task = _lock_task(item.task)
        if task.status == TaskStatus.DONE:
            workflow.check_task(task.status, Action.REOPEN, frozenset({workflow.SYSTEM}))
            task.status, task.done_at = TaskStatus.ACTIVE, None
            task.save(update_fields=["status", "done_at"])
            _history(task=task, action=Action.REOPEN, from_status=TaskStatus.DONE, to_status=task.status, actor=actor, reason=reason, now=now)
    return item


def item_cancel(*, actor: User, item: Item, reason: str, now: datetime | None = None) -> Item:
    now = _now(now)
    with transaction.atomic():
        item, _ = _transition(actor=actor, item=item, action=Action.CANCEL, reason=reason, now=now)
        item.next_check_at = None
        item.save(update_fields=["status", "next_check_at"])
        todo_close(source=item, status=TodoStatus.CANCELLED)
        _maybe_finish(item.task, actor, now)
    return item


def item_chase(*, actor: User, item: Item, text: str = "", now: datetime | None = None):
    """人工催办 by the 督查室 (the automatic ones are in tasks.py)."""
    from .chasing import chase_send

    now = _now(now)
    with transaction.atomic():
        item, _ = _transition(actor=actor, item=item, action=Action.CHASE, reason=text, now=now)
        n = item.chases.filter(kind="manual").count() + 1
        occasion = plan.Occasion(f"manual:{now:%Y%m%d%H%M%S}:{n}", "manual", now, name=(text or "").strip()[:60] or "请加快办理进度",
                                 notify=("assignee", "unit"))
        chase = chase_send(item=item, occasion=occasion, actor=actor, now=now)
        if chase is None:
            raise ServiceError("刚刚已催办过，请稍后再试")
        return chase


def _maybe_finish(task: Task, actor, now) -> None:
    """When every sub-item is closed (or cancelled), the task is done."""
    task = _lock_task(task)
    if task.status != TaskStatus.ACTIVE:
        return
    if task.items.exclude(status__in=[ItemStatus.CLOSED, ItemStatus.CANCELLED]).exists() or not task.items.filter(status=ItemStatus.CLOSED).exists():
        return
    step = workflow.check_task(task.status, Action.FINISH, frozenset({workflow.SYSTEM}))
    task.status, task.done_at = step.to, now
    task.save(update_fields=["status", "done_at"])
    _history(task=task, action=Action.FINISH, from_status=TaskStatus.ACTIVE, to_status=task.status, actor=None, now=now)
    audit_record(actor=actor, action="supervision.finish", summary=f"全部办结：{task}", obj=task)


def task_archive(*, actor: User, task: Task, now: datetime | None = None) -> Task:
    now = _now(now)
    with transaction.atomic():
        task = _lock_task(task)
        _visible(actor, task)
        step = workflow.check_task(task.status, Action.ARCHIVE, workflow.relations(actor))
        from_status, task.status = task.status, step.to
        task.save(update_fields=["status"])
        _history(task=task, action=Action.ARCHIVE, from_status=from_status, to_status=task.status, actor=actor, now=now)
        audit_record(actor=actor, action="supervision.archive", summary=f"归档：{task}", obj=task)
    return task


def settings_set(*, actor: User, value: dict) -> dict:
    """Change the 催办 configuration (督查专员 or 办公室主任)."""
    if not actor.has_role(Role.SUPERVISOR, Role.DIRECTOR):
        raise PermissionDenied("只有督查专员或办公室主任可以修改催办设置")
    if "monthly_bulletin" not in value:  # a client that does not know the switch leaves it as it is
        value = {**value, "monthly_bulletin": config.load()["monthly_bulletin"]}
    clean = config.validate(value)
    with transaction.atomic():
        Setting.objects.update_or_create(key=config.KEY, defaults={"value": clean, "updated_by": actor})
        audit_record(actor=actor, action="supervision.settings", summary="修改督查催办设置", data=clean)
    return clean


def bulletin_create(*, actor: User, period_start: date, period_end: date, title: str = "", now: datetime | None = None):
    """通报: rank the 牵头单位 over a period (unclassified items only, since the
    通报 goes to every unit)."""
    from zhongshu.core.access import restrict

    from . import stats

    now = _now(now)
    if not actor.has_role(Role.SUPERVISOR):
        raise PermissionDenied("只有督查专员可以生成通报")
    if period_end < period_start:
        raise ServiceError("统计止日不能早于起日", field="period_end")
    items = stats.period_items(restrict(Item.objects.filter(classification=0), actor), period_start, period_end)
    rows = stats.ranking(items, until=min(now, plan.end_of_day(period_end)))
    with transaction.atomic():
        code = (actor.unit.code if actor.unit_id and actor.unit.code else "") or "督"
        bulletin = _bulletin_save(actor=actor, code=code, period_start=period_start, period_end=period_end, rows=rows, now=now,
                                  title=(title or "").strip() or f"关于{period_start:%Y年%-m月%-d日}至{period_end:%Y年%-m月%-d日}督办事项办理情况的通报")
        handlers = User.objects.filter(is_active=True, unit_id__in=[r["unit_id"] for r in rows], role_assignments__role=Role.HANDLER).distinct()
        directors = User.objects.filter(is_active=True, role_assignments__role=Role.DIRECTOR).distinct()
        notify(recipients=set(handlers) | set(directors), title=f"督查通报：{bulletin.title}", link=f"/supervision/bulletins/{bulletin.pk}/")
    return bulletin


def _bulletin_save(*, actor, code: str, period_start: date, period_end: date, rows: list, now: datetime, title: str, period_key: str | None = None):
    from .models import Bulletin

    year = timezone.localtime(now).year
    n = Bulletin.objects.filter(created_at__year=year).count() + 1
    bulletin = Bulletin.objects.create(number=f"{code}通〔{year}〕{n}号", title=title, period_start=period_start, period_end=period_end,
                                       rows=rows, created_by=actor, created_at=now, period_key=period_key)
    audit_record(actor=actor, action="supervision.bulletin", summary=f"生成通报：{bulletin.title}", obj=bulletin,
                 data={"units": len(rows), **({"period_key": period_key} if period_key else {})})
    return bulletin


def monthly_bulletin_key(day: date) -> str:
    """The occasion key of the 通报 for the month before ``day``'s month."""
    last = day.replace(day=1) - timedelta(days=1)
    return f"monthly:{last:%Y-%m}"


def bulletin_monthly(*, now: datetime | None = None):
    """The previous month's 通报, generated by the worker (no actor): the same
    ranking as a 督查专员's 通报 over every unclassified item (the 督查室 sees
    them all), created once per month (``period_key`` is unique; a second
    worker's insert fails and it does nothing). Notifies the director(s) and
    the 督查专员. Returns the bulletin, or None if this month's already exists."""
    from . import stats
    from .models import Bulletin

    now = _now(now)
    today = timezone.localtime(now).date()
    key = monthly_bulletin_key(today)
    if Bulletin.objects.filter(period_key=key).exists():
        return None
    period_end = today.replace(day=1) - timedelta(days=1)
    period_start = period_end.replace(day=1)
    items = stats.period_items(Item.objects.filter(classification=0), period_start, period_end)
    rows = stats.ranking(items, until=min(now, plan.end_of_day(period_end)))
    title = f"{period_end.year}年{period_end.month}月督办事项办理情况通报"
    try:
        with transaction.atomic():  # a savepoint: losing the race rolls back this bulletin only
            bulletin = _bulletin_save(actor=None, code="督", period_start=period_start, period_end=period_end, rows=rows, now=now, title=title, period_key=key)
            people = User.objects.filter(is_active=True, role_assignments__role__in=[Role.DIRECTOR, Role.SUPERVISOR]).distinct()
            notify(recipients=people, title=f"督查通报（自动生成）：{bulletin.title}", link=f"/supervision/bulletins/{bulletin.pk}/",
                   dedup_key=f"supervision:bulletin:{key}")
    except IntegrityError:
        return None
    return bulletin
