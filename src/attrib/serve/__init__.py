"""``attrib serve``: the local web app (needs the ``serve`` extra: ``pip install 'attrib[serve]'``)."""

from __future__ import annotations

import ipaddress
import socket
import sys

from attrib.errors import AttribError, OptionError
from attrib.serve.inputs import Limits


def serve(host: str = "127.0.0.1", port: int = 8000, limits: Limits | None = None) -> None:
    """Run the app until interrupted. The address is tried first, so a port in use is one clear line."""
    limits = limits or Limits()
    try:
        import uvicorn

        from attrib.serve.app import create_app
    except ImportError:
        raise AttribError("attrib serve needs its extra: pip install 'attrib[serve]'") from None
    if not 0 <= port <= 65535:
        raise OptionError(f"--port must be between 0 and 65535, not {port}")
    try:
        with socket.create_server((host, port)):
            pass
    except OSError as exc:
        raise AttribError(f"cannot listen on {host}:{port} ({exc.strerror or exc})") from None
    if not _loopback(host):
        print(f"attrib: warning: listening on {host}, reachable from other machines; the app has no login",
              file=sys.stderr)
    print(f"attrib: serving on http://{host}:{port}/ (limits: {limits.request_mb} MB per request, "
          f"{limits.time_limit_s:g} s per request); Ctrl-C stops", file=sys.stderr, flush=True)
    uvicorn.run(create_app(limits), host=host, port=port, log_level="warning", access_log=False)


def _loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


__all__ = ["Limits", "serve"]
