"""A workspace for the API tests: a fresh database made with `eligo admin init --demo`, a
token per role, and a real `eligo serve` process on a loopback port."""
import http.client
import json
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time

ROLES = ["admin", "hr", "manager", "assessor", "recruiter", "author"]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Workspace:
    def __init__(self, eligo, source):
        self.eligo = eligo
        self.rules = os.path.join(source, "rules")
        self.dir = tempfile.mkdtemp(prefix="eligo-ws-")
        self.db = os.path.join(self.dir, "workspace.db")
        self.admin("init", "--db", self.db, "--demo")
        self.tokens = {role: self.admin("token", "--db", self.db, "--user", role).strip() for role in ROLES}
        self.port = free_port()
        self.process = None
        self.log = open(os.path.join(self.dir, "serve.log"), "ab")

    def close(self):
        """Stops the server if it runs and removes the workspace's files."""
        if self.process:
            self.stop()
        self.log.close()
        shutil.rmtree(self.dir, ignore_errors=True)

    def admin(self, *args):
        return subprocess.run([self.eligo, "--rules", self.rules, "admin", *args], check=True,
                              capture_output=True, text=True).stdout

    def start(self):
        self.process = subprocess.Popen(
            [self.eligo, "--rules", self.rules, "serve", "--db", self.db, "--listen", f"127.0.0.1:{self.port}"],
            stdout=self.log, stderr=self.log)
        for _ in range(200):
            try:
                if self.request("GET", "/healthz")[0] == 200:
                    return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("the server did not start; see " + self.log.name)

    def stop(self, sig=signal.SIGTERM):
        self.process.send_signal(sig)
        code = self.process.wait(timeout=20)
        self.process = None
        return code

    def request(self, method, path, body=None, role=None, headers=None, raw=None):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=20)
        sent = dict(headers or {})
        if role:
            sent["Authorization"] = "Bearer " + self.tokens[role]
        data = raw if raw is not None else (json.dumps(body) if body is not None else None)
        if data is not None:
            sent.setdefault("Content-Type", "application/json")
        conn.request(method, path, body=data.encode() if isinstance(data, str) else data, headers=sent)
        response = conn.getresponse()
        text = response.read().decode(errors="replace")
        conn.close()
        try:
            document = json.loads(text) if text else None
        except json.JSONDecodeError:
            document = text
        return response.status, document, response
