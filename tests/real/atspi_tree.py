"""Prints the AT-SPI tree of the application named in argv[1], as a screen
reader (Orca) sees it: one line a node, tab-separated: depth, role, name, description, editable,
read-only (tabs and line breaks inside a name become spaces). Waits up to argv[2] seconds for the
application and its window to appear. Used by tests/screen_reader.rs."""
import sys
import time

import pyatspi
from gi.repository import GLib

APP = sys.argv[1]
DEADLINE = time.time() + float(sys.argv[2])


def find_app():
    desktop = pyatspi.Registry.getDesktop(0)
    for app in desktop:
        if app is not None and app.name == APP and app.childCount > 0:
            return app
    return None


def walk(node, depth, out):
    if depth > 60:
        return
    states = node.getState()
    out.append({
        "depth": depth,
        "role": node.getRoleName(),
        "name": node.name or "",
        "description": node.description or "",
        "editable": states.contains(pyatspi.STATE_EDITABLE),
        "read_only": states.contains(pyatspi.STATE_READ_ONLY),
    })
    for child in node:
        if child is not None:
            walk(child, depth + 1, out)


app = None
while app is None and time.time() < DEADLINE:
    app = find_app()
    if app is None:
        time.sleep(0.3)
if app is None:
    sys.exit("no application named %s on the accessibility bus" % APP)
# The tree fills in over the first frames: walk until two walks agree. The window is live, so a
# node can go away between being listed and being asked its role (AT-SPI then answers with an
# error): such a walk saw a tree that no longer exists and is walked again.
previous = None
out = None
last_error = None
while time.time() < DEADLINE:
    walked = []
    try:
        walk(app, 0, walked)
    except GLib.GError as error:
        last_error = error
        previous = None
        time.sleep(0.3)
        continue
    out = walked
    if out == previous:
        break
    previous = out
    time.sleep(0.7)
if out is None:
    sys.exit("the accessibility tree changed under every walk: %s" % last_error)
def clean(text):
    return " ".join(str(text).split())


for row in out:
    print("\t".join(clean(row[k]) for k in
                    ("depth", "role", "name", "description", "editable", "read_only")))
