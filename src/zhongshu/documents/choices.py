"""States, actions and kinds of 办文. Statuses are never bare strings."""

from django.db import models


class DocType(models.TextChoices):
    """The 15 文种 of the 2012 条例 (第八条)."""

    JUEYI = "决议", "决议"
    JUEDING = "决定", "决定"
    MINGLING = "命令（令）", "命令（令）"
    GONGBAO = "公报", "公报"
    GONGGAO = "公告", "公告"
    TONGGAO = "通告", "通告"
    YIJIAN = "意见", "意见"
    TONGZHI = "通知", "通知"
    TONGBAO = "通报", "通报"
    BAOGAO = "报告", "报告"
    QINGSHI = "请示", "请示"
    PIFU = "批复", "批复"
    YIAN = "议案", "议案"
    HAN = "函", "函"
    JIYAO = "纪要", "纪要"


class InState(models.TextChoices):
    """收文 states (条例 第二十四条)."""

    SIGNED = "signed", "已签收（待登记）"
    REGISTERED = "registered", "已登记（待初审）"
    RETURNED = "returned", "初审退回"
    SCREENED = "screened", "待拟办"
    PROPOSED = "proposed", "待批办"
    HANDLING = "handling", "承办中"
    DONE = "done", "已办结"
    ARCHIVE_READY = "archive_ready", "待归档"


class InAction(models.TextChoices):
    SIGN = "sign", "签收"
    REGISTER = "register", "登记"
    SCREEN = "screen", "初审通过"
    SCREEN_RETURN = "screen_return", "初审退回"
    PROPOSE = "propose", "拟办"
    INSTRUCT = "instruct", "批办"
    SEND_BACK = "send_back", "退回重拟"
    REPLY = "reply", "承办答复"
    CIRCULATE = "circulate", "传阅"
    READ = "read", "阅知"
    URGE = "urge", "催办"
    COMPLETE = "complete", "办结"
    ARCHIVE = "archive", "归档"


class OutState(models.TextChoices):
    """发文 states (条例 第二十五条)."""

    DRAFT = "draft", "起草中"
    DEPT_REVIEW = "dept_review", "部门审核"
    OFFICE_REVIEW = "office_review", "办公室核稿"
    COSIGN = "cosign", "会签中"
    SIGNING = "signing", "待签发"
    RECHECK = "recheck", "待复核"
    NUMBERING = "numbering", "待编号"
    PRINTING = "printing", "待印制"
    DISPATCHING = "dispatching", "待核发"
    DISPATCHED = "dispatched", "已核发"
    ARCHIVE_READY = "archive_ready", "待归档"
    CANCELLED = "cancelled", "已撤销"


class OutAction(models.TextChoices):
    SUBMIT = "submit", "送部门审核"
    DEPT_APPROVE = "dept_approve", "部门审核通过"
    OFFICE_APPROVE = "office_approve", "核稿通过"
    COSIGN = "cosign", "会签同意"
    SIGN = "sign", "签发"
    RECHECK = "recheck", "复核通过"
    NUMBER = "number", "编号"
    PRINT = "print", "印制"
    DISPATCH = "dispatch", "核发"
    RECEIPT = "receipt", "登记回执"
    ARCHIVE = "archive", "归档"
    RETURN = "return", "退回修改"
    EDIT = "edit", "保存修改"
    CANCEL = "cancel", "撤销"


class AssignRole(models.TextChoices):
    MAIN = "main", "主办"
    ASSIST = "assist", "协办"


class FileKind(models.TextChoices):
    ORIGINAL = "original", "原件"
    UPLOAD = "upload", "上传稿"
    DOCX = "docx", "正式文本（DOCX）"
    PDF = "pdf", "正式文本（PDF）"
    RECEIPT = "receipt", "回执"


class RecipientKind(models.TextChoices):
    MAIN = "main", "主送"
    CC = "cc", "抄送"


class PlanStatus(models.TextChoices):
    """发文计划 item: planned → drafted (linked to a 发文) → issued; or cancelled."""

    PLANNED = "planned", "计划中"
    DRAFTED = "drafted", "已起草"
    ISSUED = "issued", "已发文"
    CANCELLED = "cancelled", "已取消"
