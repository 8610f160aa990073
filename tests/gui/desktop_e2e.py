#!/usr/bin/python3
"""The desktop app end to end, as a user and a screen reader meet it (run through run-with-display.sh).

Starts the real `airlock` binary on a temporary config with the demo route and a route to a dead backend,
opens a real WebSocket session through the demo route and makes one handshake fail, then reads the window
through AT-SPI: the Sessions table lists the session, the Handshakes table lists both records, every table
has its column headers. Closes the session from the Sessions view's context menu and checks that the client
receives close code 1001. Optional: --screenshots DIR saves a PNG of each view (README screenshots).
Exit status 0 on success; every wait is bounded.
"""
import argparse
import base64
import os
import socket
import struct
import subprocess
import sys
import tempfile
import time

import pyatspi

DEADLINE_S = 30


def fail(message):
    print("FAIL: " + message, file=sys.stderr)
    sys.exit(1)


def wait_for(what, predicate, timeout=DEADLINE_S, interval=0.2):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    fail("timed out waiting for " + what)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class WebSocketClient:
    """A minimal RFC 6455 client: enough to open a session, echo a message and read the close frame."""

    def __init__(self, port, path, origin, protocol=None):
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=10)
        key = base64.b64encode(os.urandom(16)).decode()
        head = (f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\n"
                f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n"
                f"Origin: {origin}\r\n")
        if protocol:
            head += f"Sec-WebSocket-Protocol: {protocol}\r\n"
        self.sock.sendall((head + "\r\n").encode())
        self.buffer = b""
        while b"\r\n\r\n" not in self.buffer:
            chunk = self.sock.recv(4096)
            if not chunk:
                break
            self.buffer += chunk
        self.head, _, self.buffer = self.buffer.partition(b"\r\n\r\n")
        self.status = int(self.head.split(b" ")[1]) if self.head else 0

    def send_text(self, text):
        payload = text.encode()
        mask = os.urandom(4)
        masked = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
        self.sock.sendall(bytes([0x81, 0x80 | len(payload)]) + mask + masked)

    def read_frame(self):
        def need(n):
            while len(self.buffer) < n:
                chunk = self.sock.recv(65536)
                if not chunk:
                    raise ConnectionError("connection closed")
                self.buffer += chunk
        need(2)
        opcode = self.buffer[0] & 0x0F
        length = self.buffer[1] & 0x7F
        offset = 2
        if length == 126:
            need(4)
            length = struct.unpack(">H", self.buffer[2:4])[0]
            offset = 4
        elif length == 127:
            need(10)
            length = struct.unpack(">Q", self.buffer[2:10])[0]
            offset = 10
        need(offset + length)
        payload = self.buffer[offset:offset + length]
        self.buffer = self.buffer[offset + length:]
        return opcode, payload


def find_app(name="airlock"):
    desktop = pyatspi.Registry.getDesktop(0)
    for app in desktop:
        if app is not None and app.name == name:
            return app
    return None


def walk(node, depth=0, limit=40):
    if node is None or depth > limit:
        return
    yield node
    try:
        children = list(node)
    except Exception:
        return
    for child in children:
        yield from walk(child, depth + 1, limit)


def tables(app):
    return [n for n in walk(app) if n.getRole() == pyatspi.ROLE_TABLE]


def table_by_name(app, name):
    for table in tables(app):
        if table.name == name:
            return table
    return None


def headers(table):
    t = table.queryTable()
    names = []
    for column in range(t.nColumns):
        header = t.getColumnHeader(column)
        names.append(header.name if header is not None else t.getColumnDescription(column))
    return names


def cells(table):
    t = table.queryTable()
    rows = []
    for row in range(t.nRows):
        rows.append([t.getAccessibleAt(row, column).name for column in range(t.nColumns)])
    return rows


def row_with(table, text):
    for index, row in enumerate(cells(table)):
        if any(text in (cell or "") for cell in row):
            return index
    return -1


def press_tab(app, tab_name):
    for node in walk(app):
        if node.getRole() == pyatspi.ROLE_PAGE_TAB and node.name.replace("&", "").startswith(tab_name):
            node.queryAction().doAction(0)
            return True
    return False


def xdotool(*args):
    subprocess.run(["xdotool", *args], check=True, timeout=10)


def screenshot(path):
    subprocess.run(["import", "-window", "root", path], check=True, timeout=30)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("airlock")
    parser.add_argument("--screenshots")
    args = parser.parse_args()

    home = tempfile.mkdtemp(prefix="airlock-e2e-")
    port, demo_port = free_port(), free_port()
    config = os.path.join(home, "airlock.json")
    with open(config, "w") as f:
        f.write(f'''{{"listen": {{"address": "127.0.0.1", "port": {port}}},
  "demo": {{"enabled": true, "port": {demo_port}}},
  "log": {{"file": "{home}/sessions.jsonl"}},
  "routes": [
    {{"name": "demo", "path": "/demo", "backend": "ws://127.0.0.1:{demo_port}/", "upstreamProxy": "none",
      "allowedOrigins": ["http://127.0.0.1:*"], "capture": {{"enabled": true}}}},
    {{"name": "build-server", "path": "/build", "backend": "ws://127.0.0.1:9/ws", "upstreamProxy": "none",
      "allowedOrigins": ["http://127.0.0.1:*"], "health": {{"kind": "tcp", "intervalMs": 2000}}}}
  ]}}''')
    # A runtime directory of its own: the single-instance lock of a desktop Airlock the user runs would
    # otherwise refuse this one (another config file).
    runtime = os.path.join(home, "runtime")
    os.makedirs(runtime, mode=0o700, exist_ok=True)
    env = dict(os.environ, HOME=home, XDG_CONFIG_HOME=os.path.join(home, "config"),
               XDG_DATA_HOME=os.path.join(home, "data"), XDG_RUNTIME_DIR=runtime, LANG="C.UTF-8", LC_ALL="C.UTF-8")
    process = subprocess.Popen([args.airlock, "--config", config], env=env, stderr=subprocess.PIPE, text=True)
    try:
        line = process.stderr.readline()
        while line and "listening on" not in line:
            line = process.stderr.readline()
        if "listening on" not in line:
            fail("airlock did not start listening")

        app = wait_for("the app on the accessibility bus", find_app)
        frame = wait_for("the main window", lambda: next(
            (n for n in app if n.getRole() == pyatspi.ROLE_FRAME and "Airlock" in n.name), None))
        print("window:", frame.name)

        origin = f"http://127.0.0.1:{port}"
        client = WebSocketClient(port, "/demo/ws", origin, "tty")
        if client.status != 101:
            fail(f"demo upgrade answered {client.status}")
        client.send_text("hello from the e2e test")
        opcode, payload = client.read_frame()
        if b"hello from the e2e test" not in payload:
            fail(f"no echo: {opcode} {payload!r}")
        refused = WebSocketClient(port, "/build/ws", origin)
        print("failed handshake answered", refused.status)

        press_tab(app, "Sessions")
        sessions = wait_for("the Sessions table", lambda: table_by_name(app, "Sessions table"))
        print("sessions headers:", headers(sessions))
        if not all(headers(sessions)):
            fail("a Sessions column has no header")
        row = wait_for("the demo session's row", lambda: row_with(sessions, "demo") + 1) - 1
        print("sessions row:", cells(sessions)[row])

        press_tab(app, "Handshakes")
        handshakes = wait_for("the Handshakes table", lambda: table_by_name(app, "Handshake list"))
        print("handshakes headers:", headers(handshakes))
        if not all(headers(handshakes)):
            fail("a Handshakes column has no header")
        wait_for("the failed handshake's record", lambda: row_with(handshakes, "/build/ws") + 1)
        for r in cells(handshakes):
            print("handshake:", r)

        if args.screenshots:
            os.makedirs(args.screenshots, exist_ok=True)
            for tab, name in (("Sessions", "sessions"), ("Handshakes", "handshakes"), ("Backends", "backends"),
                              ("Routes", "routes")):
                press_tab(app, tab)
                time.sleep(1.0)  # let the view paint before the screenshot (not a correctness wait)
                screenshot(os.path.join(args.screenshots, name + ".png"))

        # Close the session from the Sessions view's context menu, by keyboard as a user without a mouse.
        press_tab(app, "Sessions")
        sessions = table_by_name(app, "Sessions table")
        row = row_with(sessions, "demo")
        sessions.queryTable().addRowSelection(row)
        sessions.queryComponent().grabFocus()
        xdotool("key", "--clearmodifiers", "Menu")
        item = wait_for("the context menu's Close Session item", lambda: next(
            (n for n in walk(app) if n.getRole() == pyatspi.ROLE_MENU_ITEM
             and n.name.replace("&", "").lower().startswith("close session")), None))
        item.queryAction().doAction(0)
        client.sock.settimeout(10)
        while True:
            opcode, payload = client.read_frame()
            if opcode == 0x8:
                break
        code = struct.unpack(">H", payload[:2])[0] if len(payload) >= 2 else 1005
        print("client got close", code, payload[2:].decode(errors="replace"))
        if code != 1001:
            fail(f"expected close code 1001, got {code}")
        print("PASS")
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()


if __name__ == "__main__":
    main()
