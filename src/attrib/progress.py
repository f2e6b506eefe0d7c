"""A progress bar for long runs: articles done and failed, and how many per second.

An archive run takes minutes to hours, so a person at a terminal should see that it moves;
a log file or a pipe should not fill with carriage returns. The bar is therefore drawn only
when stderr is a terminal and ``--quiet`` is not given.

tqdm rather than rich: tqdm is one small pure-Python package with no dependencies that draws
a rate and an estimate on stderr and copes with non-terminals; rich would bring a rendering
stack (pygments, markdown-it) that attrib has no other use for.
"""

from __future__ import annotations

import sys
import time
from types import TracebackType
from typing import TextIO

from tqdm import tqdm


def wanted(quiet: bool, stream: TextIO | None = None) -> bool:
    """Draw a bar? Only on a terminal, and not with ``--quiet``."""
    stream = stream or sys.stderr
    return not quiet and stream.isatty()


class Progress:
    """Counts articles as they finish; draws nothing when disabled."""

    def __init__(self, total: int | None, enabled: bool, done: int = 0) -> None:
        self.done = done
        self.failed = 0
        self._start = time.monotonic()
        self._bar = tqdm(total=total, initial=done, unit="article", disable=not enabled, file=sys.stderr,
                         dynamic_ncols=True, smoothing=0.1) if enabled else None

    def advance(self, articles: int = 1, failed: int = 0) -> None:
        """``articles`` more finished, ``failed`` of them with an error."""
        self.done += articles
        self.failed += failed
        if self._bar is not None:
            self._bar.update(articles)
            if failed or self.failed:
                rate = self.failed / max(time.monotonic() - self._start, 1e-9)
                self._bar.set_postfix_str(f"failed {self.failed} ({rate:.1f}/s)", refresh=False)

    def write(self, line: str) -> None:
        """A message line (an article's error) that does not break the bar."""
        if self._bar is not None:
            self._bar.write(line, file=sys.stderr)
        else:
            print(line, file=sys.stderr)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()
