"""督办通知单, 催办单 and 通报 as GB/T 9704 documents (zhongshu.gongwen)."""

from __future__ import annotations

from django.utils import timezone

from zhongshu.core.choices import Classification
from zhongshu.gongwen import Block, BlockKind, Document, render_docx, render_pdf
from zhongshu.workdays import OFFICE_TZ

from .choices import Level

FORMATS = {
    "pdf": ("application/pdf", render_pdf),
    "docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", render_docx),
}


def _org() -> str:
    from zhongshu.core.models import Setting

    return Setting.objects.filter(key="org_name").values_list("value", flat=True).first() or "办公室"


def _cn_date(dt) -> str:
    d = dt.astimezone(OFFICE_TZ) if hasattr(dt, "astimezone") and hasattr(dt, "hour") else dt
    return f"{d.year}年{d.month}月{d.day}日"


def _number(task, suffix: str = "") -> str:
    code = (task.office_unit.code if task.office_unit_id and task.office_unit.code else "") or "督"
    return f"{code}{suffix}{task.number[1:]}"


def _secrecy(classification: int) -> dict:
    if not classification:
        return {}
    return {"secrecy": Classification(classification).label, "copy_no": "000001"}


def notice_document(task) -> Document:
    """督办通知单: the task, its source, and a table of the sub-items."""
    items = list(task.items.exclude(status__in=["draft", "cancelled"]).select_related("lead_unit", "assignee").prefetch_related("co_units").order_by("seq"))
    units = list(dict.fromkeys(i.lead_unit.label for i in items)) or ["各有关单位"]
    source = task.get_source_kind_display()
    paras = ["、".join(units) + "："]
    lead = f"{task.instructing_leader.name}同志" if task.instructing_leader_id else ""
    when = _cn_date(task.instructed_on) if task.instructed_on else ""
    intro = f"{when}{lead}{'作出批示' if lead else ''}" if task.source_kind == "instruction" else f"根据{task.source_title or source}"
    paras.append(f"{intro}，事关“{task.title}”。现将有关事项列入督办，请认真抓好落实，按期反馈办理情况。")
    if task.instruction:
        paras += ["一、批示（决定）内容", task.instruction]
    paras.append("二、督办事项及责任分工" if task.instruction else "一、督办事项及责任分工")
    doc = Document.simple("通知", f"关于{task.title}的督办通知", paras, issuers=[_org()], doc_number=_number(task),
                          recipients=units, signatories=[_org()], date=_cn_date(task.assigned_at or timezone.now()),
                          seal=False, **_secrecy(task.classification))
    rows = [["序号", "督办事项", "牵头单位", "责任单位", "责任人", "完成时限", "目标要求", "反馈要求"]]
    for i in items:
        rows.append([str(i.seq), i.title, i.lead_unit.label, "、".join(u.label for u in i.co_units.all()) or "—",
                     i.assignee.name if i.assignee_id else "—", _cn_date(i.due_at) if i.due_at else "—", i.target, i.get_frequency_display()])
    doc.body.append(Block(BlockKind.TABLE, rows=rows))
    tail = "三、工作要求" if task.instruction else "二、工作要求"
    for text in (tail, "各牵头单位要明确责任人，按反馈要求通过中枢系统报送进展情况和佐证材料；逾期未办结的，将依次发出催办单、黄牌警示和红牌通报。"):
        doc.body.append(Block(*_classify(text)))
    return doc


def chase_document(chase) -> Document:
    """催办单 for one chase (manual or automatic)."""
    item, task = chase.item, chase.item.task
    level = Level(chase.level).label if chase.level else chase.get_kind_display()
    due = _cn_date(item.due_at) if item.due_at else "—"
    paras = [f"{item.lead_unit.label}：",
             f"你单位牵头办理的督办事项“{item.title}”（{task.number}），办理时限为{due}。{chase.title}。",
             f"请接此{level}后立即组织办理，并于1个工作日内通过中枢系统反馈办理情况。",
             f"目标要求：{item.target}"]
    return Document.simple("通知", f"督办事项{level}单", paras, issuers=[_org()], doc_number=_number(task, "催"),
                           recipients=[item.lead_unit.label], signatories=[_org()], date=_cn_date(chase.created_at), seal=False,
                           **_secrecy(item.classification))


def bulletin_document(bulletin) -> Document:
    rows = bulletin.rows
    total = sum(r["total"] for r in rows)
    on_time = sum(r["on_time"] for r in rows)
    overdue = sum(r["overdue"] for r in rows)
    start, end = bulletin.period_start, bulletin.period_end
    paras = ["各有关单位：",
             f"现将{_cn_date(start)}至{_cn_date(end)}督办事项办理情况通报如下。",
             "一、总体情况",
             f"本期纳入统计的督办事项共{total}项，按期办结{on_time}项，按期办结率{(100 * on_time / total if total else 0):.1f}%；逾期{overdue}项。",
             "二、各单位办理情况排名"]
    doc = Document.simple("通报", bulletin.title, paras, issuers=[_org()], doc_number=bulletin.number, signatories=[_org()],
                          date=_cn_date(bulletin.created_at), seal=False, **_secrecy(bulletin.classification))
    table = [["排名", "牵头单位", "事项数", "按期办结", "按期办结率", "逾期", "平均用时（工作日）"]]
    for r in rows:
        table.append([str(r["rank"]), r["unit"], str(r["total"]), str(r["on_time"]), f"{r['rate']:.1f}%", str(r["overdue"]),
                      "—" if r["avg_days"] is None else f"{r['avg_days']:.1f}"])
    doc.body.append(Block(BlockKind.TABLE, rows=table))
    worst = [r["unit"] for r in rows if r["overdue"]]
    tail = ["三、工作要求", "逾期事项较多的单位要认真分析原因，明确整改措施和完成时限，确保件件有着落、事事有回音。"]
    if worst:
        tail.insert(1, f"{'、'.join(worst)}存在逾期事项，请限期办结并书面说明原因。")
    for text in tail:
        doc.body.append(Block(*_classify(text)))
    return doc


def _classify(text):
    from zhongshu.gongwen.parse import classify_line

    return classify_line(text)


def render(doc: Document, fmt: str) -> tuple[bytes, str]:
    content_type, func = FORMATS[fmt if fmt in FORMATS else "pdf"]
    return func(doc), content_type
