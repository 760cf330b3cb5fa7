"""Prints every showing node of the application named argv[1] with its place on the screen,
one line a node, tab-separated: role, name, description, x, y, width, height (desktop
coordinates). Waits up to argv[2] seconds for the application and lets the tree settle (two
walks agree). Used by tests/screen_walk.rs to check a screen's layout from outside, as a
screen reader sees it."""
import sys
import time

import pyatspi

APP = sys.argv[1]
DEADLINE = time.time() + float(sys.argv[2])


def find_app():
    for app in pyatspi.Registry.getDesktop(0):
        if app is not None and app.name == APP and app.childCount > 0:
            return app
    return None


def walk(node, depth, out):
    if depth > 60 or node is None:
        return
    try:
        box = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        place = (box.x, box.y, box.width, box.height)
    except Exception:
        place = (0, 0, 0, 0)
    out.append((node.getRoleName(), node.name or "", node.description or "") + place)
    for child in node:
        walk(child, depth + 1, out)


def clean(text):
    return " ".join(str(text).split())


app = None
while app is None and time.time() < DEADLINE:
    app = find_app()
    if app is None:
        time.sleep(0.3)
if app is None:
    sys.exit("no application named %s on the accessibility bus" % APP)
previous = None
out = []
while time.time() < DEADLINE:
    out = []
    try:
        walk(app, 0, out)
    except Exception:
        time.sleep(0.3)
        continue
    if out == previous:
        break
    previous = out
    time.sleep(0.6)
for row in out:
    print("\t".join(clean(v) for v in row))
