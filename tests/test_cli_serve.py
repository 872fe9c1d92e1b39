"""`gwr serve`: the app in a browser through textual-serve; the page and its websocket answer."""

from __future__ import annotations

import asyncio
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import aiohttp
import pytest

from store import open_store


ROOT = Path(__file__).resolve().parent.parent
#: How long the server and the app behind it may take to start on a busy machine.
PATIENCE = 30.0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("localhost", 0))
        return probe.getsockname()[1]


def wait_until_listening(port: int, server: subprocess.Popen) -> None:
    deadline = time.monotonic() + PATIENCE
    while time.monotonic() < deadline:
        assert server.poll() is None, "gwr serve exited early"
        try:
            socket.create_connection(("localhost", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.1)
    pytest.fail(f"gwr serve did not listen on port {port}")


@pytest.fixture
def served(sample_cache: Path, tmp_path: Path) -> Iterator[str]:
    """`gwr serve` on a free port over a copy of the sample cache; yields its address."""
    cache = tmp_path / "cache"
    shutil.copytree(sample_cache, cache)
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "tui.cli", "--cache", str(cache), "serve", "--port", str(port)],
                              cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_until_listening(port, server)
        yield f"localhost:{port}"
    finally:
        server.terminate()
        server.wait(timeout=PATIENCE)


def test_the_page_answers_and_names_the_websocket(served):
    with urllib.request.urlopen(f"http://{served}/", timeout=PATIENCE) as page:
        html = page.read().decode("utf-8")
    assert page.status == 200 and f"ws://{served}/ws" in html


def place_names(cache: Path) -> list[bytes]:
    """The names of the cache's places, as the app writes them (UTF-8)."""
    return [s.place.name.encode() for s in open_store(cache).reports(None) if s.place]


async def first_screen(address: str, places: list[bytes]) -> tuple[list, bytes]:
    """Open the websocket, ping it, and collect until the pong has come and the app's tree shows a place."""
    pongs: list = []
    screen = b""
    async with aiohttp.ClientSession() as session:
        async with session.ws_connect(f"ws://{address}/ws?width=100&height=30") as websocket:
            await websocket.send_json(["ping", "gwr-test"])
            while not (pongs and any(place in screen for place in places)):
                message = await websocket.receive(timeout=PATIENCE)
                if message.type == aiohttp.WSMsgType.TEXT:
                    pongs.append(message.json())
                elif message.type == aiohttp.WSMsgType.BINARY:
                    screen += message.data
                else:
                    pytest.fail(f"websocket ended: {message.type}")
    return pongs, screen


def test_the_websocket_answers_a_ping_and_streams_the_app(served, sample_cache):
    pongs, screen = asyncio.run(asyncio.wait_for(first_screen(served, place_names(sample_cache)), PATIENCE))
    assert ["pong", "gwr-test"] in pongs and screen


def test_a_port_in_use_is_one_line_and_exit_1(sample_cache):
    with socket.socket() as taken:
        taken.bind(("localhost", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run([sys.executable, "-m", "tui.cli", "--cache", str(sample_cache), "serve", "--port",
                                 str(port)], cwd=ROOT, capture_output=True, text=True, timeout=PATIENCE)
    [line] = result.stderr.splitlines()
    assert result.returncode == 1 and line.startswith(f"gwr: cannot serve on localhost:{port}: ")
