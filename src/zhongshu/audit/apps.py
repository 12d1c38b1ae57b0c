from django.apps import AppConfig


class Config(AppConfig):
    name = "zhongshu.audit"
    label = "audit"
    default_auto_field = "django.db.models.BigAutoField"
