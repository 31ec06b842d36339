"""Recording receivers for the reminder channels' tests: a real SMTP server (aiosmtpd)
and a real HTTP SMS gateway, each in a thread of the test process on a free port,
keeping every message they received (raw receptions, repeats included).
"""

from __future__ import annotations

import email
import email.policy
import json
import socket
import threading
from collections import Counter
from dataclasses import dataclass, field
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session

from domain.reminders.channels import key_of_message_id


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Received:
    """What a recorder received, in order; ``keys`` holds a key per raw reception."""

    keys: list[str] = field(default_factory=list)
    messages: list[Any] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, key: str, message: Any) -> None:
        with self.lock:
            self.keys.append(key)
            self.messages.append(message)

    def distinct(self) -> set[str]:
        with self.lock:
            return set(self.keys)

    def duplicates(self) -> int:
        """Raw receptions beyond the first of each key."""
        with self.lock:
            return len(self.keys) - len(set(self.keys))

    def repeated_keys(self) -> dict[str, int]:
        with self.lock:
            return {k: n for k, n in Counter(self.keys).items() if n > 1}


class _SmtpHandler:
    def __init__(self, received: Received) -> None:
        self.received = received

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        content = envelope.original_content or b""
        message = email.message_from_bytes(content, policy=email.policy.default)
        assert isinstance(message, EmailMessage)
        self.received.add(key_of_message_id(str(message["Message-ID"])), message)
        return "250 OK"


class RecordingSmtp:
    """An SMTP server (aiosmtpd) that keeps every message; ``url`` for the settings."""

    def __init__(self) -> None:
        self.received = Received()
        self.controller = Controller(
            _SmtpHandler(self.received), hostname="127.0.0.1", port=free_port()
        )

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.controller.port}"

    def start(self) -> RecordingSmtp:
        self.controller.start()
        return self

    def stop(self) -> None:
        self.controller.stop()


class RecordingGateway:
    """An HTTP SMS gateway that keeps every POSTed message; ``status`` is what it answers."""

    def __init__(self, status: int = 200) -> None:
        self.received = Received()
        self.status = status
        recorder = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                payload = json.loads(self.rfile.read(length))
                if recorder.status < 300:
                    recorder.received.add(payload["id"], {**payload, "headers": self.headers})
                self.send_response(recorder.status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/sms"

    def start(self) -> RecordingGateway:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
