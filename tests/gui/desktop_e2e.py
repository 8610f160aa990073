#!/usr/bin/python3
"""The desktop app end to end, as a user and a screen reader meet it (run through run-with-display.sh).

Starts the real `airlock` binary on a temporary config with the demo route and a route to a dead backend,
opens the demo page from the toolbar (the "browser" is a recorder registered through xdg-open's own lookup,
and the test loads the page it was given), opens a real WebSocket session through the demo route and makes
one handshake fail, then reads the window through AT-SPI: the Sessions table lists the session, the
Handshakes table lists both records, every table has its column headers, and the detail pane of the failed
record says in words why it failed. Closes the session from the Sessions view's context menu and checks that
the client receives close code 1001. Optional: --screenshots DIR saves a PNG of each view (README screenshots).
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
import urllib.parse
import urllib.request

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


def press_button(app, name):
    for node in walk(app):
        if node.getRole() == pyatspi.ROLE_PUSH_BUTTON and node.name.replace("&", "") == name:
            node.queryAction().doAction(0)
            return True
    return False


def detail_fields(app):
    """The detail pane's values as a screen reader pairs them: the name of the label it is labelled by -> its text."""
    pane = next((n for n in walk(app) if n.name == "Record details"), None)
    fields = {}
    for node in walk(pane) if pane is not None else ():
        if node.getRole() != pyatspi.ROLE_LABEL or not node.getState().contains(pyatspi.STATE_SHOWING):
            continue
        for relation in node.getRelationSet():
            if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY and relation.getNTargets():
                fields[relation.getTarget(0).name.rstrip(":")] = node.name
    return fields


def install_browser_recorder(home, env):
    """Registers a "browser" that records the URLs it is asked to open, the way xdg-open finds browsers."""
    record = os.path.join(home, "opened-urls")
    script = os.path.join(home, "record-url")
    with open(script, "w") as f:
        f.write(f'#!/bin/sh\necho "$1" >> "{record}"\n')
    os.chmod(script, 0o755)
    applications = os.path.join(env["XDG_DATA_HOME"], "applications")
    os.makedirs(applications, exist_ok=True)
    with open(os.path.join(applications, "airlock-test-browser.desktop"), "w") as f:
        f.write(f"[Desktop Entry]\nType=Application\nName=Recorder\nExec={script} %u\n"
                "MimeType=x-scheme-handler/http;\n")
    os.makedirs(env["XDG_CONFIG_HOME"], exist_ok=True)
    with open(os.path.join(env["XDG_CONFIG_HOME"], "mimeapps.list"), "w") as f:
        f.write("[Default Applications]\nx-scheme-handler/http=airlock-test-browser.desktop\n")
    env["BROWSER"] = script
    return record


def read_lines(path):
    try:
        with open(path) as f:
            return [line.strip() for line in f if line.strip()]
    except FileNotFoundError:
        return []


def xdotool(*args):
    subprocess.run(["xdotool", *args], check=True, timeout=10)


def screenshot(path):
    subprocess.run(["import", "-window", "root", path], check=True, timeout=30)


def localized_screenshots(app, port, lang, directory):
    """The views in another language, for the README: names differ there, so tabs are found by position."""
    origin = f"http://127.0.0.1:{port}"
    client = WebSocketClient(port, "/demo/ws", origin, "tty")
    client.send_text("hello")
    client.read_frame()
    WebSocketClient(port, "/build/ws", origin)
    # The window's view tabs are the tab list nearest the top (the detail pane has one further down).
    tab_lists = wait_for("the view tabs", lambda: [n for n in walk(app) if n.getRole() == pyatspi.ROLE_PAGE_TAB_LIST
                                                   and n.getState().contains(pyatspi.STATE_SHOWING)])
    tab_list = min(tab_lists, key=lambda n: n.queryComponent().getExtents(pyatspi.DESKTOP_COORDS).y)
    tabs = list(tab_list)
    os.makedirs(directory, exist_ok=True)
    for index, name in enumerate(("sessions", "handshakes", "backends", "routes")):
        tabs[index].queryAction().doAction(0)
        if name == "handshakes":
            table = wait_for("the handshake list", lambda: next(
                (t for t in tables(app) if row_with(t, "/build/ws") >= 0), None))
            table.queryTable().addRowSelection(row_with(table, "/build/ws"))
        time.sleep(1.0)  # let the view paint before the screenshot (not a correctness wait)
        screenshot(os.path.join(directory, f"{name}-{lang}.png"))
    print("PASS")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("airlock")
    parser.add_argument("--screenshots")
    parser.add_argument("--lang", help="only make the screenshots, NAME-LANG.png, with the window in LANG")
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
      "allowedOrigins": ["http://127.0.0.1:*"], "capture": {{"enabled": true}},
      "health": {{"kind": "ws", "intervalMs": 2000}}}},
    {{"name": "build-server", "path": "/build", "backend": "ws://127.0.0.1:9/ws", "upstreamProxy": "none",
      "allowedOrigins": ["http://127.0.0.1:*"], "health": {{"kind": "tcp", "intervalMs": 2000}}}}
  ]}}''')
    # A runtime directory of its own: the single-instance lock of a desktop Airlock the user runs would
    # otherwise refuse this one (another config file).
    runtime = os.path.join(home, "runtime")
    os.makedirs(runtime, mode=0o700, exist_ok=True)
    env = dict(os.environ, HOME=home, XDG_CONFIG_HOME=os.path.join(home, "config"),
               XDG_DATA_HOME=os.path.join(home, "data"), XDG_RUNTIME_DIR=runtime, LANG="C.UTF-8", LC_ALL="C.UTF-8")
    opened_urls = install_browser_recorder(home, env)
    command = [args.airlock, "--config", config] + (["--lang", args.lang] if args.lang else [])
    process = subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True)
    try:
        # "Airlock 0.x listening on 127.0.0.1:PORT", in any language: the address is what counts.
        listening = f"127.0.0.1:{port}"
        line = process.stderr.readline()
        while line and listening not in line:
            line = process.stderr.readline()
        if listening not in line:
            fail("airlock did not start listening")

        app = wait_for("the app on the accessibility bus", find_app)
        frame = wait_for("the main window", lambda: next(
            (n for n in app if n.getRole() == pyatspi.ROLE_FRAME and "Airlock" in n.name), None))
        print("window:", frame.name)
        if args.lang:
            localized_screenshots(app, port, args.lang, args.screenshots or ".")
            return

        # The toolbar's demo page opens in the browser, and the page it names is served through the proxy.
        if not wait_for("the toolbar's Open Demo Page button", lambda: press_button(app, "Open Demo Page")):
            fail("no Open Demo Page button")
        demo_url = wait_for("the browser to be asked for the demo page", lambda: read_lines(opened_urls))[0]
        print("demo page:", demo_url)
        # The page is on the route's own origin (demo.localhost, which browsers resolve to loopback).
        parsed = urllib.parse.urlsplit(demo_url)
        if parsed.hostname != "demo.localhost" or parsed.port != port:
            fail("the demo page is not on the demo route's own origin: " + demo_url)
        request = urllib.request.Request(f"http://127.0.0.1:{port}{parsed.path}", headers={"Host": parsed.netloc})
        with urllib.request.urlopen(request, timeout=10) as page:
            body = page.read().decode(errors="replace")
            if page.status != 200 or "<html" not in body.lower():
                fail(f"the demo page answered {page.status}: {body[:200]!r}")

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

        # The failed record's detail pane says in words which leg failed and why, to a screen reader too.
        handshakes.queryTable().addRowSelection(row_with(handshakes, "/build/ws"))
        fields = wait_for("the failed record's details", lambda: (lambda f: f if f.get("Reason") else None)(
            detail_fields(app)))
        for name, text in fields.items():
            print(f"detail {name}: {text}")
        if "refused" not in fields["Reason"] or not fields.get("Failed leg"):
            fail(f"the failed record's details do not say which leg failed and why: {fields}")

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

        # The closed session's record: its captured messages read through AT-SPI in the detail pane.
        press_tab(app, "Handshakes")
        handshakes = table_by_name(app, "Handshake list")
        row = wait_for("the demo session's record", lambda: row_with(handshakes, "/demo/ws") + 1) - 1
        for selected in handshakes.queryTable().getSelectedRows():
            handshakes.queryTable().removeRowSelection(selected)
        handshakes.queryTable().addRowSelection(row)
        wait_for("the Messages section", lambda: press_tab(app, "Messages"))
        messages = wait_for("the captured messages table", lambda: table_by_name(app, "Captured messages"))
        rows = wait_for("the captured messages", lambda: cells(messages))
        for r in rows:
            print("message:", r)
        if not any("hello from the e2e test" in (cell or "") for r in rows for cell in r):
            fail("the captured message is not in the detail pane")
        if args.screenshots:
            time.sleep(1.0)  # let the view paint before the screenshot (not a correctness wait)
            screenshot(os.path.join(args.screenshots, "inspector.png"))
        print("PASS")
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()


if __name__ == "__main__":
    main()
