"""Refresh resources/i18n/*.ts from the tr() calls under partnertracker/gui/ and reports/, then compile the .qm files.

Run with `uv run python tools/update_translations.py` after changing user-visible strings; translate
the new entries (Qt Linguist: `.venv/bin/pyside6-linguist resources/i18n/partnertracker_fr.ts`),
then run it again with `--release-only` so that the committed .qm matches the .ts
(tests/gui/test_translations.py fails otherwise).

partnertracker_en.ts holds only the strings with a count (`self.tr("%n record(s)", "", n)`), as Qt's
"Handling Plurals" recommends: the source text stays "%n record(s)", and the English file gives its
two forms, "%n record" and "%n records". Translate its new entries too.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
BIN = Path(sys.executable).parent
LANGUAGES = {"fr": "fr_FR", "en": "en"}
# Languages whose file holds only the numerus forms: the source text is already theirs.
PLURAL_ONLY = {"en"}


# What the officer reads: the GUI, and the reports it builds and saves.
TRANSLATED = ("gui", "reports")


def translated_sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for folder in TRANSLATED
                  for p in (ROOT / "partnertracker" / folder).rglob("*.py"))


def update(lang: str, target: str) -> None:
    ts = I18N / f"partnertracker_{lang}.ts"
    plural_only = ["-pluralonly"] if lang in PLURAL_ONLY else []
    subprocess.run([str(BIN / "pyside6-lupdate"), *translated_sources(), "-no-obsolete", "-locations", "relative",
                    *plural_only, "-target-language", target, "-ts", str(ts)], cwd=ROOT, check=True)


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
