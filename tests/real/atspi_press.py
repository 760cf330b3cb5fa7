"""Presses the control named argv[2] in the application named argv[1] through AT-SPI, as a
screen reader user would (the control's first action, which is a click). Waits up to argv[3]
seconds for it to appear. Exits non-zero if it never does. Used by the real-window tests.

With a fourth argument `--where`, presses nothing and prints where the control is in its
window (the x and y of its middle), for the tests to click there with the real mouse. With
`--where-start`, any node (a text box too) and the place of its first line's start."""
import sys
import time

import pyatspi

APP, NAME, WAIT = sys.argv[1], sys.argv[2], float(sys.argv[3])
WHERE = sys.argv[4:] in (["--where"], ["--where-start"])
START = sys.argv[4:] == ["--where-start"]
CONTROLS = {"push button", "toggle button", "radio button", "check box", "link"}
# Pointing at a control: any named node but text (a list's items, a combo box).
POINTABLE = {"text", "paragraph"}.isdisjoint


def find(node, depth=0):
    if node is None or depth > 60:
        return None
    role = node.getRoleName()
    # A text box's start: not the label that names it (its name is the same).
    pointable = role not in {"label", "heading", "push button"} if START else POINTABLE({role})
    if node.name == NAME and (pointable if WHERE else role in CONTROLS):
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
            if control is None:
                continue
            if not WHERE:
                control.queryAction().doAction(0)
                sys.exit(0)
            box = control.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
            if box.width > 0 and box.height > 0:
                if START:
                    print(box.x + 14, box.y + 12)
                else:
                    print(box.x + box.width // 2, box.y + box.height // 2)
                sys.exit(0)


deadline = time.time() + WAIT
while time.time() < deadline:
    try:
        look()
    except Exception:  # The tree changed while it was walked (a dialog closed): look again.
        pass
    time.sleep(0.3)
sys.exit("no control named %r in %s" % (NAME, APP))
