"""Demo 办文 for 临江市人民政府办公室: documents in every state, made through the
services (so history, to-dos, grants and audit entries are real)."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from zhongshu.core.choices import Classification, Urgency

from . import services as s
from .choices import InState, OutState

INCOMING = [
    # title, source, 原文号, 文种, urgency, classification, days ago, target state, report in N working days
    ("关于做好2026年防汛抗旱工作的通知", "江海省人民政府办公厅", "江政办发〔2026〕12号", "通知", Urgency.EXPEDITED, 0, 2, InState.HANDLING, 10),
    ("关于开展安全生产大检查的通知", "江海省应急管理厅", "江应急〔2026〕5号", "通知", Urgency.URGENT, 0, 1, InState.PROPOSED, 5),
    ("关于报送一季度经济运行情况的函", "江海省发展和改革委员会", "江发改函〔2026〕31号", "函", Urgency.NORMAL, 0, 0, InState.SIGNED, None),
    ("关于印发《政务公开工作要点》的通知", "江海省人民政府办公厅", "江政办发〔2026〕9号", "通知", Urgency.NORMAL, 0, 3, InState.REGISTERED, None),
    ("关于征求《城市更新条例（草案）》意见的函", "江海省住房和城乡建设厅", "江建函〔2026〕7号", "函", Urgency.NORMAL, 0, 4, InState.SCREENED, 8),
    ("关于某企业申请税收优惠的请示", "临江市某公司", "", "请示", Urgency.NORMAL, 0, 6, InState.RETURNED, None),
    ("关于加强冬春季森林防火工作的通知", "江海省林业局", "江林〔2026〕3号", "通知", Urgency.NORMAL, 0, 12, InState.DONE, None),
    ("关于表彰2025年度政务信息工作先进单位的通报", "江海省人民政府办公厅", "江政办〔2026〕2号", "通报", Urgency.NORMAL, 0, 20, InState.ARCHIVE_READY, None),
    ("关于做好重要时期安全稳定工作的通知", "江海省人民政府办公厅", "江政办密〔2026〕1号", "通知", Urgency.URGENT, Classification.SECRET, 1, InState.HANDLING, 3),
    ("关于教育经费保障情况的督查通知", "江海省教育厅", "江教督〔2026〕4号", "通知", Urgency.NORMAL, 0, 9, InState.HANDLING, 2),
]

BODY = """文种: {doctype}
发文机关标志: 临江市人民政府办公室
标题: {title}
主送: {to}
抄送: 临江市财政局
署名: 临江市人民政府办公室
成文日期: 2026年3月5日

{body}
"""

OUTGOING = [
    ("关于申请2026年防汛专项资金的请示", "请示", "临江市人民政府", "为做好今年防汛工作，现就申请防汛专项资金事项请示如下。\n一、基本情况\n今年汛期预计提前，全市防汛任务繁重。\n二、请示事项\n拟申请防汛专项资金500万元，用于堤防加固和物资储备。\n妥否，请批示。", OutState.DISPATCHED),
    ("关于开展城乡环境整治月活动的通知", "通知", "临江市发展和改革委员会，临江市应急管理局", "为进一步改善城乡环境，决定开展环境整治月活动。\n一、时间安排\n2026年4月1日至4月30日。\n二、工作要求\n各单位要加强组织领导，按时报送工作总结。", OutState.DRAFT),
    ("关于2025年度政务公开工作情况的报告", "报告", "临江市人民政府", "现将2025年度政务公开工作情况报告如下。\n一、主要工作\n全年主动公开政府信息3200条。\n二、下一步打算\n持续深化政务公开。\n特此报告。", OutState.DEPT_REVIEW),
    ("关于调整市政府常务会议议事规则的通知", "通知", "临江市发展和改革委员会，临江市财政局", "为提高决策效率，现就调整议事规则有关事项通知如下。\n一、会议时间\n原则上每月召开两次。。\n二、议题准备\n议题材料须提前三个工作日报送。", OutState.OFFICE_REVIEW),
    ("关于联合开展校园安全检查的通知", "通知", "临江市教育局", "为保障师生安全，决定联合开展校园安全检查。\n一、检查内容\n校舍、消防、食品安全等。\n二、工作要求\n各校要认真自查，及时整改。", OutState.COSIGN),
    ("关于申请设立应急物资储备库的请示", "请示", "临江市人民政府", "为提升应急保障能力，现就设立应急物资储备库事项请示如下。\n一、必要性\n现有储备能力不足。\n二、请示事项\n拟在城东新区设立储备库一处。\n妥否，请批示。", OutState.SIGNING),
    ("关于做好2026年春季学期开学工作的通知", "通知", "临江市教育局", "为做好春季学期开学工作，现将有关事项通知如下。\n一、做好开学准备\n各校要做好校舍安全检查。\n二、加强疫病防控\n落实晨午检制度。", OutState.RECHECK),
    ("关于印发《临江市政务值班工作规范》的通知", "通知", "临江市应急管理局，临江市财政局", "现将《临江市政务值班工作规范》印发给你们，请认真贯彻执行。", OutState.NUMBERING),
    ("关于加强财政资金监管的通知", "通知", "临江市财政局", "为加强财政资金监管，现将有关事项通知如下。\n一、严格预算执行\n二、强化绩效管理", OutState.PRINTING),
    ("关于开展节能宣传周活动的通知", "通知", "临江市发展和改革委员会", "为增强全社会节能意识，决定开展节能宣传周活动。\n一、活动时间\n2026年6月。\n二、活动内容\n组织节能知识宣传。", OutState.DISPATCHING),
    ("关于2025年度督查工作情况的通报", "通报", "临江市发展和改革委员会，临江市财政局，临江市应急管理局，临江市教育局", "现将2025年度督查工作情况通报如下。\n一、基本情况\n全年共督办事项120项，办结率98%。\n二、工作要求\n各单位要对照问题抓好整改。", OutState.ARCHIVE_READY),
    ("关于调整部分单位办公用房的函", "函", "江海省人民政府办公厅", "经研究，现就调整部分单位办公用房事项函告如下。\n（正文）\n特此函告。", OutState.CANCELLED),
]


def seed(*, users, units, now) -> None:
    from zhongshu.calendars.services import add_working_days

    office = units["临江市人民政府办公室"]
    handlers = {"fgw": units["临江市发展和改革委员会"], "czj": units["临江市财政局"], "yjj": units["临江市应急管理局"], "jyj": units["临江市教育局"]}
    main = [handlers["yjj"], handlers["fgw"], handlers["jyj"], handlers["czj"]]
    clerk, leader = users["wenshu"], users["mayor"]
    for i, (title, source, number, doctype, urgency, cls, days, target, report_days) in enumerate(INCOMING):
        received = now - timedelta(days=days, hours=1)
        who = users["jiyao"] if cls else clerk
        doc = s.incoming_sign(actor=who, title=title, source_name=source, original_number=number, doctype=doctype, urgency=urgency, classification=cls, received_at=received)
        if target == InState.SIGNED:
            continue
        report_due = None
        if report_days:
            end = add_working_days(timezone.localdate(received), report_days)
            report_due = timezone.make_aware(timezone.datetime(end.year, end.month, end.day, 17, 30))
        doc = s.incoming_register(actor=who, incoming=doc, secrecy_period="6个月" if cls else "", report_due=report_due, summary="")
        if target == InState.REGISTERED:
            continue
        if target == InState.RETURNED:
            s.incoming_screen(actor=who, incoming=doc, passed=False, reason="企业申请事项应向市税务局提出，不属于市政府办公室受理范围，退回来文单位")
            continue
        s.incoming_screen(actor=who, incoming=doc, passed=True)
        if target == InState.SCREENED:
            continue
        unit = main[i % len(main)]
        s.incoming_propose(actor=who, incoming=doc, proposal=f"拟请{unit.label}主办，市财政局协办，报{leader}阅示。", leader=leader, main_unit=unit, assist_units=[handlers["czj"]] if unit != handlers["czj"] else [])
        if target == InState.PROPOSED:
            continue
        s.incoming_instruct(actor=leader, incoming=doc, instruction=f"请{unit.label}牵头认真研究落实，按期报送办理情况。")
        if i == 0:
            s.incoming_circulate(actor=clerk, incoming=doc, readers=[users["vmayor_chen"], users["director"], users["sgz"]])
            s.incoming_read(actor=users["director"], incoming=doc, note="已阅")
        if target == InState.HANDLING:
            continue
        handler = next(u for u in users.values() if u.unit_id == unit.pk)
        s.incoming_reply(actor=handler, incoming=doc, reply="已按要求部署落实，相关情况已报送。")
        s.incoming_complete(actor=clerk, incoming=doc, result="主办单位已办理并答复，办结。")
        if target == InState.ARCHIVE_READY:
            s.incoming_archive(actor=clerk, incoming=doc)
    # Last year's mail, for the 同期 comparison in the statistics.
    for k in range(12):
        when = now - timedelta(days=365 + k * 7)
        doc = s.incoming_sign(actor=clerk, title=f"关于做好{when.year}年第{k + 1}项重点工作的通知", source_name="江海省人民政府办公厅", doctype=["通知", "函", "通报"][k % 3], received_at=when)
        s.incoming_register(actor=clerk, incoming=doc)
    _outgoing(users=users, office=office, handlers=handlers)
    _plan(users=users, office=office, handlers=handlers, year=timezone.localtime(now).year)


PLAN = [
    # month, title, 文种, drafting unit key (None = the office), reason, the 发文 that carries it out
    (3, "关于申请2026年防汛专项资金的请示", "请示", None, "落实省防指防汛工作部署", "关于申请2026年防汛专项资金的请示"),
    (4, "关于开展城乡环境整治月活动的通知", "通知", None, "市委常委会议定事项", "关于开展城乡环境整治月活动的通知"),
    (5, "关于申请设立应急物资储备库的请示", "请示", "yjj", "应急管理三年行动计划", "关于申请设立应急物资储备库的请示"),
    (6, "关于开展节能宣传周活动的通知", "通知", "fgw", "全国节能宣传周统一安排", None),
    (9, "关于做好2026年秋季学期开学工作的通知", "通知", "jyj", "年度例行工作", None),
    (11, "关于印发《临江市政务公开工作要点》的通知", "通知", None, "省政务公开工作要点要求", None),
    (12, "关于2026年度政务信息工作情况的通报", "通报", None, "年度例行工作", None),
]


def _plan(*, users, office, handlers, year) -> None:
    """The year's 发文计划: some lines drafted or issued, some still planned, one cancelled."""
    from .models import Outgoing

    clerk = users["wenshu"]
    for month, title, doctype, unit_key, reason, carried_by in PLAN:
        plan = s.plan_create(actor=clerk, year=year, month=month, title=title, doctype=doctype, unit=handlers.get(unit_key, office) if unit_key else office, reason=reason)
        doc = Outgoing.objects.filter(title=carried_by).first() if carried_by else None
        if doc is not None:
            s.plan_link(actor=clerk, plan=plan, outgoing=doc)
    extra = s.plan_create(actor=clerk, year=year, month=7, title="关于召开全市招商引资工作会议的通知", doctype="通知", unit=office, reason="")
    s.plan_cancel(actor=clerk, plan=extra, reason="精文简会：改为印发会议纪要，不再单独发通知")


def _outgoing(*, users, office, handlers) -> None:
    secretary, director, clerk = users["mishu"], users["director"], users["wenshu"]
    for title, doctype, to, body, target in OUTGOING:
        text = BODY.format(doctype=doctype, title=title, to=to, body=body)
        doc = s.outgoing_create(actor=secretary, doctype=doctype, title=title, issuer=office, text=text, signer=users["mayor"])
        if target == OutState.DRAFT:
            continue
        if target == OutState.CANCELLED:
            for step in ("submit", "dept", "office", "sign", "recheck", "number"):
                doc = _step(step, doc, users, [])
            s.outgoing_cancel(actor=clerk, outgoing=doc, reason="有关事项已另行协调解决，不再发文")
            continue
        cosign = [handlers["jyj"]] if target == OutState.COSIGN or "校园" in title else []
        for step, state in (("submit", OutState.DEPT_REVIEW), ("dept", OutState.OFFICE_REVIEW), ("office", OutState.COSIGN), ("cosign", OutState.SIGNING), ("sign", OutState.RECHECK), ("recheck", OutState.NUMBERING), ("number", OutState.PRINTING), ("print", OutState.DISPATCHING), ("dispatch", OutState.DISPATCHED), ("archive", OutState.ARCHIVE_READY)):
            doc = _step(step, doc, users, cosign)
            if doc.state == target or (state == target and step != "office"):
                break


def _step(step, doc, users, cosign):
    secretary, director, clerk, mayor = users["mishu"], users["director"], users["wenshu"], users["mayor"]
    if step == "submit":
        return s.outgoing_submit(actor=secretary, outgoing=doc, reviewer=director)
    if step == "dept":
        return s.outgoing_dept_approve(actor=director, outgoing=doc, opinion="同意，请办公室核稿")
    if step == "office":
        return s.outgoing_office_approve(actor=users["mishu_fang"], outgoing=doc, signer=mayor, cosign_units=cosign, opinion="已核稿")
    if step == "cosign":
        if doc.state == OutState.COSIGN:
            return s.outgoing_cosign(actor=users["jyj"], outgoing=doc, opinion="同意")
        return doc
    if step == "sign":
        current = doc.versions.get(number=doc.version)
        return s.outgoing_sign(actor=mayor, outgoing=doc, opinion="同意印发", override_reason="已核实，按原稿签发" if current.errors else "")
    if step == "recheck":
        return s.outgoing_recheck(actor=clerk, outgoing=doc)
    if step == "number":
        return s.outgoing_number(actor=clerk, outgoing=doc)
    if step == "print":
        s.outgoing_print(actor=clerk, outgoing=doc)
    elif step == "dispatch":
        s.outgoing_dispatch(actor=clerk, outgoing=doc)
    elif step == "archive":
        return s.outgoing_archive(actor=clerk, outgoing=doc)
    doc.refresh_from_db()
    return doc
