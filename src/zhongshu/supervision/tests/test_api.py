"""The API end to end: 立项, 分解, 交办, 反馈 with a file, 办结, 通报."""

import pytest
import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile
from rest_framework.test import APIClient

from .conftest import at


def api(user):
    client = APIClient()
    client.force_authenticate(user)
    return client


def test_full_flow(supervisor, leader, units, outsider, settings):
    unit, handler, _ = units[0]
    with time_machine.travel(at(2024, 9, 27, 10), tick=False):
        r = api(supervisor).post("/api/v1/supervision/tasks", {"title": "推进老旧小区改造", "source_kind": "instruction", "instruction": "抓紧推进",
                                                              "instructing_leader": leader.pk, "source_type": "documents.incoming", "source_id": "42",
                                                              "source_title": "关于老旧小区改造的请示"}, format="json")
        assert r.status_code == 201, r.json()
        task = r.json()
        assert task["number"] == "督〔2024〕1号" and task["quadrant"] == 2
        r = api(supervisor).post(f"/api/v1/supervision/tasks/{task['id']}/items", {"title": "制定方案", "target": "10月底前印发方案",
                                                                                    "lead_unit": unit.pk, "deadline_days": 2}, format="json")
        assert r.status_code == 201, r.json()
        item = r.json()
        r = api(supervisor).post(f"/api/v1/supervision/tasks/{task['id']}/assign")
        assert r.json()[0]["due_at"].startswith("2024-09-30T17:30")
    with time_machine.travel(at(2024, 9, 29, 10), tick=False):
        upload = SimpleUploadedFile("方案.docx", b"PK\x03\x04 fake", content_type="application/octet-stream")
        r = api(handler).post(f"/api/v1/supervision/items/{item['id']}/report", {"text": "方案已起草", "progress": 50, "files": [upload]}, format="multipart")
        assert r.status_code == 200, r.json()
        assert r.json()["status"] == "in_progress"
        r = api(handler).post(f"/api/v1/supervision/items/{item['id']}/accept", {}, format="json")
        assert r.status_code == 409 and "不能审核通过" in r.json()["detail"]
        assert api(handler).post(f"/api/v1/supervision/items/{item['id']}/apply", {"text": "方案已经市政府常务会议审议通过并印发"}, format="json").status_code == 200
        assert api(handler).post(f"/api/v1/supervision/items/{item['id']}/accept", {}, format="json").status_code == 403
        assert api(supervisor).post(f"/api/v1/supervision/items/{item['id']}/accept", {}, format="json").json()["on_time"] is True
        detail = api(handler).get(f"/api/v1/supervision/items/{item['id']}").json()
        assert [a["name"] for a in detail["reports"][1]["attachments"]] == ["方案.docx"]
        assert len(detail["reports"][1]["attachments"][0]["sha256"]) == 64
        assert api(outsider).get(f"/api/v1/supervision/items/{item['id']}").status_code == 404
        assert api(outsider).get("/api/v1/supervision/items").json()["results"] == []
        r = api(supervisor).post("/api/v1/supervision/bulletins", {"period_start": "2024-09-01", "period_end": "2024-09-30"}, format="json")
        assert r.status_code == 201
        assert r.json()["rows"][0]["unit"] == unit.label and r.json()["rows"][0]["rate"] == 100.0


def test_upload_limit_in_chinese(make_task, units, settings):
    settings.MAX_UPLOAD_BYTES = 10
    _, items = make_task()
    r = api(units[0][1]).post(f"/api/v1/supervision/items/{items[0].pk}/report",
                              {"text": "进展", "files": [SimpleUploadedFile("大文件.pdf", b"x" * 11)]}, format="multipart")
    assert r.status_code == 400 and "超过大小上限" in r.json()["detail"]


def test_config_api(supervisor, owner):
    body = {"remind_before": [2], "steps": [{"name": "催办", "after_working_days": 0, "notify": ["unit"]}]}
    assert api(owner).put("/api/v1/supervision/config", body, format="json").status_code == 403
    assert api(supervisor).put("/api/v1/supervision/config", body, format="json").json()["remind_before"] == [2]
    bad = {"remind_before": [1], "steps": [{"after_working_days": 3, "notify": ["unit"]}, {"after_working_days": 1, "notify": ["unit"]}]}
    r = api(supervisor).put("/api/v1/supervision/config", bad, format="json")
    assert r.status_code == 400 and "大于上一级" in r.json()["detail"]
