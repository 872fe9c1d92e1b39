"""`gwr serve`: the same terminal app in a web browser, through textual-serve.

textual-serve answers the page at `/` and, for each browser tab, starts the app
(`python -m tui.cli`, with the same cache) in a process of its own behind the websocket `/ws`.
"""

from __future__ import annotations

import argparse
import shlex
import sys
from pathlib import Path

from tui.cli import EXIT_OK, EXIT_SOME_FAILED
from tui.cli.common import warn
from tui.cli.help import examples


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `serve` subcommand."""
    parser = subparsers.add_parser(
        "serve", help="run the app in a web browser",
        description="Serves the terminal app over HTTP: open the printed address in a browser; each tab runs "
                    "its own copy of the app on the same cache. Stop with ctrl+c.",
        epilog=examples("gwr serve", "gwr serve --port 8080", "gwr serve --host 0.0.0.0 --port 8000"))
    parser.add_argument("--host", default="localhost", help="address to listen on (default: localhost)")
    parser.add_argument("--port", type=int, default=8000, help="port to listen on (default: 8000)")
    parser.set_defaults(handler=run)


def app_command(cache: str | None) -> str:
    """The shell command that starts the app for one browser tab, on the cache given (else the default one)."""
    words = [sys.executable, "-m", "tui.cli"]
    if cache:
        words += ["--cache", str(Path(cache).expanduser().resolve())]
    return shlex.join(words)


def run(args: argparse.Namespace) -> int:
    """Serve until ctrl+c; a port that cannot be opened is one line and exit 1."""
    from textual_serve.server import Server

    server = Server(app_command(args.cache), host=args.host, port=args.port, title="gwr")
    try:
        server.serve()
    except OSError as error:
        warn(f"cannot serve on {args.host}:{args.port}: {error.strerror or error}")
        return EXIT_SOME_FAILED
    return EXIT_OK
