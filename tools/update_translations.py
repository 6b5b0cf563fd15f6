"""Refresh resources/i18n/*.ts from the tr() calls under partnertracker/gui/ and reports/, then compile the .qm files.

Run with `uv run python tools/update_translations.py` after changing user-visible strings; translate
the new entries (Qt Linguist: `.venv/bin/pyside6-linguist resources/i18n/partnertracker_fr.ts`),
then run it again with `--release-only` so that the committed .qm matches the .ts
(tests/gui/test_translations.py fails otherwise).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
BIN = Path(sys.executable).parent
LANGUAGES = {"fr": "fr_FR"}


# What the officer reads: the GUI, and the reports it builds and saves.
TRANSLATED = ("gui", "reports")


def translated_sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for folder in TRANSLATED
                  for p in (ROOT / "partnertracker" / folder).rglob("*.py"))


def update(lang: str, target: str) -> None:
    ts = I18N / f"partnertracker_{lang}.ts"
    subprocess.run([str(BIN / "pyside6-lupdate"), *translated_sources(), "-no-obsolete", "-locations", "relative",
                    "-target-language", target, "-ts", str(ts)], cwd=ROOT, check=True)


def release(lang: str) -> None:
    ts = I18N / f"partnertracker_{lang}.ts"
    subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                   cwd=ROOT, check=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release-only", action="store_true", help="only compile the .ts files to .qm")
    args = parser.parse_args()
    I18N.mkdir(parents=True, exist_ok=True)
    for lang, target in LANGUAGES.items():
        if not args.release_only:
            update(lang, target)
        release(lang)


if __name__ == "__main__":
    main()
