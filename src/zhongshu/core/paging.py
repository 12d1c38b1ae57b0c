from django.core.paginator import Paginator


def page_of(request, queryset, per_page: int = 50):
    """The requested page of a list, and the query string without `page` for links."""
    paginator = Paginator(queryset, per_page)
    page = paginator.get_page(request.GET.get("page"))
    params = request.GET.copy()
    params.pop("page", None)
    return page, params.urlencode()
