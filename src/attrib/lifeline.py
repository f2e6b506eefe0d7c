"""Worker processes die with their parent.

``kill -9`` of ``attrib extract --jobs N`` runs no cleanup in the parent, and a spawned worker
waiting for its next article would wait forever (with the resource tracker it keeps alive):
an archive run killed a few times left a dozen stray processes. Each worker therefore
watches its parent from a daemon thread and exits as soon as the parent is gone (the
worker is re-parented: ``os.getppid()`` changes). Polling works on every platform, unlike
Linux's ``PR_SET_PDEATHSIG``, which also fires when the thread that started the worker ends.
"""

from __future__ import annotations

import os
import threading
import time

POLL_SECONDS = 0.5


def parent_alive(parent: int) -> bool:
    """Whether ``parent`` is still this process's parent."""
    return os.getppid() == parent


def _watch(parent: int, interval: float) -> None:
    while parent_alive(parent):
        time.sleep(interval)
    os._exit(1)  # no cleanup to run: the parent that wanted the results is gone


def watch_parent(parent: int, interval: float = POLL_SECONDS) -> threading.Thread:
    """Start the watch (a daemon thread, so it never keeps a finished worker alive)."""
    thread = threading.Thread(target=_watch, args=(parent, interval), name="attrib-parent-watch", daemon=True)
    thread.start()
    return thread
