"""A tiny Qt-free observer list: the domain announces its own changes.

Bound methods are held weakly, so a closed view that forgot to unsubscribe
does not keep itself alive nor get called.
"""

from __future__ import annotations

import inspect
import weakref
from collections.abc import Callable
from typing import Any


class Observers:
    def __init__(self) -> None:
        self._refs: list[Callable[[], Callable[..., Any] | None]] = []

    def connect(self, callback: Callable[..., Any]) -> None:
        ref = weakref.WeakMethod(callback) if inspect.ismethod(callback) else (lambda cb=callback: cb)
        self._refs.append(ref)

    def disconnect(self, callback: Callable[..., Any]) -> None:
        self._refs = [r for r in self._refs if r() not in (None, callback)]

    def emit(self, *args: Any) -> None:
        for ref in list(self._refs):
            callback = ref()
            if callback is None:
                self._refs.remove(ref)
            else:
                callback(*args)
