#!/usr/bin/env bash
# Print the built folder's size and the start-up time of `partnertracker --version`, frozen and
# from the checkout, beside a floor measured in the same run (Python importing QtCore, which a
# frozen PySide6 app always does before main). Run after packaging/build.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
app=dist/partnertracker
[[ -x "$app/partnertracker" ]] || { echo "measure.sh: no $app; run packaging/build.sh first" >&2; exit 1; }
export QT_QPA_PLATFORM=offscreen

echo "size of $app: $(du -sh "$app" | cut -f1)   archive: $(du -h dist/partnertracker-*.tar.gz | cut -f1 | tr '\n' ' ')"
python=.venv/bin/python
[[ -x "$python" ]] || { uv sync --quiet; }
commands=("$app/partnertracker --version" "$python -m partnertracker --version" "$python -c 'import PySide6.QtCore'")
if command -v hyperfine >/dev/null 2>&1; then
  hyperfine --shell=none --warmup 3 --runs 20 "${commands[@]}" 2>&1 | grep -E "Benchmark|Time|Range"
else
  for command in "${commands[@]}"; do
    start=$(date +%s%N)
    for _ in 1 2 3 4 5; do bash -c "$command" >/dev/null; done
    echo "$command: $(( ($(date +%s%N) - start) / 5000000 )) ms per run (mean of 5)"
  done
fi
