"""收文 services: every write, keyword-only, one transaction each (条例 第二十四条)."""

from __future__ import annotations

from datetime import datetime

from django.db import transaction
from django.utils import timezone

from zhongshu.accounts.choices import Role
from zhongshu.accounts.models import User
from zhongshu.core.choices import Classification, Urgency
from zhongshu.core.errors import PermissionDenied, ServiceError
from zhongshu.core.models import Grant
from zhongshu.notifications.services import notify

from . import workflow as wf
from .choices import AssignRole, DocType
from .choices import InAction as A
from .choices import InState as S
from .common import assign_work, finish_work, grant, link_of, record, role_people, text_required, unit_people
from .models import Assignment, Circulation, Incoming
from .numbering import next_serial
from .search import index_incoming

TODO = {"register": "收文登记", "screen": "收文初审", "propose": "收文拟办", "instruct": "收文批办", "handle": "收文承办", "read": "收文传阅", "complete": "收文办结"}


def _lock(incoming: Incoming) -> Incoming:
    return Incoming.objects.select_for_update().select_related("unit").get(pk=incoming.pk)


def _step(actor, doc, action):
    return wf.transition(wf.INCOMING, actor, doc, action)


def _office_unit():
    from zhongshu.org.models import Unit

    return Unit.objects.filter(kind="self", is_active=True).order_by("-order").first()


def incoming_sign(*, actor, title: str, source_name: str, unit=None, urgency: str = Urgency.NORMAL, classification: int = Classification.NONE, doctype: str = DocType.TONGZHI, original_number: str = "", copies: int = 1, received_at: datetime | None = None, from_outgoing=None, source_unit=None) -> Incoming:
    """签收: the document arrives. ``actor`` None means delivered by the system (本机关发文)."""
    if actor is not None and not actor.has_role(Role.CLERK, Role.CONFIDENTIAL):
        raise PermissionDenied("只有文书或机要员可以签收来文")
    if actor is not None and classification > actor.clearance:
        raise PermissionDenied("您的涉密等级低于来文密级，请交机要员签收")
    unit = unit or (actor.unit if actor is not None and actor.unit and actor.unit.kind == "self" else None) or _office_unit()
    if unit is None:
        raise ServiceError("未设置本机关单位，无法签收")
    received_at = received_at or timezone.now()
    with transaction.atomic():
        doc = Incoming.objects.create(
            unit=unit, year=timezone.localtime(received_at).year, title=text_required(title, "标题"), source_name=text_required(source_name, "来文单位"),
            source_unit=source_unit, urgency=Urgency(urgency), classification=Classification(classification), doctype=DocType(doctype),
            original_number=original_number.strip(), copies=max(1, int(copies)), received_at=received_at, signed_by=actor, from_outgoing=from_outgoing,
        )
        record(actor=actor, doc=doc, action=A.SIGN, action_label=A.SIGN.label, from_state="")
        index_incoming(doc)
        if actor is not None:
            assign_work(doc=doc, people=[actor], kind=TODO["register"], action_label="登记")
        else:
            people = unit_people(unit.pk, roles=(Role.CLERK, Role.CONFIDENTIAL, Role.HANDLER), clearance=doc.classification)
            assign_work(doc=doc, people=people, kind=TODO["register"], action_label="登记", notice=f"收到来文：{doc.title}")
    return doc


REGISTER_FIELDS = ("title", "source_name", "original_number", "doctype", "classification", "secrecy_period", "urgency", "copies", "summary", "due_at", "report_due", "report_remind_days")


def incoming_register(*, actor, incoming: Incoming, **fields) -> Incoming:
    """登记: 收文号 (per receiving unit and year), the particulars, 办理期限 and 报送期限."""
    unknown = set(fields) - set(REGISTER_FIELDS)
    if unknown:
        raise TypeError(f"unknown fields: {unknown}")
    from zhongshu.calendars.services import due_for

    with transaction.atomic():
        doc = _lock(incoming)
        _step(actor, doc, A.REGISTER)
        for name, value in fields.items():
            if value is not None and value != "":
                setattr(doc, name, value)
        doc.title = text_required(doc.title, "标题")
        doc.urgency = Urgency(doc.urgency)
        doc.classification = Classification(int(doc.classification))
        if doc.classification > actor.clearance:
            raise PermissionDenied("您的涉密等级低于来文密级，请交机要员登记")
        if doc.classification and not doc.secrecy_period:
            raise ServiceError("涉密文件须登记保密期限", field="secrecy_period")
        if not fields.get("due_at"):
            doc.due_at = due_for(doc.received_at, doc.urgency)
        if doc.report_due and doc.report_due < doc.received_at:
            raise ServiceError("报送期限不能早于收文时间", field="report_due")
        doc.serial = next_serial(key=f"in:{doc.unit_id}", year=doc.year)
        doc.registered_by = actor
        from_state, doc.state = doc.state, S.REGISTERED
        doc.save()
        record(actor=actor, doc=doc, action=A.REGISTER, action_label=A.REGISTER.label, from_state=from_state, data={"number": doc.number})
        index_incoming(doc)
        finish_work(doc=doc, kind=TODO["register"])
        assign_work(doc=doc, people=[actor], kind=TODO["screen"], action_label="初审", due_at=doc.due_at)
    return doc


def incoming_screen(*, actor, incoming: Incoming, passed: bool, reason: str = "") -> Incoming:
    """初审: right handler, 行文规则, 文种, format. Returned documents carry reasons."""
    action = A.SCREEN if passed else A.SCREEN_RETURN
    with transaction.atomic():
        doc = _lock(incoming)
        step = _step(actor, doc, action)
        if not passed:
            doc.return_reason = text_required(reason, "退回理由")
        from_state, doc.state = doc.state, step.to
        doc.save()
        record(actor=actor, doc=doc, action=action, action_label=action.label, from_state=from_state, reason=reason)
        finish_work(doc=doc, kind=TODO["screen"])
        if passed:
            assign_work(doc=doc, people=[actor], kind=TODO["propose"], action_label="拟办", due_at=doc.due_at)
    return doc


def incoming_propose(*, actor, incoming: Incoming, proposal: str, leader, main_unit=None, assist_units=()) -> Incoming:
    """拟办: the office proposes who handles it and sends it to a leader for 批办."""
    if leader is None or not leader.has_role(Role.LEADER):
        raise ServiceError("请选择批办领导", field="leader")
    with transaction.atomic():
        doc = _lock(incoming)
        _step(actor, doc, A.PROPOSE)
        if leader.clearance < doc.classification:
            raise ServiceError(f"{leader}的涉密等级低于此件密级，不能呈送批办", field="leader")
        doc.proposal, doc.leader = text_required(proposal, "拟办意见"), leader
        _set_units(doc, main_unit, assist_units)
        from_state, doc.state = doc.state, S.PROPOSED
        doc.save()
        grant(doc=doc, actor=actor, user=leader, action=Grant.Action.CHANGE, reason="批办")
        record(actor=actor, doc=doc, action=A.PROPOSE, action_label=A.PROPOSE.label, from_state=from_state, reason=doc.proposal, data={"leader": leader.pk})
        finish_work(doc=doc, kind=TODO["propose"])
        assign_work(doc=doc, people=[leader], kind=TODO["instruct"], action_label="批办", due_at=doc.due_at, notice=f"请批示：{doc.title}")
    return doc


def _set_units(doc, main_unit, assist_units) -> None:
    if main_unit is None:
        return
    doc.assignments.all().delete()
    Assignment.objects.create(incoming=doc, unit=main_unit, role=AssignRole.MAIN)
    for unit in assist_units:
        if unit.pk != main_unit.pk:
            Assignment.objects.get_or_create(incoming=doc, unit=unit, defaults={"role": AssignRole.ASSIST})


def incoming_send_back(*, actor, incoming: Incoming, reason: str) -> Incoming:
    with transaction.atomic():
        doc = _lock(incoming)
        _step(actor, doc, A.SEND_BACK)
        reason = text_required(reason, "退回理由")
        from_state, doc.state = doc.state, S.SCREENED
        doc.save()
        record(actor=actor, doc=doc, action=A.SEND_BACK, action_label=A.SEND_BACK.label, from_state=from_state, reason=reason)
        finish_work(doc=doc, kind=TODO["instruct"])
        assign_work(doc=doc, people=[doc.registered_by], kind=TODO["propose"], action_label="重新拟办", due_at=doc.due_at)
    return doc


def incoming_instruct(*, actor, incoming: Incoming, instruction: str, main_unit=None, assist_units=()) -> Incoming:
    """批办: the leader's instruction; the 主办 and 协办 units get it to handle."""
    with transaction.atomic():
        doc = _lock(incoming)
        _step(actor, doc, A.INSTRUCT)
        doc.instruction = text_required(instruction, "批办意见")
        _set_units(doc, main_unit, assist_units)
        assignments = list(doc.assignments.all())
        if not any(a.role == AssignRole.MAIN for a in assignments):
            raise ServiceError("请指定主办单位", field="main_unit")
        doc.instructed_at = timezone.now()
        if doc.leader_id is None:
            doc.leader = actor
        from_state, doc.state = doc.state, S.HANDLING
        doc.save()
        record(actor=actor, doc=doc, action=A.INSTRUCT, action_label=A.INSTRUCT.label, from_state=from_state, reason=doc.instruction, data={"units": [a.unit_id for a in assignments]})
        finish_work(doc=doc, kind=TODO["instruct"])
        due = doc.report_due or doc.due_at
        for a in assignments:
            grant(doc=doc, actor=actor, unit=a.unit, action=Grant.Action.CHANGE, reason=a.get_role_display())
            assign_work(doc=doc, people=unit_people(a.unit_id, clearance=doc.classification), kind=TODO["handle"], action_label=a.get_role_display(), due_at=due, notice=f"请{a.get_role_display()}：{doc.title}")
    return doc


def incoming_reply(*, actor, incoming: Incoming, reply: str) -> Assignment:
    """承办答复: the actor's unit answers (主办 or 协办)."""
    with transaction.atomic():
        doc = _lock(incoming)
        _step(actor, doc, A.REPLY)
        units = {actor.unit_id} | set(User.objects.filter(pk__in=wf._ids(actor)).values_list("unit_id", flat=True))
        mine = [a for a in doc.assignments.select_for_update() if a.unit_id in units]
        a = mine[0]
        a.reply, a.replied_by, a.replied_at = text_required(reply, "答复内容"), actor, timezone.now()
        a.save()
        record(actor=actor, doc=doc, action=A.REPLY, action_label=f"{a.get_role_display()}答复", from_state=doc.state, reason=a.reply, data={"unit": a.unit_id})
        for person in unit_people(a.unit_id):
            finish_work(doc=doc, kind=TODO["handle"], owner=person)
        finish_work(doc=doc, kind=TODO["handle"], owner=actor)
        if a.role == AssignRole.MAIN and doc.registered_by:
            assign_work(doc=doc, people=[doc.registered_by], kind=TODO["complete"], action_label="办结", notice=f"主办单位已答复：{doc.title}")
    return a


def incoming_circulate(*, actor, incoming: Incoming, readers) -> list[Circulation]:
    """传阅: named readers; each may then read it (logged) and mark it read."""
    readers = [r for r in readers if r is not None]
    if not readers:
        raise ServiceError("请选择传阅人", field="readers")
    with transaction.atomic():
        doc = _lock(incoming)
        _step(actor, doc, A.CIRCULATE)
        low = [str(r) for r in readers if r.clearance < doc.classification]
        if low:
            raise ServiceError(f"{'、'.join(low)}的涉密等级低于此件密级，不能传阅", field="readers")
        rows = []
        now = timezone.now()
        for reader in readers:
            row, created = Circulation.objects.get_or_create(incoming=doc, reader=reader, defaults={"sent_by": actor, "sent_at": now})
            if created:
                rows.append(row)
                grant(doc=doc, actor=actor, user=reader, reason="传阅")
        record(actor=actor, doc=doc, action=A.CIRCULATE, action_label=A.CIRCULATE.label, from_state=doc.state, reason="、".join(str(r.reader) for r in rows))
        assign_work(doc=doc, people=[r.reader for r in rows], kind=TODO["read"], action_label="阅知", notice=f"请阅：{doc.title}")
    return rows


def incoming_read(*, actor, incoming: Incoming, note: str = "") -> Circulation:
    with transaction.atomic():
        doc = _lock(incoming)
        _step(actor, doc, A.READ)
        row = doc.circulation.select_for_update().filter(reader_id__in=wf._ids(actor), read_at__isnull=True).first()
        if row is None:
            raise ServiceError("您已阅知此件")
        row.read_at, row.note = timezone.now(), note.strip()[:200]
        row.save()
        record(actor=actor, doc=doc, action=A.READ, action_label=A.READ.label, from_state=doc.state, reason=row.note)
        finish_work(doc=doc, kind=TODO["read"], owner=row.reader)
    return row


def incoming_urge(*, actor, incoming: Incoming, message: str = "") -> int:
    """催办: remind every unit that has not replied yet."""
    with transaction.atomic():
        doc = _lock(incoming)
        _step(actor, doc, A.URGE)
        pending = [a for a in doc.assignments.select_for_update() if a.replied_at is None]
        if not pending:
            raise ServiceError("各承办单位均已答复，无需催办")
        people = []
        for a in pending:
            a.urged_count += 1
            a.save(update_fields=["urged_count"])
            people += unit_people(a.unit_id, clearance=doc.classification)
        text = message.strip() or "请抓紧办理并按期答复"
        notify(recipients=people, title=f"催办：{doc.title}", body=text, link=link_of(doc), urgent=True, classification=doc.classification)
        record(actor=actor, doc=doc, action=A.URGE, action_label=A.URGE.label, from_state=doc.state, reason=text, data={"units": [a.unit_id for a in pending]})
    return len(pending)


def incoming_complete(*, actor, incoming: Incoming, result: str) -> Incoming:
    """答复/办结: needs the 主办 unit's reply."""
    with transaction.atomic():
        doc = _lock(incoming)
        _step(actor, doc, A.COMPLETE)
        main = [a for a in doc.assignments.all() if a.role == AssignRole.MAIN]
        if not main or main[0].replied_at is None:
            raise ServiceError("主办单位尚未答复，不能办结")
        doc.result = text_required(result, "办理结果")
        doc.completed_at = timezone.now()
        from_state, doc.state = doc.state, S.DONE
        doc.save()
        record(actor=actor, doc=doc, action=A.COMPLETE, action_label=A.COMPLETE.label, from_state=from_state, reason=doc.result)
        finish_work(doc=doc, kind=TODO["handle"])
        finish_work(doc=doc, kind=TODO["complete"])
    return doc


def incoming_archive(*, actor, incoming: Incoming) -> Incoming:
    with transaction.atomic():
        doc = _lock(incoming)
        _step(actor, doc, A.ARCHIVE)
        from_state, doc.state = doc.state, S.ARCHIVE_READY
        doc.save()
        record(actor=actor, doc=doc, action=A.ARCHIVE, action_label="移交归档", from_state=from_state)
    return doc


def readers_choices(doc):
    """People who may be asked to read: cleared for the document's 密级."""
    return role_people(Role.LEADER, Role.DIRECTOR, Role.SECRETARY, Role.HANDLER, clearance=doc.classification)
