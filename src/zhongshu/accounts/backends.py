from django.contrib.auth.backends import ModelBackend


class Backend(ModelBackend):
    """Django's backend, loading the user's unit with the user (every page shows it)."""

    def get_user(self, user_id):
        from .models import User

        user = User.objects.select_related("unit").filter(pk=user_id).first()
        return user if user is not None and self.user_can_authenticate(user) else None
