"""Reading notifications, through restrict()."""

from zhongshu.core.access import restrict

from .models import Notification


def my_notifications(user):
    """The user's own notifications, newest first. A deputy works the
    principal's to-dos, but notifications stay personal."""
    return restrict(Notification.objects.filter(recipient_id=user.pk), user).order_by("-created_at", "-id")
