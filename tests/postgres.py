"""A throwaway PostgreSQL server for the tests: a cluster of its own in a temporary folder,
reached through a socket there, and over TLS on this machine's own address (``localhost``,
with a certificate of a throwaway authority), stopped and removed at the end.

It needs PostgreSQL's programs (Debian's ``postgresql`` package; ``.ci/run`` installs it).
Where they are missing the tests that need a server are skipped, with that reason. As
root, the cluster runs as the ``postgres`` user, since PostgreSQL refuses to run as root.
"""

from __future__ import annotations

import itertools
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

#: The role the tests connect as: the cluster's superuser, trusted on its own socket.
SUPERUSER = "tandem"


def _programs() -> Path | None:
    """The folder of initdb and pg_ctl: on the PATH, else Debian's newest version."""
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    versions = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parts[-3])
    )
    return versions[-1].parent if versions else None


def _as_server_user(command: list[str]) -> list[str]:
    if os.name == "posix" and os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *command]
    return command


@dataclass
class Server:
    """A running cluster: ``url(name)`` reaches one of its databases."""

    socket: Path
    port: int
    _numbers: Iterator[int]
    #: The authority that signed the server's certificate; None when openssl is missing.
    authority: Path | None = None
    #: The cluster's folder, and the options it was started with (to start it again).
    data: Path | None = None
    options: str = ""

    def url(self, database: str, user: str = SUPERUSER) -> str:
        return f"postgresql://{user}@/{database}?host={self.socket}&port={self.port}"

    def tls_url(self, database: str, authority: Path) -> str:
        """``database`` over TLS, the server's certificate checked against ``authority``
        and the name ``localhost`` (as a shop PC reaches a server on the network)."""
        return (
            f"postgresql://{SUPERUSER}@localhost:{self.port}/{database}"
            f"?sslmode=verify-full&sslrootcert={authority}"
        )

    def fresh_database(self) -> str:
        """A new, empty database; its name."""
        import psycopg

        name = f"tandem_test_{next(self._numbers)}"
        with psycopg.connect(self.url("postgres"), autocommit=True) as admin:
            admin.execute(f'CREATE DATABASE "{name}"')
        return name

    def add_role(self, name: str, password: str) -> None:
        """A role that logs in with ``password`` (the server checks it: scram-sha-256)."""
        import psycopg
        from psycopg import sql

        with psycopg.connect(self.url("postgres"), autocommit=True) as admin:
            admin.execute(
                sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
                    sql.Identifier(name), sql.Literal(password)
                )
            )

    @contextmanager
    def away(self) -> Iterator[None]:
        """The server stopped, as when it is switched off or the network is cut (every
        connection closed, nothing answering on its socket and port); started again after."""
        assert self.data is not None
        _pg_ctl(self.data, "-m", "fast", "stop")
        try:
            yield
        finally:
            self._start_again()

    @contextmanager
    def stopping(self) -> Iterator[None]:
        """The server told to stop while a session is still open: until it ends, the server
        refuses every new connection ("the database system is shutting down")."""
        import psycopg

        assert self.data is not None
        session = psycopg.connect(self.url("postgres"))
        try:
            _pg_ctl(self.data, "-m", "smart", "-W", "stop")
            yield
        finally:
            session.close()
            _pg_ctl(self.data, "-m", "fast", "stop", check=False)  # done, or waited for
            self._start_again()

    def _start_again(self) -> None:
        assert self.data is not None
        log = str(self.data.parent / "server.log")
        _pg_ctl(self.data, "-o", self.options, "-l", log, "-w", "start")

    def drop(self, name: str) -> None:
        import psycopg

        with psycopg.connect(self.url("postgres"), autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _pg_ctl(data: Path, *arguments: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    """PostgreSQL's ``pg_ctl`` on the cluster in ``data``, as the server's user."""
    programs = _programs()
    assert programs is not None
    command = _as_server_user([str(programs / "pg_ctl"), "-D", str(data), *arguments])
    return subprocess.run(command, check=check, capture_output=True, text=True)


def _free_port() -> int:
    """A TCP port free on this machine now (the server listens on localhost too)."""
    import socket

    with socket.socket() as probe:
        probe.bind(("localhost", 0))
        return int(probe.getsockname()[1])


def make_authority(folder: Path, name: str) -> Path | None:
    """A throwaway certificate authority in ``folder`` (its certificate, and key beside);
    None without openssl."""
    if shutil.which("openssl") is None:
        return None
    certificate = folder / f"{name}.crt"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-subj", f"/CN={name}", "-keyout", str(folder / f"{name}.key"), "-out", str(certificate)],
        check=True, capture_output=True,
    )  # fmt: skip
    return certificate


def _server_certificate(data: Path, authority: Path) -> None:
    """server.crt and server.key in the cluster's folder, for ``localhost``, signed by
    ``authority``."""
    key, request = data / "server.key", data / "server.csr"
    subprocess.run(
        ["openssl", "req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=localhost",
         "-keyout", str(key), "-out", str(request)],
        check=True, capture_output=True,
    )  # fmt: skip
    names = data / "names.ext"
    names.write_text("subjectAltName=DNS:localhost\n", encoding="utf-8")
    subprocess.run(
        ["openssl", "x509", "-req", "-in", str(request), "-CA", str(authority),
         "-CAkey", str(authority.with_suffix(".key")), "-CAcreateserial", "-days", "2",
         "-extfile", str(names), "-out", str(data / "server.crt")],
        check=True, capture_output=True,
    )  # fmt: skip
    key.chmod(0o600)
    if os.name == "posix" and os.geteuid() == 0:
        for path in (key, data / "server.crt"):
            shutil.chown(path, "postgres")


@contextmanager
def running_server() -> Iterator[Server]:
    programs = _programs()
    if programs is None:
        pytest.skip("PostgreSQL is not installed (CI installs it: see .ci/run)")
    base = Path(tempfile.mkdtemp(prefix="tandem-postgres-"))
    data, socket = base / "data", base / "socket"
    socket.mkdir()
    if os.name == "posix" and os.geteuid() == 0:
        shutil.chown(base, "postgres")
        shutil.chown(socket, "postgres")
    port = _free_port()
    log = base / "server.log"
    run = [str(programs / "initdb"), "-D", str(data), "-U", SUPERUSER, "-A", "trust", "-E", "UTF8"]
    subprocess.run(_as_server_user([*run, "--no-sync"]), check=True, capture_output=True)
    # the tests' superuser is trusted on the socket; every other role gives its password
    hba = data / "pg_hba.conf"
    hba.write_text(
        f"local all {SUPERUSER} trust\nlocal all all scram-sha-256\n"
        f"hostssl all {SUPERUSER} 127.0.0.1/32 trust\nhostssl all {SUPERUSER} ::1/128 trust\n",
        encoding="utf-8",
    )
    if os.name == "posix" and os.geteuid() == 0:
        shutil.chown(hba, "postgres")
    options = f"-k {socket} -p {port} -c listen_addresses='' -c fsync=off"
    authority = make_authority(base, "tandem-test-authority")
    if authority is not None:
        _server_certificate(data, authority)
        options += " -c listen_addresses=localhost -c ssl=on"
    started = _pg_ctl(data, "-o", options, "-l", str(log), "-w", "start", check=False)
    if started.returncode != 0:
        shutil.rmtree(base, ignore_errors=True)
        pytest.skip(f"the test PostgreSQL server did not start: {started.stderr.strip()[-300:]}")
    try:
        yield Server(socket, port, itertools.count(1), authority, data, options)
    finally:
        _pg_ctl(data, "-m", "immediate", "stop", check=False)
        shutil.rmtree(base, ignore_errors=True)


def cut_connections(url: str) -> None:
    """Every connection to the database at ``url`` cut by the server, as when the network
    drops: each is found broken at its next use."""
    import psycopg
    from psycopg.conninfo import conninfo_to_dict

    name = conninfo_to_dict(url)["dbname"]
    with psycopg.connect(url.replace(f"/{name}?", "/postgres?"), autocommit=True) as admin:
        admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", (name,)
        )
