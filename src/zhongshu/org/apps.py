from django.apps import AppConfig


class Config(AppConfig):
    name = "zhongshu.org"
    label = "org"
    default_auto_field = "django.db.models.BigAutoField"
