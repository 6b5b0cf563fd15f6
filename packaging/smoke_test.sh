#!/usr/bin/env bash
# Start the built application headless and check what it prints; run after packaging/build.sh.
#
#   bash packaging/smoke_test.sh [dist/partnertracker]
#
# Checks: `--version` prints the version from pyproject.toml; resources/ is bundled; `search`
# creates a database; `extract --json` on a sample dispatch (resources/samples/*.txt) prints a
# JSON proposal. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."

app_dir=${1:-dist/partnertracker}
exe="$app_dir/partnertracker"
export QT_QPA_PLATFORM=offscreen
# A throwaway home, so that nothing here touches the user's real database or settings.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" PARTNERTRACKER_DB="$scratch/smoke.sqlite"

fail() { echo "smoke_test: FAIL: $*" >&2; exit 1; }

[[ -x "$exe" ]] || fail "$exe not found or not executable; run packaging/build.sh first"

version=$(python3 -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
out=$(timeout 60 "$exe" --version 2>&1) || fail "'partnertracker --version' exited with an error: $out"
[[ "$out" == "partnertracker $version" ]] || fail "--version printed '$out', expected 'partnertracker $version'"
echo "smoke_test: ok: --version prints '$out'"

# partnertracker.resources looks for resources/ beside the frozen program's libraries.
icon="$app_dir/_internal/resources/icons/org.partnertracker.PartnerTracker.svg"
[[ -f "$icon" ]] || fail "resources/ is not bundled: $icon is missing"
echo "smoke_test: ok: resources/ is bundled"

# A search creates and migrates a fresh database: proves the bundled sqlite3 (with FTS5) works.
out=$(timeout 60 "$exe" search --json partner 2>&1) || fail "'search --json' on a new database failed: $out"
[[ -f "$PARTNERTRACKER_DB" ]] || fail "'search --json' did not create the database $PARTNERTRACKER_DB"
echo "smoke_test: ok: search on a new database prints '$out'"

# Samples ship inside the build; fall back to the checkout's copy.
sample=""
for dir in "$app_dir/_internal/resources/samples" resources/samples; do
  sample=$(find "$dir" -maxdepth 1 -name '*.txt' 2>/dev/null | sort | head -n 1 || true)
  [[ -n "$sample" ]] && break
done
if [[ -z "$sample" ]]; then
  echo "smoke_test: SKIPPED extract: no sample dispatch (*.txt) in resources/samples yet" >&2
  exit 0
fi

set +e
json=$(timeout 120 "$exe" extract --json "$sample" 2>"$scratch/stderr")
status=$?
set -e
if [[ $status -ne 0 ]] && grep -q "not available yet" "$scratch/stderr"; then
  echo "smoke_test: SKIPPED extract: this build's 'extract' is not implemented yet ($(cat "$scratch/stderr"))" >&2
  exit 0
fi
[[ $status -eq 0 ]] || fail "'extract --json $sample' exited $status: $(cat "$scratch/stderr")"
python3 - "$sample" "$json" <<'PY' || fail "'extract --json' did not print a usable proposal"
import json
import sys

sample, text = sys.argv[1], sys.argv[2]
try:
    proposal = json.loads(text)
except json.JSONDecodeError as error:
    sys.exit(f"smoke_test: output is not JSON ({error}): {text[:200]!r}")
if isinstance(proposal, list):  # several files give a list; one file gives one object
    proposal = proposal[0] if proposal else None
if not isinstance(proposal, dict) or not str(proposal.get("schema", "")).startswith("partnertracker.proposal"):
    sys.exit(f"smoke_test: expected a proposal object with a 'schema', got {text[:200]!r}")
# Every bundled sample names at least one organisation and is in a known language; finding none
# means the language data under resources/ did not make it into the build.
language = (proposal.get("dispatch") or {}).get("language")
organisations = [o.get("name") for o in proposal.get("organisations") or []]
if not language or not organisations:
    sys.exit(f"smoke_test: the proposal has language={language!r} and organisations={organisations!r}")
counts = ", ".join(f"{len(v)} {k}" for k, v in sorted(proposal.items()) if isinstance(v, list))
print(f"smoke_test: ok: extract --json {sample} -> language {language}, {counts}")
PY
