"""A TCP relay between a desk and its PostgreSQL server that can lose the server's answer to a
COMMIT: the COMMIT reaches the server (which commits), then the link drops before the reply
gets back, as when the venue LAN fails at that instant. The desk cannot know whether its
write landed: the "in-doubt" commit."""

from __future__ import annotations

import contextlib
import select
import socket
import threading
import time

# psycopg sends COMMIT as a simple query: 'Q', length 11 (4 + "COMMIT\0").
_COMMIT = b"Q\x00\x00\x00\x0bCOMMIT\x00"


class LanProxy:
    """Relay on 127.0.0.1:`port` to the server at 127.0.0.1:`target_port`."""

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self._listen = socket.create_server(("127.0.0.1", 0))
        self.port = self._listen.getsockname()[1]
        self._drop_next_commit = threading.Event()
        self._cut_next_commit = threading.Event()
        self._cut_after: bytes | None = None
        self._cut_armed = False
        self._held: list[socket.socket] = []
        self.dropped = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def drop_after_next_commit(self) -> None:
        """The next COMMIT goes through; its answer never comes back (the link drops)."""
        self.dropped.clear()
        self._drop_next_commit.set()

    def cut_before_next_commit(self) -> None:
        """The next COMMIT never reaches the server, and the server never learns the link is
        gone: its session stays open, holding the transaction and its row locks (until TCP
        keepalive notices, hours later with the system's defaults)."""
        self.dropped.clear()
        self._cut_next_commit.set()

    def cut_after_next(self, marker: bytes) -> None:
        """The next statement holding `marker` runs and is answered; the link drops as the
        desk sends what follows it, which never reaches the server."""
        self.dropped.clear()
        self._cut_armed = False
        self._cut_after = marker

    def close(self) -> None:
        self._stop.set()
        for sock in self._held:
            sock.close()
        self._listen.close()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self._listen.accept()
            except OSError:
                return
            try:
                server = socket.create_connection(("127.0.0.1", self.target_port))
            except OSError:  # the server is down: so is the desk's link to it
                client.close()
                continue
            threading.Thread(target=self._relay, args=(client, server), daemon=True).start()

    def _relay(self, client: socket.socket, server: socket.socket) -> None:
        try:
            while not self._stop.is_set():
                ready, _, _ = select.select([client, server], [], [], 0.2)
                for sock in ready:
                    data = sock.recv(65536)
                    if not data:
                        return
                    if sock is client:
                        if self._cut_armed:
                            self._cut_armed = False
                            self._cut_after = None
                            self.dropped.set()
                            return
                        if self._cut_after is not None and self._cut_after in data:
                            self._cut_armed = True
                        if _COMMIT in data and self._cut_next_commit.is_set():
                            self._cut_next_commit.clear()
                            self._held.append(server)
                            server = socket.socket()  # (closed below, not the held one)
                            self.dropped.set()
                            return
                        server.sendall(data)
                        if _COMMIT in data and self._drop_next_commit.is_set():
                            self._drop_next_commit.clear()
                            time.sleep(0.3)  # the server commits; its answer is lost
                            self.dropped.set()
                            return
                    else:
                        client.sendall(data)
        except OSError:
            return
        finally:
            for sock in (client, server):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                sock.close()
