from django.apps import AppConfig


class Config(AppConfig):
    name = "zhongshu.calendars"
    label = "calendars"
    default_auto_field = "django.db.models.BigAutoField"
