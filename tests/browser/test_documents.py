"""办文 end to end in Chromium, with screenshots under test-output/browser/.

收文: a clerk registers a 通知 requiring a report in 10 working days, the mayor
instructs, the 应急局 handles, readers circulate it, and the worker's reminder
fires when time is moved. 发文: a secretary drafts a 请示, the 五关 review flags
an error, it is fixed, co-signed, signed, numbered, rendered, dispatched, and
the 财政局 finds it in its 收文 queue.
"""

from datetime import timedelta

import pytest
import time_machine

from zhongshu.demo import seed

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

REQUEST = """文种: 请示
发文机关标志: 临江市人民政府办公室
标题: 关于申请城区排涝设施改造资金的请示
主送: 临江市财政局
署名: 临江市人民政府办公室
成文日期: 2026年3月5日

为保障今年安全度汛，现就城区排涝设施改造资金事项请示如下。
一、基本情况
我市计划于2026年2月30日启动排涝设施改造。
二、请示事项
拟申请改造资金300万元。
妥否，请批示。
"""


@pytest.fixture
def as_user(browser, live_server):
    contexts = []

    def _as(username, phone=False):
        size = {"width": 390, "height": 844} if phone else {"width": 1280, "height": 900}
        ctx = browser.new_context(locale="zh-CN", viewport=size, is_mobile=phone)
        contexts.append(ctx)
        page = ctx.new_page()
        page.goto(f"{live_server.url}/login/")
        page.fill("#id_username", username)
        page.fill("#id_password", seed.PASSWORD)
        page.click("button[type=submit]")
        page.wait_for_selector("h1")
        return page

    yield _as
    for ctx in contexts:
        ctx.close()


def _open(page, live_server, path):
    page.goto(f"{live_server.url}{path}")
    page.wait_for_selector("h1")


def test_incoming_notice_with_report_deadline(live_server, as_user, shot, settings, tmp_path):
    from zhongshu.documents.models import Incoming
    from zhongshu.notifications.models import Notification
    from zhongshu.notifications.worker import run_once

    settings.MEDIA_ROOT = tmp_path
    seed.seed()
    clerk = as_user("wenshu")
    _open(clerk, live_server, "/documents/in/new/")
    clerk.fill("#id_title", "关于报送2026年汛前准备工作情况的通知")
    clerk.fill("#id_source_name", "江海省应急管理厅")
    clerk.fill("#id_original_number", "江应急〔2026〕18号")
    clerk.select_option("#id_doctype", "通知")
    clerk.fill("#id_report_in_days", "10")
    clerk.set_input_files("#id_file", files=[{"name": "原件.pdf", "mimeType": "application/pdf", "buffer": b"%PDF-1.4 scanned"}])
    shot(clerk, "documents-01-clerk-registers")
    clerk.click("button.primary")
    clerk.wait_for_selector("text=已签收登记")
    doc = Incoming.objects.get(original_number="江应急〔2026〕18号")
    assert doc.report_due is not None and doc.serial
    clerk.click("text=初审通过")
    clerk.fill("#id_proposal", "拟请市应急局主办，市财政局协办，呈林市长阅示。")
    clerk.select_option("#id_leader", label="林国栋")
    clerk.select_option("#id_main_unit", label="临江市应急管理局")
    clerk.click("text=呈送批办")
    clerk.wait_for_selector("text=已呈林国栋批办")

    mayor = as_user("mayor", phone=True)
    assert "收文批办" in mayor.inner_text("main")  # in the 待办 inbox
    _open(mayor, live_server, f"/documents/in/{doc.pk}/")
    mayor.fill("textarea[name=instruction]", "请市应急局牵头抓紧落实，按期报送。")
    shot(mayor, "documents-02-leader-instructs-phone")
    mayor.click("button:has-text('批办')")
    mayor.wait_for_selector("text=已批办")
    width = mayor.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"wider than the phone: {width}px"

    handler = as_user("yjj")
    _open(handler, live_server, f"/documents/in/{doc.pk}/")
    handler.fill("textarea[name=reply]", "已部署全市汛前检查，情况报告将按期报送。")
    handler.click("text=提交答复")
    handler.wait_for_selector("text=已答复")

    _open(clerk, live_server, f"/documents/in/{doc.pk}/")
    clerk.click("summary:has-text('传阅')")
    clerk.check("input[name=readers][value='%d']" % _user("director"))
    clerk.check("input[name=readers][value='%d']" % _user("vmayor_chen"))
    clerk.click("text=送传阅")
    clerk.wait_for_selector("text=已送传阅")
    director = as_user("director")
    _open(director, live_server, f"/documents/in/{doc.pk}/")
    director.click("button:has-text('已阅')")
    director.wait_for_selector("text=已阅知")
    _open(clerk, live_server, f"/documents/in/{doc.pk}/")
    assert "未阅" in clerk.inner_text("main")  # the vice-mayor has not read it yet
    shot(clerk, "documents-03-circulation")

    # Reminders: 3 working days before the 报送期限, the worker tells the handler.
    from zhongshu.calendars.services import remind_before

    doc.refresh_from_db()
    with time_machine.travel(remind_before(doc.report_due, doc.report_remind_days) + timedelta(minutes=5), tick=False):
        while run_once().claimed:  # the demo has queued other messages too
            pass
    note = Notification.objects.filter(recipient__username="yjj", title__contains="报送期限临近").first()
    assert note is not None
    _open(handler, live_server, "/notifications/")
    assert "报送期限临近" in handler.inner_text("main")
    shot(handler, "documents-04-reminder")


def test_outgoing_request_reviewed_signed_numbered_dispatched(live_server, as_user, shot, settings, tmp_path):
    from zhongshu.documents.models import Incoming, Outgoing

    settings.MEDIA_ROOT = tmp_path
    seed.seed()
    sec = as_user("mishu")
    _open(sec, live_server, "/documents/out/new/")
    sec.select_option("#id_doctype", "请示")
    sec.fill("#id_title", "关于申请城区排涝设施改造资金的请示")
    sec.select_option("#id_issuer", label="临江市人民政府办公室")
    sec.select_option("#id_signer", label="林国栋")
    sec.click("button.primary")
    sec.wait_for_selector("#id_text")
    sec.fill("#id_text", REQUEST)
    sec.click("text=保存并审校")
    sec.wait_for_selector("mark.f.error")
    assert "2月没有30日" in sec.inner_text("main") or "日期不存在" in sec.inner_text("main")
    shot(sec, "documents-05-review-flags-error")
    doc = Outgoing.objects.get(title="关于申请城区排涝设施改造资金的请示")
    sec.click("text=修改正文")
    sec.fill("#id_text", REQUEST.replace("2026年2月30日", "2026年3月20日"))
    sec.click("text=保存并审校")
    sec.wait_for_selector("text=0处错误")
    _open(sec, live_server, f"/documents/out/{doc.pk}/diff/")
    shot(sec, "documents-06-diff")
    _open(sec, live_server, f"/documents/out/{doc.pk}/")
    sec.select_option("select[name=reviewer]", label="杜明远（市府办）")
    sec.click("text=送部门审核")

    director = as_user("director")
    _open(director, live_server, f"/documents/out/{doc.pk}/")
    director.click("text=部门审核通过")
    director.wait_for_selector("text=办公室核稿")

    _open(sec, live_server, f"/documents/out/{doc.pk}/")
    sec.select_option("select[name=signer]", label="林国栋（市政府）")
    sec.check("input[name=cosign_units][value='%d']" % _unit("临江市财政局"))
    sec.click("button:has-text('核稿通过')")
    sec.wait_for_selector("text=待会签")

    czj = as_user("czj")
    _open(czj, live_server, f"/documents/out/{doc.pk}/")
    czj.click("text=会签同意")
    czj.wait_for_selector("text=已会签")

    mayor = as_user("mayor")
    _open(mayor, live_server, f"/documents/out/{doc.pk}/")
    mayor.fill("input[name=opinion]", "同意")
    mayor.click("#steps button:has-text('签发')")
    mayor.wait_for_selector("text=已签发")

    clerk = as_user("wenshu")
    _open(clerk, live_server, f"/documents/out/{doc.pk}/")
    for label, done in (("复核通过", "复核通过"), ("编号", "已编号"), ("印制", "已印制"), ("核发", "已核发")):
        clerk.click(f"#steps button:has-text('{label}')")
        clerk.wait_for_selector(f"text={done}")
    doc.refresh_from_db()
    assert doc.doc_number.startswith("临政办〔") and doc.files.filter(kind="pdf").exists() and doc.files.filter(kind="docx").exists()
    shot(clerk, "documents-07-numbered-rendered-dispatched")

    _open(czj, live_server, "/documents/in/")
    assert "关于申请城区排涝设施改造资金的请示" in czj.inner_text("main")
    assert Incoming.objects.filter(from_outgoing=doc, unit__name="临江市财政局").exists()
    shot(czj, "documents-08-recipient-queue")


def _unit(name):
    from zhongshu.org.models import Unit

    return Unit.objects.get(name=name).pk


def _user(username):
    from zhongshu.accounts.models import User

    return User.objects.get(username=username).pk


# ---------------------------------------------------------------------------
# 发文计划, 检索, 涉密附件水印, 手机签发, htmx sections


def _incoming(title, *, classification=0, handling=False, readers=()):
    """A registered 收文 made through the services (as the demo clerk 郑小雨)."""
    from zhongshu.accounts.models import User
    from zhongshu.documents import services as s
    from zhongshu.org.models import Unit

    clerk = User.objects.get(username="wenshu")
    doc = s.incoming_sign(actor=clerk, title=title, source_name="江海省应急管理厅", classification=classification)
    doc = s.incoming_register(actor=clerk, incoming=doc, original_number="江应急〔2026〕77号", secrecy_period="1年" if classification else "")
    if handling:
        mayor = User.objects.get(username="mayor")
        doc = s.incoming_screen(actor=clerk, incoming=doc, passed=True)
        doc = s.incoming_propose(actor=clerk, incoming=doc, proposal="拟请市应急局办理", leader=mayor, main_unit=Unit.objects.get(name="临江市应急管理局"))
        doc = s.incoming_instruct(actor=mayor, incoming=doc, instruction="请市应急局办理", main_unit=Unit.objects.get(name="临江市应急管理局"))
        if readers:
            s.incoming_circulate(actor=clerk, incoming=doc, readers=list(User.objects.filter(username__in=readers)))
    return doc


def test_plan_item_drafted_from_the_plan(live_server, as_user, shot, settings, tmp_path):
    from zhongshu.documents.models import PlanItem

    settings.MEDIA_ROOT = tmp_path
    seed.seed()
    sec = as_user("mishu")
    _open(sec, live_server, "/documents/plan/")
    sec.click("a:has-text('列入计划')")
    sec.wait_for_selector("#id_title")
    sec.select_option("#id_month", "9")
    sec.fill("#id_title", "关于开展城区内涝点专项整治的通知")
    sec.select_option("#id_doctype", "通知")
    sec.select_option("#id_unit", label="临江市应急管理局")
    sec.fill("#id_reason", "市政府常务会议部署")
    sec.click("button:has-text('列入计划')")
    sec.wait_for_selector("text=关于开展城区内涝点专项整治的通知")
    plan = PlanItem.objects.get(title="关于开展城区内涝点专项整治的通知")
    assert plan.status == "planned"
    row = sec.locator("tr", has_text="关于开展城区内涝点专项整治的通知")
    assert "计划中" in row.inner_text()
    shot(sec, "documents-10-plan-item-added")

    row.locator("a:has-text('按计划起草')").click()
    sec.wait_for_selector("#id_title")
    assert sec.input_value("#id_title") == "关于开展城区内涝点专项整治的通知"
    assert "按2026年发文计划起草" in sec.inner_text("main") or "发文计划起草" in sec.inner_text("main")
    sec.select_option("#id_issuer", label="临江市人民政府办公室")
    sec.select_option("#id_signer", label="林国栋")
    sec.click("button.primary")
    sec.wait_for_selector("#id_text")
    assert "关联发文计划" in sec.inner_text("main")

    _open(sec, live_server, f"/documents/plan/?year={plan.year}")
    row = sec.locator("tr", has_text="关于开展城区内涝点专项整治的通知")
    assert "已起草" in row.inner_text()
    plan.refresh_from_db()
    assert plan.status == "drafted" and plan.outgoing_id
    assert row.locator(f"a[href='/documents/out/{plan.outgoing_id}/']").count() == 1
    shot(sec, "documents-11-plan-item-drafted")


def test_search_middle_substring_respects_clearance(live_server, as_user, shot, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    seed.seed()
    doc = _incoming("关于临江港区危化品仓储专项检查情况的通报", classification=1)
    clerk = as_user("wenshu")
    _open(clerk, live_server, "/documents/search/")
    clerk.fill("input[name=q]", "危化品仓储")  # from the middle of the title
    clerk.click("button:has-text('检索')")
    clerk.wait_for_selector("text=收文（")
    link = clerk.locator(f"main a[href='/documents/in/{doc.pk}/']")
    assert link.count() == 1 and "危化品仓储" in link.inner_text()
    shot(clerk, "documents-12-search-found")

    uncleared = as_user("wenshu_c")  # a clerk without clearance
    _open(uncleared, live_server, "/documents/search/?q=%E5%8D%B1%E5%8C%96%E5%93%81%E4%BB%93%E5%82%A8")
    main = uncleared.inner_text("main")
    assert "危化品仓储专项检查" not in main and "没有匹配的收文" in main
    assert uncleared.locator(f"a[href='/documents/in/{doc.pk}/']").count() == 0
    shot(uncleared, "documents-13-search-uncleared-nothing")


def _scan_pdf() -> bytes:
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.drawString(72, 760, "Scanned original, page 1")
    c.showPage()
    c.save()
    return buf.getvalue()


def test_classified_attachment_download_is_stamped_with_the_reader(live_server, as_user, shot, settings, tmp_path):
    import io

    import pdfplumber
    from django.core.files.uploadedfile import SimpleUploadedFile

    from zhongshu.accounts.models import User
    from zhongshu.documents import services as s
    from zhongshu.documents.files import verify

    settings.MEDIA_ROOT = tmp_path
    seed.seed()
    doc = _incoming("关于加强涉密载体管理的通知", classification=1)
    original = _scan_pdf()
    s.attach_upload(actor=User.objects.get(username="wenshu"), doc=doc, upload=SimpleUploadedFile("原件.pdf", original, content_type="application/pdf"))

    reader = as_user("jiyao")  # 机要员 钟守诚, cleared for 秘密
    _open(reader, live_server, f"/documents/in/{doc.pk}/")
    link = reader.locator("a:has-text('原件.pdf')")
    href = link.get_attribute("href")
    shot(reader, "documents-14-classified-attachment")
    try:
        with reader.expect_download() as info:
            link.click()
        data = open(info.value.path(), "rb").read()
    except Exception:  # shown inline by the browser instead of downloaded
        data = reader.request.get(f"{live_server.url}{href}").body()
    assert data.startswith(b"%PDF") and data != original
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        text = "".join(page.extract_text() or "" for page in pdf.pages)
    assert "钟守诚" in text, text[:300]
    # The stored original is unchanged.
    stored = doc.files.get(name="原件.pdf")
    assert verify(stored)


def test_leader_signs_on_a_phone(live_server, browser, shot, settings, tmp_path):
    from zhongshu.documents.models import Outgoing

    settings.MEDIA_ROOT = tmp_path
    seed.seed()
    doc = Outgoing.objects.get(title="关于申请设立应急物资储备库的请示", state="signing")
    ctx = browser.new_context(locale="zh-CN", viewport={"width": 375, "height": 740}, is_mobile=True, has_touch=True)
    try:
        mayor = ctx.new_page()
        mayor.goto(f"{live_server.url}/login/")
        mayor.fill("#id_username", "mayor")
        mayor.fill("#id_password", seed.PASSWORD)
        mayor.click("button[type=submit]")
        mayor.wait_for_selector("h1")
        _open(mayor, live_server, f"/documents/out/{doc.pk}/")
        button = mayor.locator("#steps button:has-text('签发')")
        button.scroll_into_view_if_needed()
        assert button.is_visible()
        box = button.bounding_box()
        assert box and box["x"] >= 0 and box["x"] + box["width"] <= 375, box
        assert mayor.evaluate("document.documentElement.scrollWidth") <= 375
        if mayor.locator("textarea[name=override_reason]").count():
            mayor.fill("textarea[name=override_reason]", "经核，所列问题不影响发文，同意签发")
        mayor.fill("input[name=opinion]", "同意")
        shot(mayor, "documents-15-leader-signs-phone")
        button.click()
        mayor.wait_for_selector("text=已签发")
        doc.refresh_from_db()
        assert doc.state == "recheck" and doc.signed_by.username == "mayor"
        width = mayor.evaluate("document.documentElement.scrollWidth")
        assert width <= 375, f"wider than the phone: {width}px"
        shot(mayor, "documents-16-leader-signed-phone")
    finally:
        ctx.close()


def test_reply_and_read_swap_only_their_section(live_server, as_user, shot, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    seed.seed()
    doc = _incoming("关于做好城区防汛隐患排查的通知", handling=True, readers=["director"])

    handler = as_user("yjj")
    _open(handler, live_server, f"/documents/in/{doc.pk}/")
    handler.evaluate("window.__sameDocument = true")  # survives an htmx swap, not a page load
    handler.fill("#in-handling textarea[name=reply]", "已完成城区隐患排查，共整改12处。")
    handler.click("#in-handling button:has-text('提交答复')")
    handler.wait_for_selector("#in-handling >> text=已答复")
    assert "共整改12处" in handler.inner_text("#in-handling")
    assert handler.evaluate("window.__sameDocument === true"), "the page was reloaded"
    shot(handler, "documents-17-reply-htmx")

    director = as_user("director")
    _open(director, live_server, f"/documents/in/{doc.pk}/")
    director.evaluate("window.__sameDocument = true")
    director.click("#in-circulation button:has-text('已阅')")
    director.wait_for_selector("#in-circulation >> text=已阅知")
    assert director.evaluate("window.__sameDocument === true"), "the page was reloaded"
    assert director.locator("#in-circulation button:has-text('已阅')").count() == 0
    assert "未阅" not in director.inner_text("#in-circulation")
    shot(director, "documents-18-read-htmx")
