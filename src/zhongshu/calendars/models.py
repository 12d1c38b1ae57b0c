from django.conf import settings
from django.db import models


class DayKind(models.TextChoices):
    HOLIDAY = "holiday", "放假"
    WORKDAY = "workday", "调休上班"


class HolidayOverride(models.Model):
    """A day the office enters when the State Council publishes next year's
    schedule, or corrects: it overrides the package data for that date."""

    date = models.DateField("日期", unique=True)
    kind = models.CharField("类型", max_length=10, choices=DayKind.choices)
    name = models.CharField("名称", max_length=40, blank=True, help_text="如“春节”，调休上班日可留空")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["date"]
        verbose_name = "节假日调整"

    def __str__(self) -> str:
        return f"{self.date} {self.get_kind_display()} {self.name}"
