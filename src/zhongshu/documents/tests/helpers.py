"""Walk documents to a given state through the services (for table-driven tests)."""

from zhongshu.documents import services as s
from zhongshu.documents.choices import InState, OutState
from zhongshu.documents.models import Outgoing

QINGSHI = """文种: 请示
发文机关标志: 测试市人民政府办公室
标题: 关于申请防汛专项资金的请示
主送: 测试市财政局
抄送: 江海省人民政府办公厅
署名: 测试市人民政府办公室
成文日期: 2025年3月5日

一、基本情况
今年汛期提前，防汛任务繁重。
二、请示事项
拟申请防汛专项资金500万元。
妥否，请批示。
"""

IN_ORDER = [InState.SIGNED, InState.REGISTERED, InState.SCREENED, InState.PROPOSED, InState.HANDLING, InState.DONE, InState.ARCHIVE_READY]


def incoming_to(state, cast, *, classification=0, report_due=None, **kw):
    c = cast
    doc = s.incoming_sign(actor=c["clerk"], title="关于做好防汛工作的通知", source_name="江海省人民政府办公厅", classification=classification, **kw)
    if state == InState.SIGNED:
        return doc
    doc = s.incoming_register(actor=c["clerk"], incoming=doc, original_number="江政办发〔2025〕8号", secrecy_period="1年" if classification else "", report_due=report_due)
    if state == InState.REGISTERED:
        return doc
    if state == InState.RETURNED:
        return s.incoming_screen(actor=c["clerk"], incoming=doc, passed=False, reason="不属于本机关办理")
    doc = s.incoming_screen(actor=c["clerk"], incoming=doc, passed=True)
    if state == InState.SCREENED:
        return doc
    doc = s.incoming_propose(actor=c["clerk"], incoming=doc, proposal="拟请市发改委主办", leader=c["leader"], main_unit=c["handler"].unit, assist_units=[c["handler2"].unit])
    if state == InState.PROPOSED:
        return doc
    doc = s.incoming_instruct(actor=c["leader"], incoming=doc, instruction="请市发改委牵头办理")
    if state == InState.HANDLING:
        return doc
    s.incoming_reply(actor=c["handler"], incoming=doc, reply="已部署")
    doc = s.incoming_complete(actor=c["clerk"], incoming=doc, result="已按要求部署落实")
    if state == InState.DONE:
        return doc
    return s.incoming_archive(actor=c["clerk"], incoming=doc)


OUT_ORDER = [OutState.DRAFT, OutState.DEPT_REVIEW, OutState.OFFICE_REVIEW, OutState.COSIGN, OutState.SIGNING, OutState.RECHECK, OutState.NUMBERING, OutState.PRINTING, OutState.DISPATCHING, OutState.DISPATCHED, OutState.ARCHIVE_READY]


def outgoing_to(state, cast, *, office, classification=0, text=QINGSHI) -> Outgoing:
    c = cast
    doc = s.outgoing_create(actor=c["secretary"], doctype="请示", title="关于申请防汛专项资金的请示", issuer=office, text=text, classification=classification, secrecy_period="1年" if classification else "", reviewer=c["clerk"] if False else None)
    if state == OutState.DRAFT:
        return doc
    if state == OutState.CANCELLED:
        return s.outgoing_cancel(actor=c["secretary"], outgoing=doc, reason="不再需要")
    doc = s.outgoing_submit(actor=c["secretary"], outgoing=doc, reviewer=c["leader"])
    if state == OutState.DEPT_REVIEW:
        return doc
    doc = s.outgoing_dept_approve(actor=c["leader"], outgoing=doc)
    if state == OutState.OFFICE_REVIEW:
        return doc
    doc = s.outgoing_office_approve(actor=c["secretary"], outgoing=doc, signer=c["leader"], cosign_units=[c["handler2"].unit])
    if state == OutState.COSIGN:
        return doc
    doc = s.outgoing_cosign(actor=c["handler2"], outgoing=doc)
    if state == OutState.SIGNING:
        return doc
    doc = s.outgoing_sign(actor=c["leader"], outgoing=doc, override_reason="已核实")
    if state == OutState.RECHECK:
        return doc
    doc = s.outgoing_recheck(actor=c["clerk"], outgoing=doc)
    if state == OutState.NUMBERING:
        return doc
    doc = s.outgoing_number(actor=c["clerk"], outgoing=doc)
    if state == OutState.PRINTING:
        return doc
    s.outgoing_print(actor=c["clerk"], outgoing=doc)
    doc.refresh_from_db()
    if state == OutState.DISPATCHING:
        return doc
    s.outgoing_dispatch(actor=c["clerk"], outgoing=doc)
    doc.refresh_from_db()
    if state == OutState.DISPATCHED:
        return doc
    return s.outgoing_archive(actor=c["clerk"], outgoing=doc)


def pdf_bytes(pages: list[str]) -> bytes:
    """A small real PDF, one line of text per page (reportlab)."""
    import io

    from reportlab.pdfgen import canvas

    from zhongshu.gongwen import fonts

    font = fonts.resolve(fonts.Role.SONG, text="".join(pages)).name
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    for text in pages:
        c.setFont(font, 16)
        c.drawString(72, 760, text)
        c.showPage()
    c.save()
    return buf.getvalue()
