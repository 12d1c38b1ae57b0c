"""办文: incoming (收文) and outgoing (发文) documents, their steps and files.

Reads go through zhongshu.core.access.restrict() via selectors.py. Child rows
(assignments, circulation, versions, files, history) are read only through a
parent that passed restrict().
"""

from django.conf import settings
from django.db import models
from django.db.models import Q

from zhongshu.accounts.choices import Role
from zhongshu.core.access import AccessPolicy
from zhongshu.core.choices import Classification, Urgency

from .choices import AssignRole, DocType, FileKind, InState, OutState, PlanStatus, RecipientKind

USER = settings.AUTH_USER_MODEL


class Incoming(models.Model):
    """One incoming document (收文) in one receiving unit's register."""

    unit = models.ForeignKey("org.Unit", verbose_name="收文单位", on_delete=models.PROTECT, related_name="incoming")
    year = models.PositiveSmallIntegerField("年度")
    serial = models.PositiveIntegerField("收文序号", null=True, blank=True)
    source_unit = models.ForeignKey("org.Unit", verbose_name="来文单位", null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    source_name = models.CharField("来文单位", max_length=100)
    original_number = models.CharField("原文号", max_length=60, blank=True)
    title = models.CharField("标题", max_length=200)
    doctype = models.CharField("文种", max_length=8, choices=DocType.choices, default=DocType.TONGZHI)
    classification = models.PositiveSmallIntegerField("密级", choices=Classification.choices, default=Classification.NONE)
    secrecy_period = models.CharField("保密期限", max_length=20, blank=True)
    urgency = models.CharField("紧急程度", max_length=4, choices=Urgency.choices, default=Urgency.NORMAL)
    copies = models.PositiveSmallIntegerField("份数", default=1)
    summary = models.TextField("内容摘要", blank=True)
    received_at = models.DateTimeField("收文时间")
    due_at = models.DateTimeField("办理期限", null=True, blank=True)
    report_due = models.DateTimeField("报送期限", null=True, blank=True)
    report_remind_days = models.PositiveSmallIntegerField("提前提醒（工作日）", default=3)
    state = models.CharField("状态", max_length=16, choices=InState.choices, default=InState.SIGNED)
    signed_by = models.ForeignKey(USER, verbose_name="签收人", null=True, on_delete=models.SET_NULL, related_name="+")
    registered_by = models.ForeignKey(USER, verbose_name="登记人", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    return_reason = models.TextField("退回理由", blank=True)
    proposal = models.TextField("拟办意见", blank=True)
    leader = models.ForeignKey(USER, verbose_name="批办领导", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    instruction = models.TextField("批办意见", blank=True)
    instructed_at = models.DateTimeField("批办时间", null=True, blank=True)
    result = models.TextField("办理结果", blank=True)
    completed_at = models.DateTimeField("办结时间", null=True, blank=True)
    from_outgoing = models.ForeignKey("Outgoing", verbose_name="来自本机关发文", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    # Normalised 标题 + 文号 + 来文单位 + 摘要, written by search.index_incoming()
    # (services only); pg_trgm GIN index on PostgreSQL, FTS5 trigram on SQLite.
    search_text = models.TextField(blank=True, default="", editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    # Clerks, secretaries, the director and leaders see the office's unclassified
    # mail; the receiving unit sees its own; classified items only by grant
    # (批办领导, 承办单位, 传阅人) or to 机要员.
    access = AccessPolicy(
        owner_fields=("registered_by", "signed_by"),
        unit_field="unit",
        office_roles=frozenset({Role.CLERK, Role.SECRETARY, Role.DIRECTOR, Role.LEADER}),
        classified_roles=frozenset({Role.CONFIDENTIAL}),
    )

    class Meta:
        verbose_name = "收文"
        constraints = [models.UniqueConstraint(fields=["unit", "year", "serial"], name="incoming_number_once")]
        indexes = [
            models.Index(fields=["year", "serial"], name="in_ledger"),
            models.Index(fields=["unit", "year", "serial"], name="in_unit_ledger"),
            models.Index(fields=["state", "received_at"], name="in_state"),
            models.Index(fields=["report_due"], name="in_report_due", condition=Q(report_due__isnull=False)),
            models.Index(fields=["doctype", "received_at"], name="in_doctype"),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def number(self) -> str:
        return f"收〔{self.year}〕{self.serial}号" if self.serial else "（未登记）"


class Assignment(models.Model):
    """承办: one 主办 and any 协办 units of an incoming document; each replies."""

    incoming = models.ForeignKey(Incoming, on_delete=models.CASCADE, related_name="assignments")
    unit = models.ForeignKey("org.Unit", verbose_name="承办单位", on_delete=models.PROTECT, related_name="+")
    role = models.CharField("分工", max_length=8, choices=AssignRole.choices)
    reply = models.TextField("答复", blank=True)
    replied_by = models.ForeignKey(USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    replied_at = models.DateTimeField("答复时间", null=True, blank=True)
    urged_count = models.PositiveSmallIntegerField("催办次数", default=0)

    class Meta:
        ordering = ["role", "id"]
        constraints = [models.UniqueConstraint(fields=["incoming", "unit"], name="assign_unit_once")]


class Circulation(models.Model):
    """传阅: who was asked to read, who has read it and when."""

    incoming = models.ForeignKey(Incoming, on_delete=models.CASCADE, related_name="circulation")
    reader = models.ForeignKey(USER, verbose_name="传阅人", on_delete=models.CASCADE, related_name="+")
    sent_by = models.ForeignKey(USER, null=True, on_delete=models.SET_NULL, related_name="+")
    sent_at = models.DateTimeField()
    read_at = models.DateTimeField("阅知时间", null=True, blank=True)
    note = models.CharField("阅知意见", max_length=200, blank=True)

    class Meta:
        ordering = ["id"]
        constraints = [models.UniqueConstraint(fields=["incoming", "reader"], name="circulate_once")]


class Outgoing(models.Model):
    """One outgoing document (发文) from drafting to dispatch."""

    doctype = models.CharField("文种", max_length=8, choices=DocType.choices, default=DocType.TONGZHI)
    title = models.CharField("标题", max_length=200)
    classification = models.PositiveSmallIntegerField("密级", choices=Classification.choices, default=Classification.NONE)
    secrecy_period = models.CharField("保密期限", max_length=20, blank=True)
    urgency = models.CharField("紧急程度", max_length=4, choices=Urgency.choices, default=Urgency.NORMAL)
    unit = models.ForeignKey("org.Unit", verbose_name="拟稿单位", on_delete=models.PROTECT, related_name="+")
    issuer = models.ForeignKey("org.Unit", verbose_name="发文机关", on_delete=models.PROTECT, related_name="+")
    drafter = models.ForeignKey(USER, verbose_name="拟稿人", on_delete=models.PROTECT, related_name="+")
    reviewer = models.ForeignKey(USER, verbose_name="部门审核人", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    signer = models.ForeignKey(USER, verbose_name="签发领导", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    state = models.CharField("状态", max_length=16, choices=OutState.choices, default=OutState.DRAFT)
    version = models.PositiveIntegerField("当前版本", default=0)
    signed_version = models.PositiveIntegerField("签发版本", null=True, blank=True)
    signed_at = models.DateTimeField("签发时间", null=True, blank=True)
    signed_by = models.ForeignKey(USER, verbose_name="签发人", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    override_reason = models.TextField("带错签发理由", blank=True)
    code = models.CharField("机关代字", max_length=20, blank=True)
    year = models.PositiveSmallIntegerField("年度", null=True, blank=True)
    serial = models.PositiveIntegerField("序号", null=True, blank=True)
    doc_number = models.CharField("发文字号", max_length=60, blank=True)
    printed_at = models.DateTimeField("印制时间", null=True, blank=True)
    dispatched_at = models.DateTimeField("核发时间", null=True, blank=True)
    cancel_reason = models.TextField("撤销理由", blank=True)
    # 标题 + 发文字号 + 发文机关 + current version's text: see Incoming.search_text.
    search_text = models.TextField(blank=True, default="", editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    access = AccessPolicy(
        owner_fields=("drafter", "reviewer", "signer"),
        unit_field="unit",
        office_roles=frozenset({Role.CLERK, Role.SECRETARY, Role.DIRECTOR, Role.LEADER}),
        classified_roles=frozenset({Role.CONFIDENTIAL}),
    )

    class Meta:
        verbose_name = "发文"
        indexes = [
            models.Index(fields=["state", "updated_at"], name="out_state"),
            models.Index(fields=["code", "year", "serial"], name="out_number"),
            models.Index(fields=["created_at"], name="out_created"),
        ]

    def __str__(self) -> str:
        return self.title


class Version(models.Model):
    """One saved draft of an outgoing document (修改痕迹), with its 五关 review."""

    outgoing = models.ForeignKey(Outgoing, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField("版本")
    text = models.TextField("公文源文本")
    author = models.ForeignKey(USER, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    note = models.CharField("修改说明", max_length=200, blank=True)
    findings = models.JSONField("审校结果", default=list)
    errors = models.PositiveIntegerField("错误数", default=0)
    warnings = models.PositiveIntegerField("警告数", default=0)
    review_note = models.CharField("审校说明", max_length=200, blank=True)

    class Meta:
        ordering = ["number"]
        constraints = [models.UniqueConstraint(fields=["outgoing", "number"], name="version_once")]


class CoSign(models.Model):
    """会签: one co-signing unit; all in parallel."""

    outgoing = models.ForeignKey(Outgoing, on_delete=models.CASCADE, related_name="cosigns")
    unit = models.ForeignKey("org.Unit", verbose_name="会签单位", on_delete=models.PROTECT, related_name="+")
    agreed_by = models.ForeignKey(USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    agreed_at = models.DateTimeField("会签时间", null=True, blank=True)
    opinion = models.CharField("会签意见", max_length=300, blank=True)

    class Meta:
        ordering = ["id"]
        constraints = [models.UniqueConstraint(fields=["outgoing", "unit"], name="cosign_once")]


class Recipient(models.Model):
    """核发: a 主送 or 抄送 recipient; internal ones get an Incoming, external ones a receipt."""

    outgoing = models.ForeignKey(Outgoing, on_delete=models.CASCADE, related_name="recipients")
    kind = models.CharField("类别", max_length=6, choices=RecipientKind.choices)
    name = models.CharField("单位名称", max_length=100)
    unit = models.ForeignKey("org.Unit", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    incoming = models.ForeignKey(Incoming, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    dispatched_at = models.DateTimeField("分发时间", null=True, blank=True)
    receipt_at = models.DateTimeField("回执时间", null=True, blank=True)
    receipt_by = models.ForeignKey(USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    receipt_note = models.CharField("回执说明", max_length=200, blank=True)

    class Meta:
        ordering = ["kind", "id"]

    @property
    def internal(self) -> bool:
        return self.unit_id is not None


class NumberCounter(models.Model):
    """The last serial per (机关代字, year): locked with select_for_update to allocate."""

    key = models.CharField(max_length=40)
    year = models.PositiveSmallIntegerField()
    last = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["key", "year"], name="counter_once")]


class IssuedNumber(models.Model):
    """Every 发文字号 ever allocated; a cancelled document's number stays, void."""

    code = models.CharField(max_length=20)
    year = models.PositiveSmallIntegerField()
    serial = models.PositiveIntegerField()
    doc_number = models.CharField(max_length=60)
    outgoing = models.ForeignKey(Outgoing, null=True, on_delete=models.SET_NULL, related_name="numbers")
    void = models.BooleanField("作废", default=False)
    void_reason = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["code", "year", "serial"]
        constraints = [models.UniqueConstraint(fields=["code", "year", "serial"], name="doc_number_once")]


class DocFile(models.Model):
    """A stored file: scanned original, uploaded draft, rendered DOCX/PDF, receipt."""

    incoming = models.ForeignKey(Incoming, null=True, blank=True, on_delete=models.CASCADE, related_name="files")
    outgoing = models.ForeignKey(Outgoing, null=True, blank=True, on_delete=models.CASCADE, related_name="files")
    kind = models.CharField("类别", max_length=10, choices=FileKind.choices)
    name = models.CharField("文件名", max_length=200)
    file = models.FileField(upload_to="documents/%Y/%m/", max_length=300)
    sha256 = models.CharField(max_length=64)
    size = models.PositiveBigIntegerField()
    content_type = models.CharField(max_length=100, blank=True)
    version = models.PositiveIntegerField(null=True, blank=True)
    uploaded_by = models.ForeignKey(USER, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["id"]
        constraints = [models.CheckConstraint(condition=(Q(incoming__isnull=False) & Q(outgoing__isnull=True)) | (Q(incoming__isnull=True) & Q(outgoing__isnull=False)), name="docfile_one_parent")]


class History(models.Model):
    """Every state change and step: from what, to what, who, when, why."""

    incoming = models.ForeignKey(Incoming, null=True, blank=True, on_delete=models.CASCADE, related_name="history")
    outgoing = models.ForeignKey(Outgoing, null=True, blank=True, on_delete=models.CASCADE, related_name="history")
    action = models.CharField("操作", max_length=20)
    action_label = models.CharField(max_length=20)
    from_state = models.CharField(max_length=16, blank=True)
    to_state = models.CharField(max_length=16, blank=True)
    actor = models.ForeignKey(USER, null=True, on_delete=models.SET_NULL, related_name="+")
    at = models.DateTimeField()
    reason = models.TextField("理由/意见", blank=True)

    class Meta:
        ordering = ["at", "id"]


class PlanItem(models.Model):
    """One line of the annual 发文计划: a document the office means to issue."""

    year = models.PositiveSmallIntegerField("年度")
    month = models.PositiveSmallIntegerField("计划月份")
    title = models.CharField("拟发文件标题", max_length=200)
    doctype = models.CharField("文种", max_length=8, choices=DocType.choices, default=DocType.TONGZHI)
    unit = models.ForeignKey("org.Unit", verbose_name="起草单位", on_delete=models.PROTECT, related_name="+")
    reason = models.TextField("发文理由/依据", blank=True)
    status = models.CharField("状态", max_length=10, choices=PlanStatus.choices, default=PlanStatus.PLANNED)
    outgoing = models.ForeignKey(Outgoing, verbose_name="对应发文", null=True, blank=True, on_delete=models.SET_NULL, related_name="plan_items")
    cancel_reason = models.TextField("取消理由", blank=True)
    created_by = models.ForeignKey(USER, verbose_name="编制人", null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    # A plan is not classified (its linked 发文 may be, and is shown only
    # through restrict()); the office sees the whole plan, a unit its own lines.
    access = AccessPolicy(
        owner_fields=("created_by",),
        unit_field="unit",
        office_roles=frozenset({Role.CLERK, Role.SECRETARY, Role.DIRECTOR, Role.LEADER}),
        classification_field=None,
        use_grants=False,
    )

    class Meta:
        verbose_name = "发文计划"
        ordering = ["year", "month", "id"]
        indexes = [models.Index(fields=["year", "month"], name="plan_month")]
        constraints = [
            models.CheckConstraint(condition=Q(month__gte=1, month__lte=12), name="plan_month_valid"),
            models.UniqueConstraint(fields=["outgoing"], condition=Q(outgoing__isnull=False), name="plan_outgoing_once"),
        ]

    def __str__(self) -> str:
        return self.title
