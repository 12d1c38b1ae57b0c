from django.db import models


class Classification(models.IntegerChoices):
    """密级. A user's clearance uses the same scale: clearance >= level to see."""

    NONE = 0, "非涉密"
    SECRET = 1, "秘密"
    CONFIDENTIAL = 2, "机密"
    TOP_SECRET = 3, "绝密"


class Urgency(models.TextChoices):
    EXTRA = "特急", "特急"
    URGENT = "紧急", "紧急"
    EXPEDITED = "加急", "加急"
    NORMAL = "普通", "普通"


URGENCY_ORDER = {Urgency.EXTRA: 0, Urgency.URGENT: 1, Urgency.EXPEDITED: 2, Urgency.NORMAL: 3}


class Quadrant(models.IntegerChoices):
    """轻重缓急: importance x urgency, the order every queue is sorted by."""

    NOW = 1, "立即办（重要紧急）"
    ON_TIME = 2, "按时办（重要不紧急）"
    IN_GAPS = 3, "插空办（紧急不重要）"
    PLANNED = 4, "按计划办（不重要不紧急）"
