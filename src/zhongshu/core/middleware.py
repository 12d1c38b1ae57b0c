from .context import reset_origin, set_origin


def client_ip(request) -> str:
    # Behind a reverse proxy, trust X-Forwarded-For only when configured to.
    from django.conf import settings

    if getattr(settings, "TRUST_X_FORWARDED_FOR", False):
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        if forwarded:
            return forwarded.split(",")[0].strip()
    return request.META.get("REMOTE_ADDR", "") or "未知"


class RequestContextMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = set_origin(client_ip(request))
        try:
            return self.get_response(request)
        finally:
            reset_origin(token)
