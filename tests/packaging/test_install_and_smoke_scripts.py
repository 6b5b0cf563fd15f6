"""install.sh and smoke_test.sh, run against a stand-in for the built app (no PyInstaller here)."""

from __future__ import annotations

import json
import os
import subprocess
import tomllib
from pathlib import Path

import pytest

from partnertracker import APP_ID

ROOT = Path(__file__).resolve().parents[2]
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


PROPOSAL = json.dumps(
    {
        "schema": "partnertracker.proposal/1",
        "dispatch": {"language": "fr"},
        "organisations": [{"name": "Organisation de démonstration"}],
        "visits": [],
    }
)
EMPTY_PROPOSAL = json.dumps(
    {"schema": "partnertracker.proposal/1", "dispatch": {"language": "fr"}, "organisations": []}
)


def fake_app(folder: Path, version_line: str, extract_output: str) -> Path:
    """A folder shaped like dist/partnertracker/ whose program prints canned answers."""
    folder.mkdir(parents=True)
    program = folder / "partnertracker"
    program.write_text(
        "#!/usr/bin/env bash\n"
        f'if [[ "$1" == --version ]]; then echo {version_line!r}; exit 0; fi\n'
        f'if [[ "$1" == extract ]]; then echo {extract_output!r}; exit 0; fi\n'
        'if [[ "$1" == search ]]; then touch "$PARTNERTRACKER_DB"; echo "[]"; exit 0; fi\n'
        "echo started\n"
    )
    program.chmod(0o755)
    samples = folder / "_internal" / "resources" / "samples"
    samples.mkdir(parents=True)
    (samples / "visit.txt").write_text("A made-up dispatch about a visit.\n")
    icon = ROOT / "resources" / "icons" / f"{APP_ID}.svg"
    (folder / "_internal" / "resources" / "icons").mkdir()
    (folder / "_internal" / "resources" / "icons" / icon.name).write_bytes(icon.read_bytes())
    return folder


def run(*command: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(part) for part in command],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=60,
    )


def test_install_puts_command_menu_entry_and_icons_under_prefix_and_uninstall_removes_them(tmp_path):
    app = fake_app(tmp_path / "unpacked" / "partnertracker", f"partnertracker {VERSION}", "{}")
    assert run("bash", ROOT / "packaging" / "linux" / "add_desktop_files.sh", app).returncode == 0
    prefix = tmp_path / "prefix"

    installed = run("bash", app / "install.sh", env={"PREFIX": str(prefix)})
    assert installed.returncode == 0, installed.stderr
    assert run(prefix / "bin" / "partnertracker").stdout == "started\n"
    entry = (prefix / "share" / "applications" / f"{APP_ID}.desktop").read_text()
    # An absolute Exec, because ~/.local/bin is not on every desktop session's PATH.
    assert f"Exec={prefix}/lib/partnertracker/partnertracker %F\n" in entry
    assert (prefix / "share" / "icons" / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png").is_file()
    assert (prefix / "share" / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert (prefix / "share" / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()

    removed = run("bash", prefix / "lib" / "partnertracker" / "install.sh", "--uninstall", env={"PREFIX": str(prefix)})
    assert removed.returncode == 0, removed.stderr
    assert not (prefix / "bin" / "partnertracker").exists()
    assert not (prefix / "lib" / "partnertracker").exists()
    assert not (prefix / "share" / "applications" / f"{APP_ID}.desktop").exists()
    assert not list((prefix / "share" / "icons").rglob(f"{APP_ID}.*"))


def test_install_from_a_folder_without_the_program_says_what_to_do(tmp_path):
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    (folder / "install.sh").write_bytes((ROOT / "packaging" / "linux" / "install.sh").read_bytes())
    result = run("bash", folder / "install.sh", env={"PREFIX": str(tmp_path / "prefix")})
    assert result.returncode == 1
    assert "run me from the unpacked partnertracker folder" in result.stderr
    assert not (tmp_path / "prefix").exists()


def smoke(app: Path) -> subprocess.CompletedProcess[str]:
    return run("bash", ROOT / "packaging" / "smoke_test.sh", app)


def test_smoke_test_passes_a_build_that_prints_its_version_and_a_proposal(tmp_path):
    app = fake_app(tmp_path / "app", f"partnertracker {VERSION}", PROPOSAL)
    result = smoke(app)
    assert result.returncode == 0, result.stderr
    assert f"ok: --version prints 'partnertracker {VERSION}'" in result.stdout
    assert "ok: extract --json" in result.stdout
    assert "language fr, 1 organisations, 0 visits" in result.stdout


@pytest.mark.parametrize(
    ("version_line", "extract_output", "complaint"),
    [
        ("partnertracker 0.0.0-wrong", PROPOSAL, "--version printed 'partnertracker 0.0.0-wrong'"),
        (f"partnertracker {VERSION}", "Traceback (most recent call last):", "did not print a usable proposal"),
        (f"partnertracker {VERSION}", "{}", "expected a proposal object"),
        (f"partnertracker {VERSION}", EMPTY_PROPOSAL, "organisations=[]"),
    ],
)
def test_smoke_test_fails_a_build_that_prints_the_wrong_thing(tmp_path, version_line, extract_output, complaint):
    result = smoke(fake_app(tmp_path / "app", version_line, extract_output))
    assert result.returncode == 1
    assert complaint in result.stderr


def test_smoke_test_fails_a_build_without_its_resources(tmp_path):
    app = fake_app(tmp_path / "app", f"partnertracker {VERSION}", PROPOSAL)
    (app / "_internal" / "resources" / "icons" / f"{APP_ID}.svg").unlink()
    result = smoke(app)
    assert result.returncode == 1
    assert "resources/ is not bundled" in result.stderr


def test_smoke_test_says_when_there_is_no_build(tmp_path):
    result = smoke(tmp_path / "nothing-here")
    assert result.returncode == 1
    assert "run packaging/build.sh first" in result.stderr
