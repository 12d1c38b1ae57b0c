from django.db import models


class UnitKind(models.TextChoices):
    SELF = "self", "本机关"
    INTERNAL = "internal", "内设机构"
    SUBORDINATE = "subordinate", "下属单位"
    EXTERNAL = "external", "外单位"


class DelegationKind(models.TextChoices):
    ACTING = "acting", "代理"
    BACKUP = "backup", "AB岗"
