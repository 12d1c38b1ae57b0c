"""Keyset (cursor) paging for the 督查督办 API lists: no COUNT(*), no OFFSET.

A page is the first ``page_size`` rows after the cursor in the list's own
order, plus one more row to tell whether there is a next page; the cursor is
the last row's sort key (opaque base64 JSON). Unlike DRF's CursorPagination,
which positions on the first ordering field plus an offset, this compares the
whole key, so the 台账 order (轻重缓急, 期限, id) — four quadrant values over a
million rows — pages without scanning what came before. ``due_at`` is nullable
(draft items): NULL sorts as the database sorts it (largest on PostgreSQL,
smallest on SQLite), so the index order and the cursor agree on both.
"""

from __future__ import annotations

import base64
import json
from collections import OrderedDict

from django.db import connection
from django.db.models import Q
from rest_framework.exceptions import ValidationError
from rest_framework.pagination import BasePagination
from rest_framework.response import Response
from rest_framework.utils.urls import remove_query_param, replace_query_param


class KeysetPagination(BasePagination):
    cursor_query_param = "cursor"
    page_size = 50
    # (field, descending); the last field must be unique (id).
    keys: tuple[tuple[str, bool], ...] = (("id", True),)

    def paginate_queryset(self, queryset, request, view=None):
        self.request = request
        model = queryset.model
        queryset = queryset.order_by(*[f"-{f}" if desc else f for f, desc in self.keys])
        after = self._decode(request.query_params.get(self.cursor_query_param), model)
        if after is not None:
            queryset = queryset.filter(self._after(after, model))
        rows = list(queryset[: self.page_size + 1])
        self.has_next = len(rows) > self.page_size
        self.rows = rows[: self.page_size]
        return self.rows

    # -- the key ---------------------------------------------------------
    def _after(self, values, model) -> Q:
        """Rows strictly after ``values`` in the order of ``keys``."""
        nulls_largest = connection.features.nulls_order_largest
        out = Q(pk__in=[])
        equal = Q()
        for (name, desc), value in zip(self.keys, values):
            nullable = model._meta.get_field(name).null
            nulls_after = nulls_largest != desc  # NULLs come after every value in this direction
            if value is None:
                beyond = None if nulls_after else Q(**{f"{name}__isnull": False})
                same = Q(**{f"{name}__isnull": True})
            else:
                beyond = Q(**{f"{name}__{'lt' if desc else 'gt'}": value})
                if nullable and nulls_after:
                    beyond |= Q(**{f"{name}__isnull": True})
                same = Q(**{name: value})
            if beyond is not None:
                out |= equal & beyond
            equal &= same
        return out

    def _key(self, row) -> list:
        return [getattr(row, "pk" if name == "id" else name) for name, _ in self.keys]

    def _encode(self, row) -> str:
        values = [v.isoformat() if hasattr(v, "isoformat") else v for v in self._key(row)]
        return base64.urlsafe_b64encode(json.dumps(values).encode()).decode().rstrip("=")

    def _decode(self, raw, model):
        if not raw:
            return None
        try:
            values = json.loads(base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4)).decode())
            if not isinstance(values, list) or len(values) != len(self.keys):
                raise ValueError
            return [None if v is None else model._meta.get_field(name).to_python(v) for (name, _), v in zip(self.keys, values)]
        except Exception:
            raise ValidationError({"cursor": "无效的分页游标"}) from None

    # -- the response ----------------------------------------------------
    def get_next_link(self):
        if not self.has_next or not self.rows:
            return None
        return replace_query_param(self.request.build_absolute_uri(), self.cursor_query_param, self._encode(self.rows[-1]))

    def get_first_link(self):
        return remove_query_param(self.request.build_absolute_uri(), self.cursor_query_param)

    def get_paginated_response(self, data):
        return Response(OrderedDict([("next", self.get_next_link()), ("first", self.get_first_link()), ("results", data)]))

    def get_paginated_response_schema(self, schema):
        return {
            "type": "object",
            "required": ["results"],
            "properties": {
                "next": {"type": "string", "nullable": True, "format": "uri", "description": "下一页（没有则为 null）"},
                "first": {"type": "string", "format": "uri", "description": "第一页"},
                "results": schema,
            },
        }

    def get_schema_operation_parameters(self, view):
        return [{"name": self.cursor_query_param, "required": False, "in": "query",
                 "description": "分页游标（取上一页响应中 next 链接里的值）", "schema": {"type": "string"}}]


class LedgerOrder(KeysetPagination):
    """The 台账 order: 轻重缓急, deadline, id (index sv_item_ledger)."""

    keys = (("quadrant", False), ("due_at", False), ("id", False))


class NewestFirst(KeysetPagination):
    """Tasks and bulletins: newest first."""

    keys = (("created_at", True), ("id", True))
