"""发文 services (条例 第二十五条): every write keyword-only, in one transaction."""

from __future__ import annotations

import re

from django.db import transaction
from django.utils import timezone

from zhongshu.accounts.choices import Role
from zhongshu.accounts.models import User
from zhongshu.core.choices import Classification, Urgency
from zhongshu.core.errors import PermissionDenied, ServiceError
from zhongshu.core.models import Grant

from . import versions as V
from . import workflow as wf
from .choices import DocType, FileKind, RecipientKind
from .choices import OutAction as A
from .choices import OutState as S
from .common import assign_work, finish_work, grant, record, role_people, text_required, unit_people
from .files import check_upload, store_file
from .models import CoSign, DocFile, IssuedNumber, Outgoing, Recipient, Version
from .numbering import allocate_doc_number
from .plans import plans_issue, plans_release
from .search import index_outgoing

TODO = {"draft": "发文修改", "dept": "发文部门审核", "office": "发文核稿", "cosign": "发文会签", "sign": "发文签发", "recheck": "发文复核", "number": "发文编号", "print": "发文印制", "dispatch": "发文核发"}


def _lock(outgoing: Outgoing) -> Outgoing:
    return Outgoing.objects.select_for_update().select_related("issuer", "unit").get(pk=outgoing.pk)


def _step(actor, doc, action):
    return wf.transition(wf.OUTGOING, actor, doc, action)


def _move(actor, doc, action, to, *, reason: str = "", label: str = "", data=None):
    from_state, doc.state = doc.state, to
    doc.save()
    record(actor=actor, doc=doc, action=action, action_label=label or A(action).label, from_state=from_state, reason=reason, data=data)


def _new_version(doc: Outgoing, actor, text: str, note: str = "") -> Version:
    findings, review_note = V.review(text)
    errors, warnings = V.counts(findings)
    doc.version += 1
    m = re.search(r"^标题\s*[:：]\s*(.+)$", text[: V.header_end(text)], re.M)
    if m:
        doc.title = m.group(1).strip()[:200]
    return Version.objects.create(outgoing=doc, number=doc.version, text=text, author=actor, note=note[:200], findings=findings, errors=errors, warnings=warnings, review_note=review_note)


def docx_body(upload) -> str:
    """Paragraph text of an uploaded .docx, joined with newlines."""
    try:
        from zhongshu.review import docx_text

        return docx_text(upload)
    except ImportError:
        import docx

        return "\n".join(p.text for p in docx.Document(upload).paragraphs)
    except Exception as exc:
        raise ServiceError(f"无法读取上传的 DOCX 文件：{exc}", field="file") from exc


def outgoing_create(*, actor, doctype: str, title: str, issuer, classification: int = Classification.NONE, secrecy_period: str = "", urgency: str = Urgency.NORMAL, text: str | None = None, upload=None, reviewer=None, signer=None) -> Outgoing:
    """起草: from the 文种's template, from given text, or from an uploaded .docx."""
    if actor.admin_role or actor.unit_id is None:
        raise PermissionDenied("您不能起草公文")
    classification = Classification(int(classification))
    if classification > actor.clearance:
        raise PermissionDenied("您的涉密等级低于所选密级")
    if classification and not secrecy_period.strip():
        raise ServiceError("涉密公文须填写保密期限", field="secrecy_period")
    doctype = DocType(doctype)
    title = text_required(title, "标题")
    source = text
    if upload is not None:
        name = check_upload(upload)
        if not name.lower().endswith(".docx"):
            raise ServiceError("起草时只能上传 .docx 文件", field="file")
        base = V.template(doctype, title=title, issuer=issuer.name, classification_label=classification.label if classification else "", urgency=urgency)
        source = base[: V.header_end(base)] + docx_body(upload).strip() + "\n"
    if not source:
        source = V.template(doctype, title=title, issuer=issuer.name, classification_label=classification.label if classification else "", urgency=urgency)
    with transaction.atomic():
        doc = Outgoing.objects.create(doctype=doctype, title=title, classification=classification, secrecy_period=secrecy_period.strip(), urgency=Urgency(urgency), unit=actor.unit, issuer=issuer, drafter=actor, reviewer=reviewer, signer=signer)
        _new_version(doc, actor, source, note="起草")
        doc.title = title
        doc.save()
        if upload is not None:
            store_file(actor=actor, doc=doc, kind=FileKind.UPLOAD, name=name, upload=upload, version=1)
        record(actor=actor, doc=doc, action="create", action_label="起草", from_state="")
        index_outgoing(doc, source)
        assign_work(doc=doc, people=[actor], kind=TODO["draft"], action_label="起草")
    return doc


def version_save(*, actor, outgoing: Outgoing, text: str, base_version: int, note: str = "") -> Version:
    """Save a new version. ``base_version`` is the version the editor started
    from; if someone saved since, nothing is written and Conflict says what
    they changed. A substantive edit after 签发 sends it back to the signer."""
    text = text.replace("\r\n", "\n")
    if not text.strip():
        raise ServiceError("正文不能为空", field="text")
    with transaction.atomic():
        doc = _lock(outgoing)
        _step(actor, doc, A.EDIT)
        current = doc.versions.get(number=doc.version)
        if int(base_version) != doc.version:
            base = doc.versions.filter(number=base_version).first()
            who = current.author or "他人"
            raise V.Conflict(
                f"保存冲突：您编辑期间，{who}已于{timezone.localtime(current.created_at):%H:%M}保存了第{doc.version}版。"
                "您的修改没有保存；请查看对方的改动，在最新版本上重新修改。",
                theirs=current, diff=V.diff(base.text if base else "", current.text),
            )
        if text == current.text:
            return current
        version = _new_version(doc, actor, text, note)
        doc.save()
        record(actor=actor, doc=doc, action=A.EDIT, action_label=f"保存第{version.number}版", from_state=doc.state, reason=note, data={"version": version.number, "errors": version.errors})
        index_outgoing(doc, text)
        if doc.signed_version and doc.state == S.RECHECK:
            signed = doc.versions.get(number=doc.signed_version)
            if V.substantive(signed.text, text):
                doc.signed_at = None
                _move(actor, doc, A.RETURN, S.SIGNING, label="实质性修改，退回签发人", reason=f"签发后修改（第{doc.signed_version}版 → 第{version.number}版）")
                finish_work(doc=doc, kind=TODO["recheck"])
                assign_work(doc=doc, people=[doc.signed_by or doc.signer], kind=TODO["sign"], action_label="重新签发", notice=f"签发后有实质性修改，请重新签发：{doc.title}")
    return version


def outgoing_submit(*, actor, outgoing: Outgoing, reviewer=None) -> Outgoing:
    with transaction.atomic():
        doc = _lock(outgoing)
        if reviewer is not None:
            doc.reviewer = reviewer
        _step(actor, doc, A.SUBMIT)
        _move(actor, doc, A.SUBMIT, S.DEPT_REVIEW)
        finish_work(doc=doc, kind=TODO["draft"])
        people = [doc.reviewer] if doc.reviewer else unit_people(doc.unit_id, roles=(Role.DIRECTOR, Role.LEADER), clearance=doc.classification)
        assign_work(doc=doc, people=people, kind=TODO["dept"], action_label="部门审核")
    return doc


def outgoing_dept_approve(*, actor, outgoing: Outgoing, opinion: str = "") -> Outgoing:
    with transaction.atomic():
        doc = _lock(outgoing)
        _step(actor, doc, A.DEPT_APPROVE)
        _move(actor, doc, A.DEPT_APPROVE, S.OFFICE_REVIEW, reason=opinion)
        finish_work(doc=doc, kind=TODO["dept"])
        assign_work(doc=doc, people=role_people(Role.SECRETARY, clearance=doc.classification), kind=TODO["office"], action_label="核稿")
    return doc


def outgoing_office_approve(*, actor, outgoing: Outgoing, signer=None, cosign_units=None, opinion: str = "") -> Outgoing:
    """核稿通过: name the signer and the co-signing units (会签, in parallel)."""
    with transaction.atomic():
        doc = _lock(outgoing)
        _step(actor, doc, A.OFFICE_APPROVE)
        if signer is not None:
            doc.signer = signer
        if doc.signer is None or not doc.signer.has_role(Role.LEADER):
            raise ServiceError("请选择签发领导", field="signer")
        if doc.signer.clearance < doc.classification:
            raise ServiceError(f"{doc.signer}的涉密等级低于此件密级", field="signer")
        if cosign_units is not None:
            doc.cosigns.all().delete()
            for unit in cosign_units:
                CoSign.objects.get_or_create(outgoing=doc, unit=unit)
        grant(doc=doc, actor=actor, user=doc.signer, action=Grant.Action.CHANGE, reason="签发")
        finish_work(doc=doc, kind=TODO["office"])
        pending = list(doc.cosigns.filter(agreed_at__isnull=True))
        if pending:
            _move(actor, doc, A.OFFICE_APPROVE, S.COSIGN, reason=opinion, data={"cosign": [c.unit_id for c in pending]})
            for c in pending:
                grant(doc=doc, actor=actor, unit=c.unit, action=Grant.Action.CHANGE, reason="会签")
                assign_work(doc=doc, people=unit_people(c.unit_id, roles=(Role.LEADER, Role.DIRECTOR, Role.HANDLER), clearance=doc.classification), kind=TODO["cosign"], action_label="会签")
        else:
            _move(actor, doc, A.OFFICE_APPROVE, S.SIGNING, reason=opinion)
            assign_work(doc=doc, people=[doc.signer], kind=TODO["sign"], action_label="签发", notice=f"请签发：{doc.title}")
    return doc


def outgoing_cosign(*, actor, outgoing: Outgoing, opinion: str = "同意") -> Outgoing:
    with transaction.atomic():
        doc = _lock(outgoing)
        _step(actor, doc, A.COSIGN)
        units = set(User.objects.filter(pk__in=wf._ids(actor)).values_list("unit_id", flat=True))
        now = timezone.now()
        for c in doc.cosigns.select_for_update().filter(agreed_at__isnull=True, unit_id__in=units):
            c.agreed_by, c.agreed_at, c.opinion = actor, now, (opinion or "同意").strip()[:300]
            c.save()
            for person in unit_people(c.unit_id, roles=(Role.LEADER, Role.DIRECTOR, Role.HANDLER)):
                finish_work(doc=doc, kind=TODO["cosign"], owner=person)
            record(actor=actor, doc=doc, action=A.COSIGN, action_label=f"会签（{c.unit.label}）", from_state=doc.state, reason=c.opinion)
        if not doc.cosigns.filter(agreed_at__isnull=True).exists():
            _move(actor, doc, A.COSIGN, S.SIGNING, label="会签完成")
            assign_work(doc=doc, people=[doc.signer], kind=TODO["sign"], action_label="签发", notice=f"请签发：{doc.title}")
    return doc


def outgoing_return(*, actor, outgoing: Outgoing, reason: str) -> Outgoing:
    """退回修改: from any review step back to the drafter, with the reason."""
    with transaction.atomic():
        doc = _lock(outgoing)
        _step(actor, doc, A.RETURN)
        reason = text_required(reason, "退回理由")
        doc.cosigns.update(agreed_at=None, agreed_by=None, opinion="")
        doc.signed_at = None
        doc.signed_version = None
        _move(actor, doc, A.RETURN, S.DRAFT, reason=reason)
        finish_work(doc=doc)
        assign_work(doc=doc, people=[doc.drafter], kind=TODO["draft"], action_label="修改", notice=f"公文被退回修改：{doc.title}（{reason}）")
    return doc


def outgoing_sign(*, actor, outgoing: Outgoing, override_reason: str = "", opinion: str = "") -> Outgoing:
    """签发: error findings must be fixed, or overridden with a written, logged reason."""
    with transaction.atomic():
        doc = _lock(outgoing)
        _step(actor, doc, A.SIGN)
        current = doc.versions.get(number=doc.version)
        data = {"version": current.number, "errors": current.errors}
        if current.errors:
            if not override_reason.strip():
                raise ServiceError(f"第{current.number}版有{current.errors}处五关审校错误，须修改后再签发，或填写带错签发的理由", field="override_reason")
            doc.override_reason = override_reason.strip()
            data["override_reason"] = doc.override_reason
        doc.signed_version, doc.signed_at, doc.signed_by = current.number, timezone.now(), actor
        if doc.signer_id is None:
            doc.signer = actor
        _move(actor, doc, A.SIGN, S.RECHECK, reason=opinion or ("带错签发：" + doc.override_reason if current.errors else ""), data=data)
        finish_work(doc=doc, kind=TODO["sign"])
        assign_work(doc=doc, people=role_people(Role.CLERK, clearance=doc.classification), kind=TODO["recheck"], action_label="复核")
    return doc


def outgoing_recheck(*, actor, outgoing: Outgoing, opinion: str = "") -> Outgoing:
    with transaction.atomic():
        doc = _lock(outgoing)
        _step(actor, doc, A.RECHECK)
        _move(actor, doc, A.RECHECK, S.NUMBERING, reason=opinion)
        finish_work(doc=doc, kind=TODO["recheck"])
        assign_work(doc=doc, people=[actor] if actor.has_role(Role.CLERK) else role_people(Role.CLERK, clearance=doc.classification), kind=TODO["number"], action_label="编号")
    return doc


def outgoing_number(*, actor, outgoing: Outgoing) -> Outgoing:
    """编号: 发文字号 allocated in this transaction, per 代字 and year."""
    with transaction.atomic():
        doc = _lock(outgoing)
        _step(actor, doc, A.NUMBER)
        year = timezone.localtime().year
        issued = allocate_doc_number(code=doc.issuer.code, year=year, outgoing=doc)
        doc.code, doc.year, doc.serial, doc.doc_number = issued.code, issued.year, issued.serial, issued.doc_number
        _move(actor, doc, A.NUMBER, S.PRINTING, data={"doc_number": doc.doc_number})
        index_outgoing(doc)
        finish_work(doc=doc, kind=TODO["number"])
        assign_work(doc=doc, people=[actor], kind=TODO["print"], action_label="印制")
    return doc


def set_header(text: str, key: str, value: str) -> str:
    """Replace (or add, before the blank line) one `键: 值` line of the source."""
    end = V.header_end(text)
    head, body = text[:end], text[end:]
    pattern = re.compile(rf"^{re.escape(key)}\s*[:：].*$", re.M)
    if pattern.search(head):
        head = pattern.sub(lambda m: f"{key}: {value}", head, count=1)
    else:
        head = head.rstrip("\n") + f"\n{key}: {value}\n\n"
    return head + body


def final_source(doc: Outgoing) -> str:
    text = doc.versions.get(number=doc.signed_version or doc.version).text
    when = timezone.localtime(doc.signed_at or timezone.now())
    text = set_header(text, "发文字号", doc.doc_number)
    text = set_header(text, "成文日期", f"{when.year}年{when.month}月{when.day}日")
    if doc.classification:
        label = Classification(doc.classification).label
        text = set_header(text, "密级", f"{label}★{doc.secrecy_period}" if doc.secrecy_period else label)
    if doc.urgency in (Urgency.EXTRA, Urgency.EXPEDITED):
        text = set_header(text, "紧急程度", doc.urgency)
    if doc.doctype in (DocType.QINGSHI, DocType.BAOGAO) and doc.signed_by:
        text = set_header(text, "签发人", doc.signed_by.name)
    return text


def outgoing_print(*, actor, outgoing: Outgoing) -> list[DocFile]:
    """印制: GB/T 9704 DOCX and PDF of the signed version, stored with checksums."""
    from zhongshu import gongwen

    with transaction.atomic():
        doc = _lock(outgoing)
        _step(actor, doc, A.PRINT)
        source = final_source(doc)
        try:
            parsed = gongwen.parse_source(source)
        except gongwen.SourceError as exc:
            raise ServiceError(f"公文源文本有误，无法印制：{exc}") from exc
        errors = gongwen.errors_of(gongwen.validate(parsed))
        if errors:
            raise ServiceError("公文格式校验未通过，无法印制：" + "；".join(str(getattr(p, "message", p)) for p in errors[:5]))
        stem = doc.doc_number or doc.title
        files = [
            store_file(actor=actor, doc=doc, kind=FileKind.DOCX, name=f"{stem}.docx", content=gongwen.render_docx(parsed), version=doc.signed_version),
            store_file(actor=actor, doc=doc, kind=FileKind.PDF, name=f"{stem}.pdf", content=gongwen.render_pdf(parsed), version=doc.signed_version),
        ]
        doc.printed_at = timezone.now()
        _move(actor, doc, A.PRINT, S.DISPATCHING, data={"sha256": [f.sha256 for f in files]})
        finish_work(doc=doc, kind=TODO["print"])
        assign_work(doc=doc, people=[actor], kind=TODO["dispatch"], action_label="核发")
    return files


def _match_unit(name: str):
    from django.db.models import Q

    from zhongshu.org.models import Unit

    return Unit.objects.filter(Q(name=name) | Q(short_name=name), is_active=True).exclude(kind="external").first()


def outgoing_dispatch(*, actor, outgoing: Outgoing) -> list[Recipient]:
    """核发: internal recipients get it in their 收文 queue; external ones are listed for dispatch."""
    from zhongshu import gongwen

    from .incoming import incoming_sign

    with transaction.atomic():
        doc = _lock(outgoing)
        _step(actor, doc, A.DISPATCH)
        parsed = gongwen.parse_source(final_source(doc))
        names = [(RecipientKind.MAIN, n) for n in parsed.recipients] + [(RecipientKind.CC, n) for n in parsed.cc]
        if not names:
            raise ServiceError("没有主送或抄送单位，无法核发")
        pdf = doc.files.filter(kind=FileKind.PDF).order_by("-id").first()
        now = timezone.now()
        rows = []
        for kind, name in names:
            unit = _match_unit(name)
            row = Recipient.objects.create(outgoing=doc, kind=kind, name=name, unit=unit, dispatched_at=now if unit else None)
            if unit is not None and unit.pk != doc.issuer_id:
                inc = incoming_sign(actor=None, unit=unit, title=doc.title, source_name=doc.issuer.name, source_unit=doc.issuer, urgency=doc.urgency, classification=doc.classification, doctype=doc.doctype, original_number=doc.doc_number, from_outgoing=doc)
                if pdf is not None:
                    with pdf.file.open("rb") as fh:
                        store_file(actor=actor, doc=inc, kind=FileKind.ORIGINAL, name=pdf.name, content=fh.read())
                row.incoming = inc
                row.receipt_at = now
                row.receipt_note = "系统内自动送达"
                row.save()
            rows.append(row)
        doc.dispatched_at = now
        _move(actor, doc, A.DISPATCH, S.DISPATCHED, data={"recipients": [r.name for r in rows]})
        plans_issue(actor=actor, outgoing=doc)
        finish_work(doc=doc, kind=TODO["dispatch"])
    return rows


def outgoing_receipt(*, actor, outgoing: Outgoing, recipient_id: int, note: str = "") -> Recipient:
    """登记回执 of an external recipient."""
    with transaction.atomic():
        doc = _lock(outgoing)
        _step(actor, doc, A.RECEIPT)
        row = doc.recipients.select_for_update().filter(pk=recipient_id).first()
        if row is None:
            raise ServiceError("没有这个收文单位")
        if row.receipt_at:
            raise ServiceError(f"{row.name}的回执已登记")
        now = timezone.now()
        row.receipt_at, row.receipt_by, row.receipt_note = now, actor, note.strip()[:200] or "已送达"
        row.dispatched_at = row.dispatched_at or now
        row.save()
        record(actor=actor, doc=doc, action=A.RECEIPT, action_label=f"登记回执（{row.name}）", from_state=doc.state, reason=row.receipt_note)
    return row


def outgoing_archive(*, actor, outgoing: Outgoing) -> Outgoing:
    with transaction.atomic():
        doc = _lock(outgoing)
        _step(actor, doc, A.ARCHIVE)
        _move(actor, doc, A.ARCHIVE, S.ARCHIVE_READY, label="移交归档")
    return doc


def outgoing_cancel(*, actor, outgoing: Outgoing, reason: str) -> Outgoing:
    """撤销: a number already allocated is recorded as void, never reused."""
    with transaction.atomic():
        doc = _lock(outgoing)
        _step(actor, doc, A.CANCEL)
        doc.cancel_reason = text_required(reason, "撤销理由")
        voided = IssuedNumber.objects.filter(outgoing=doc, void=False).update(void=True, void_reason=doc.cancel_reason[:300])
        _move(actor, doc, A.CANCEL, S.CANCELLED, reason=doc.cancel_reason, data={"void_number": doc.doc_number if voided else ""})
        plans_release(actor=actor, outgoing=doc)
        finish_work(doc=doc)
    return doc
