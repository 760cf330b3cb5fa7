"""Prints where, in its window, the control named argv[2] in the application named argv[1]
is: the x and y of its middle, from AT-SPI (as Orca would point at it). Waits up to argv[3]
seconds for it to appear; exits non-zero if it never does. The real-window tests then click
there with the real mouse (xdotool)."""
import sys
import time

import pyatspi

APP, NAME, WAIT = sys.argv[1], sys.argv[2], float(sys.argv[3])


def find(node, depth=0):
    if node is None or depth > 60:
        return None
    if node.name == NAME and node.getRoleName() not in {"text", "paragraph"}:
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
                box = control.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
                if box.width > 0 and box.height > 0:
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
