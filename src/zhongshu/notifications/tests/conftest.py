"""A real HTTP server standing in for the 企业微信 / 钉钉 robot endpoints."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

import pytest

from zhongshu.notifications.channels import dingtalk_sign
from zhongshu.notifications.models import Channel, WebhookTarget


class RobotServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self):
        super().__init__(("127.0.0.1", 0), RobotHandler)
        self.lock = threading.Lock()
        self.hits: list[dict] = []
        self.secret = ""
        # (HTTP status, JSON answer); tests change it to fail on demand.
        self.answer = (200, {"errcode": 0, "errmsg": "ok"})

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def bodies(self) -> list[dict]:
        with self.lock:
            return [h["body"] for h in self.hits]


class RobotHandler(BaseHTTPRequestHandler):
    def do_POST(self):  # noqa: N802
        server: RobotServer = self.server
        url = urlparse(self.path)
        query = {k: v[0] for k, v in parse_qs(url.query).items()}
        raw = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        hit = {"path": url.path, "query": query, "body": json.loads(raw), "content_type": self.headers.get("Content-Type")}
        if "sign" in query:
            # parse_qs already URL-decoded the value; compare decoded forms.
            from urllib.parse import unquote_plus

            hit["sign_ok"] = query["sign"] == unquote_plus(dingtalk_sign(server.secret, int(query["timestamp"])))
        with server.lock:
            server.hits.append(hit)
            status, answer = server.answer
        data = json.dumps(answer).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


@pytest.fixture
def robot_server():
    server = RobotServer()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def wecom(robot_server, db):
    return WebhookTarget.objects.create(
        name="办公室企业微信群", kind=Channel.WECOM, url=f"{robot_server.base}/cgi-bin/webhook/send?key=test-key"
    )


@pytest.fixture
def dingtalk(robot_server, db):
    robot_server.secret = "SECtest0123456789abcdef"
    return WebhookTarget.objects.create(
        name="办公室钉钉群",
        kind=Channel.DINGTALK,
        url=f"{robot_server.base}/robot/send?access_token=test-token",
        secret=robot_server.secret,
    )


@pytest.fixture(autouse=True)
def _no_quiet_hours(settings):
    """Quiet hours off unless a test turns them on, so results do not depend
    on the hour the suite runs at."""
    settings.NOTIFY_QUIET_HOURS = ""


@pytest.fixture(autouse=True)
def _only_test_scanners():
    """The worker tests count what one cycle enqueues and sends: the modules'
    own scanners (督办催办, monthly 通报, 报送期限…) are set aside for each test
    and put back after, whatever order the suite runs in."""
    from zhongshu.notifications import schedule

    saved = dict(schedule._registry)
    schedule._registry.clear()
    yield
    schedule._registry.clear()
    schedule._registry.update(saved)
