"""Shared test set-up: headless Qt (pass --onscreen to watch), a fresh database file per test."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--onscreen", action="store_true", help="show the GUI tests on a real display")


def pytest_configure(config: pytest.Config) -> None:
    if not config.getoption("--onscreen"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the user's real data folder or settings."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.delenv("PARTNERTRACKER_DB", raising=False)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Path of a database file that does not exist yet, in the test's own folder."""
    return tmp_path / "test.sqlite"


@pytest.fixture
def run_cli(tmp_path: Path):
    """Run `python -m partnertracker ARGS...` in a subprocess, as a user would; returns CompletedProcess."""
    import subprocess

    def run(
        *args: str, input: str | None = None, env: dict[str, str] | None = None, timeout: float = 60
    ):
        full_env = dict(os.environ)
        full_env["QT_QPA_PLATFORM"] = "offscreen"
        full_env.update(env or {})
        return subprocess.run(
            [sys.executable, "-m", "partnertracker", *args],
            capture_output=True,
            text=True,
            input=input,
            env=full_env,
            cwd=tmp_path,
            timeout=timeout,
        )

    return run


@pytest.fixture
def read_only_folder(tmp_path: Path):
    """A factory: read_only_folder({"name": b"bytes"}) -> a folder holding those files that nothing can
    write to. As root (whom permissions do not stop) it is a read-only tmpfs mount, a real read-only
    disk; elsewhere a folder without write permission. Skips when neither can be had."""
    import shutil
    import subprocess

    made: list[tuple[Path, bool]] = []

    def make(files: dict[str, bytes] | None = None) -> Path:
        folder = tmp_path / f"read-only-{len(made)}"
        folder.mkdir()
        as_root = os.geteuid() == 0
        if as_root:
            mounted = subprocess.run(
                ["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(folder)], capture_output=True
            )
            if mounted.returncode != 0:
                pytest.skip("running as root without the right to mount a read-only disk")
        made.append((folder, as_root))  # from here on, teardown undoes it whatever happens
        for name, data in (files or {}).items():
            (folder / name).write_bytes(data)
        if as_root:
            remounted = subprocess.run(["mount", "-o", "remount,ro", str(folder)], capture_output=True)
            if remounted.returncode != 0:
                pytest.skip("running as root without the right to make a disk read-only")
        else:
            for name in files or {}:
                (folder / name).chmod(0o444)
            folder.chmod(0o555)
        return folder

    yield make
    for folder, as_root in made:
        if as_root:
            subprocess.run(["umount", "-l", str(folder)], capture_output=True)
        else:
            folder.chmod(0o755)
            shutil.rmtree(folder, ignore_errors=True)
