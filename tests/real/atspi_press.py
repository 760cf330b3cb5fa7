"""Presses the control named argv[2] in the application named argv[1] through AT-SPI, as a
screen reader user would (the control's first action, which is a click). Waits up to argv[3]
seconds for it to appear. Exits non-zero if it never does. Used by the real-window tests."""
import sys
import time

import pyatspi

APP, NAME, WAIT = sys.argv[1], sys.argv[2], float(sys.argv[3])
CONTROLS = {"push button", "toggle button", "radio button", "check box", "link"}


def find(node, depth=0):
    if node is None or depth > 60:
        return None
    if node.getRoleName() in CONTROLS and node.name == NAME:
        return node
    for child in node:
        found = find(child, depth + 1)
        if found is not None:
            return found
    return None



def look():
    for app in pyatspi.Registry.getDesktop(0):
        if app is not None and app.name == APP:
            control = find(app)
            if control is not None:
                control.queryAction().doAction(0)
                sys.exit(0)


deadline = time.time() + WAIT
while time.time() < deadline:
    try:
        look()
    except Exception:  # The tree changed while it was walked (a dialog closed): look again.
        pass
    time.sleep(0.3)
sys.exit("no control named %r in %s" % (NAME, APP))
