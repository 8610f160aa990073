#!/usr/bin/env python3
"""The tray with a real tray host: run under run-with-display.sh (Xvfb + a private D-Bus session).

Starts trayer (an XEmbed system tray from Debian), then the real `airlock` binary with --minimized: the
window stays hidden and the tray icon is embedded in trayer. A right click on the icon opens its menu;
"Show Airlock" (the first entry) shows the window. Screenshots of the tray and its menu go to
--screenshots DIR when given.
"""
import argparse
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time


def fail(message):
    print("FAIL:", message, file=sys.stderr)
    sys.exit(1)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(what, probe, timeout=30.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = probe()
        if value:
            return value
        time.sleep(0.2)
    fail(f"timed out waiting for {what}")


def run(*args):
    return subprocess.run(list(args), capture_output=True, text=True, timeout=30)


def visible_windows(*search):
    result = run("xdotool", "search", "--onlyvisible", *search)
    return [line for line in result.stdout.split() if line]


def geometry(window):
    out = run("xdotool", "getwindowgeometry", "--shell", window).stdout
    values = dict(line.split("=", 1) for line in out.splitlines() if "=" in line)
    return int(values["X"]), int(values["Y"]), int(values["WIDTH"]), int(values["HEIGHT"])


def parent_of(window):
    out = run("xwininfo", "-children", "-id", window).stdout
    match = re.search(r"Parent window id: (0x[0-9a-f]+)", out)
    return int(match.group(1), 16) if match else 0


def main_window():
    # The main window's title is exactly "Airlock" (the tray icon's window has no such name).
    return visible_windows("--name", "^Airlock$")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("airlock")
    parser.add_argument("--screenshots")
    args = parser.parse_args()
    for tool in ("trayer", "xdotool", "xwininfo"):
        if subprocess.run(["which", tool], capture_output=True).returncode != 0:
            fail(f"{tool} is missing (scripts/setup-debian.sh installs it)")

    home = tempfile.mkdtemp(prefix="airlock-tray-")
    port = free_port()
    config = os.path.join(home, "airlock.json")
    with open(config, "w") as f:
        f.write(f'{{"listen": {{"address": "127.0.0.1", "port": {port}}}, "routes": []}}')
    env = dict(os.environ, HOME=home, XDG_CONFIG_HOME=os.path.join(home, "config"),
               XDG_DATA_HOME=os.path.join(home, "data"), LANG="C.UTF-8", LC_ALL="C.UTF-8")

    tray = subprocess.Popen(["trayer", "--edge", "top", "--align", "right", "--widthtype", "request",
                             "--height", "32", "--transparent", "false", "--tint", "0xdddddd",
                             "--SetDockType", "true"], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    process = None
    try:
        trayer_windows = wait_for("trayer's panel", lambda: visible_windows("--class", "trayer"))
        trayer_ids = {int(w) for w in trayer_windows}
        print("trayer windows:", trayer_windows)

        process = subprocess.Popen([args.airlock, "--minimized", "--config", config], env=env,
                                   stderr=subprocess.PIPE, text=True)
        line = process.stderr.readline()
        while line and "listening on" not in line:
            line = process.stderr.readline()
        if "listening on" not in line:
            fail("airlock did not start listening")

        # The icon: a visible window of the app, embedded in (a descendant of) trayer's panel.
        def embedded_icon():
            for window in visible_windows("--classname", "airlock"):
                parent, depth = parent_of(window), 0
                while parent and depth < 6:
                    if parent in trayer_ids:
                        return window
                    parent, depth = parent_of(hex(parent)), depth + 1
            return None
        icon = wait_for("the tray icon embedded in trayer", embedded_icon)
        x, y, width, height = geometry(icon)
        print(f"tray icon {icon} at {x},{y} {width}x{height}")
        if width <= 0 or height <= 0:
            fail("the tray icon has no size")
        if main_window():
            fail("--minimized showed the window although a tray is there")

        # Its menu: right click on the icon, then Show Airlock (the first entry).
        run("xdotool", "mousemove", str(x + width // 2), str(y + height // 2))
        run("xdotool", "click", "3")
        menu = wait_for("the tray menu", lambda: [w for w in visible_windows("--classname", "airlock")
                                                  if w != icon])
        print("menu windows:", menu)
        if args.screenshots:
            os.makedirs(args.screenshots, exist_ok=True)
            time.sleep(0.5)  # the menu paints after it maps; only for the picture
            run("import", "-window", "root", os.path.join(args.screenshots, "tray-menu.png"))
        run("xdotool", "key", "Down", "Return")
        window = wait_for("the main window after Show Airlock", main_window)
        print("window shown:", window)
        if args.screenshots:
            time.sleep(0.5)
            run("import", "-window", "root", os.path.join(args.screenshots, "tray-window.png"))

        process.send_signal(signal.SIGTERM)
        try:
            status = process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            fail("airlock did not quit on SIGTERM")
        if status != 0:
            fail(f"airlock exited with {status}")
        process = None
        print("tray e2e: ok")
    finally:
        if process and process.poll() is None:
            process.kill()
        tray.terminate()
        try:
            tray.wait(timeout=10)
        except subprocess.TimeoutExpired:
            tray.kill()


if __name__ == "__main__":
    main()
