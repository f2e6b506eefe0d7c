"""Results kept in memory (never on disk) so the page's download links can serve them."""

from __future__ import annotations

import secrets
import threading
from collections import OrderedDict
from typing import Literal

import attrs

Kind = Literal["extract", "compare"]


@attrs.frozen
class Entry:
    kind: Kind
    value: object


class Store:
    """The last ``size`` results, by an unguessable token; older ones are forgotten."""

    def __init__(self, size: int = 64) -> None:
        self.size = size
        self._items: OrderedDict[str, Entry] = OrderedDict()
        self._lock = threading.Lock()

    def put(self, kind: Kind, value: object) -> str:
        token = secrets.token_urlsafe(16)
        with self._lock:
            self._items[token] = Entry(kind, value)
            while len(self._items) > self.size:
                self._items.popitem(last=False)
        return token

    def get(self, token: str) -> Entry | None:
        with self._lock:
            return self._items.get(token)
