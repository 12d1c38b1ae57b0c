"""Demo 督办 items in every state, for 临江市人民政府办公室 (see demo/seed.py)."""

from __future__ import annotations

from datetime import timedelta

from zhongshu.core.choices import Classification, Urgency

from . import services
from .choices import SourceKind
from .tasks import scan

FGW, CZJ, YJJ, JYJ = "临江市发展和改革委员会", "临江市财政局", "临江市应急管理局", "临江市教育局"


def seed(*, users, units, now) -> None:
    ducha, director = users["ducha"], users["director"]

    def task(days_ago, title, kind=SourceKind.INSTRUCTION, leader="mayor", text="", **kw):
        return services.task_register(actor=ducha, title=title, source_kind=kind, instruction=text, instructing_leader=users.get(leader) if leader else None,
                                      now=now - timedelta(days=days_ago), **kw)

    def item(t, title, unit, days, who=None, days_ago=0, **kw):
        return services.item_add(actor=ducha, task=t, title=title, target=kw.pop("target", "按期完成并报送书面材料"), lead_unit=units[unit],
                                 assignee=users.get(who) if who else None, deadline_days=days, now=now - timedelta(days=days_ago), **kw)

    # 1. 已立项，待交办 (draft)
    t1 = task(1, "研究制定促进民营经济发展若干措施", kind=SourceKind.MEETING, leader=None, source_title="市政府第12次常务会议纪要")
    item(t1, "起草政策措施文本", FGW, 15, "fgw", days_ago=1, co_units=[units[CZJ]])

    # 2. 督办中: assigned, in progress (with a report), applied
    t2 = task(10, "抓好汛后水毁设施修复工作", text="请应急局牵头，财政局保障资金，确保年底前全部修复。林国栋", urgency=Urgency.URGENT)
    a = item(t2, "排查水毁设施并建立台账", YJJ, 20, "yjj", days_ago=10, frequency="weekly")
    b = item(t2, "落实修复资金", CZJ, 20, "czj", days_ago=10)
    c = item(t2, "组织学校周边设施复查", JYJ, 20, "jyj", days_ago=10)
    services.task_assign(actor=ducha, task=t2, now=now - timedelta(days=9))
    services.item_report(actor=users["yjj"], item=a, text="已完成全市 12 个乡镇排查，登记水毁设施 86 处。", progress=40, now=now - timedelta(days=5))
    services.item_sign(actor=users["czj"], item=b, now=now - timedelta(days=8))
    services.item_apply(actor=users["czj"], item=b, text="第一批修复资金 1200 万元已下达，资金文件已报送。", now=now - timedelta(days=2))
    del c  # stays 已交办 (not yet signed)

    # 3. 逾期，红牌: assigned long ago with a short deadline; the scan below escalates it.
    t3 = task(40, "整改安全生产专项检查发现问题", text="问题要一项一项整改到位，按期销号。", leader="vmayor_chen",
              urgency=Urgency.EXPEDITED, classification=Classification.SECRET)
    d = item(t3, "完成危化品企业隐患整改", YJJ, 5, "yjj", days_ago=40)
    services.task_assign(actor=ducha, task=t3, now=now - timedelta(days=39))
    services.item_sign(actor=users["yjj"], item=d, now=now - timedelta(days=38))

    # 4. 已办结 (on time) and 5. 已归档; one sub-item 撤销
    t4 = task(30, "落实省政府办公厅关于营商环境评价的工作要求", kind=SourceKind.UPPER, leader=None, source_title="江政办函〔2025〕18号")
    e = item(t4, "报送营商环境自评报告", FGW, 10, "fgw", days_ago=30)
    f = item(t4, "梳理涉企收费清单", CZJ, 10, "czj", days_ago=30)
    services.task_assign(actor=ducha, task=t4, now=now - timedelta(days=29))
    services.item_sign(actor=users["fgw"], item=e, now=now - timedelta(days=28))
    services.item_apply(actor=users["fgw"], item=e, text="自评报告已按时报送省政府办公厅。", now=now - timedelta(days=25))
    services.item_accept(actor=ducha, item=e, now=now - timedelta(days=24))
    services.item_cancel(actor=ducha, item=f, reason="省里调整要求，该项不再报送", now=now - timedelta(days=27))

    t5 = task(60, "2025年为民办实事：新建改扩建幼儿园", kind=SourceKind.KEY_WORK, leader=None)
    g = item(t5, "完成5所幼儿园建设", JYJ, 15, "jyj", days_ago=60)
    services.task_assign(actor=ducha, task=t5, now=now - timedelta(days=59))
    services.item_sign(actor=users["jyj"], item=g, now=now - timedelta(days=58))
    services.item_apply(actor=users["jyj"], item=g, text="5所幼儿园已全部竣工验收并投入使用。", now=now - timedelta(days=45))
    services.item_accept(actor=ducha, item=g, now=now - timedelta(days=44))
    services.task_archive(actor=director, task=t5, now=now - timedelta(days=40))

    scan(now)
    services.bulletin_create(actor=ducha, period_start=(now - timedelta(days=90)).date(), period_end=now.date(), now=now)
