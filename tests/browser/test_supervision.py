"""督查督办 in Chromium: a leader's instruction is registered and decomposed to
three units; one reports on time, one is late and escalates to a red card,
one closes and is accepted; the bulletin ranks them."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine

from zhongshu.demo import seed
from zhongshu.notifications.worker import run_once
from zhongshu.supervision.models import Chase, Item

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
TZ = ZoneInfo("Asia/Shanghai")


def at(*args):
    return datetime(*args, tzinfo=TZ)


def login(page, live_server, username):
    page.context.clear_cookies()
    page.goto(f"{live_server.url}/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", seed.PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_selector("h1")


def add_item(page, title, unit, days):
    page.fill("#id_title", title)
    page.fill("#id_target", f"{title}，形成书面报告")
    page.select_option("#id_lead_unit", label=unit)
    page.fill("#id_deadline_days", str(days))
    page.click("#item-form button[type=submit]")
    page.wait_for_selector(f"text={title}")


def item_url(live_server, unit_name):
    return f"{live_server.url}/supervision/items/{Item.objects.get(lead_unit__name=unit_name, task__title__contains='老旧小区').pk}/"


def test_instruction_to_bulletin(live_server, page, shot):
    from zhongshu.notifications import schedule

    for scanner in schedule._registry.values():
        scanner.last_run = None
    seed.seed()
    # Mon 2024-09-23: the 督查专员 registers the mayor's instruction and decomposes it.
    with time_machine.travel(at(2024, 9, 23, 9), tick=True):
        login(page, live_server, "ducha")
        page.goto(f"{live_server.url}/supervision/new/")
        page.fill("#id_title", "加快推进老旧小区改造")
        page.select_option("#id_source_kind", "instruction")
        page.fill("#id_instruction", "老旧小区改造是民生实事，请发改委、应急局、教育局按分工抓紧推进，按期办结。")
        page.select_option("#id_instructing_leader", label="林国栋")
        page.click("button.primary")
        page.wait_for_selector("text=已立项")
        add_item(page, "编制改造项目清单", "临江市发展和改革委员会", 5)      # due Sun 9-29 (调休 working day)
        add_item(page, "排查小区消防安全隐患", "临江市应急管理局", 20)
        add_item(page, "配建社区托育点", "临江市教育局", 5)
        page.click("#assign")
        page.wait_for_selector("text=已交办 3 项")
        shot(page, "supervision-1-assigned")
        assert page.is_visible("text=督办通知单（PDF）")
        notice = page.request.get(live_server.url + page.get_attribute("a:has-text('督办通知单（PDF）')", "href"))
        assert notice.ok and notice.body()[:5] == b"%PDF-"

    # 9-25: 应急局 reports progress on time; 教育局 applies to close with evidence; the officer accepts.
    with time_machine.travel(at(2024, 9, 25, 10), tick=True):
        login(page, live_server, "yjj")
        page.goto(item_url(live_server, "临江市应急管理局"))
        page.fill("#id_text", "已完成 32 个小区消防隐患排查，问题清单已建立。")
        page.fill("#id_progress", "40")
        page.click("#do-report")
        page.wait_for_selector("text=已反馈进展")
        login(page, live_server, "jyj")
        page.goto(item_url(live_server, "临江市教育局"))
        page.click("#do-sign")
        page.wait_for_selector("text=已签收")
        page.fill("form[action$='/do/apply/'] textarea", "3 个社区托育点已建成并通过验收。")
        page.set_input_files("form[action$='/do/apply/'] input[type=file]", files=[{"name": "验收报告.pdf", "mimeType": "application/pdf", "buffer": b"%PDF-1.4 demo"}])
        page.click("#do-apply")
        page.wait_for_selector("text=已申请办结")
        login(page, live_server, "ducha")
        page.goto(item_url(live_server, "临江市教育局"))
        assert page.is_visible("text=验收报告.pdf")
        page.click("#do-accept")
        page.wait_for_selector("text=已审核通过")

    # 发改委 does nothing: the worker (run here, time moved) escalates once per step.
    fgw = Item.objects.get(lead_unit__name="临江市发展和改革委员会", task__title__contains="老旧小区")
    assert fgw.due_at == at(2024, 9, 29, 17, 30)
    for when in (at(2024, 9, 30, 9), at(2024, 9, 30, 9, 5), at(2024, 10, 9, 18), at(2024, 10, 12, 9), at(2024, 10, 12, 9, 5)):
        with time_machine.travel(when, tick=False):
            run_once(name="browser-worker")
    assert list(Chase.objects.filter(item=fgw, kind="overdue").order_by("level").values_list("level", flat=True)) == [1, 2, 3]

    with time_machine.travel(at(2024, 10, 14, 9), tick=True):
        login(page, live_server, "fgw")
        page.goto(item_url(live_server, "临江市发展和改革委员会"))
        assert page.is_visible(".card-red")
        assert page.is_visible("text=红牌通报")
        shot(page, "supervision-2-red-card")
        login(page, live_server, "director")
        assert page.is_visible("text=【红牌通报】") or "红牌" in page.inner_text("main")
        page.goto(f"{live_server.url}/supervision/dashboard/")
        assert page.is_visible("svg.bars")
        shot(page, "supervision-3-dashboard")
        login(page, live_server, "ducha")
        page.goto(f"{live_server.url}/supervision/bulletins/")
        page.fill("#id_period_start", "2024-09-01")
        page.fill("#id_period_end", "2024-10-31")
        page.click("#bulletin-form button[type=submit]")
        page.wait_for_selector("table.ranking")
        units = page.locator("table.ranking td.unit").all_inner_texts()
        assert units == ["市教育局", "市应急局", "市发改委"], units
        shot(page, "supervision-4-bulletin")
        pdf = page.request.get(live_server.url + page.get_attribute("a:has-text('通报（PDF）')", "href"))
        assert pdf.ok and pdf.body()[:5] == b"%PDF-"
