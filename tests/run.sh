#!/usr/bin/env bash
# The README's test command: installs what the tests need (once), builds, runs every test project,
# and closes with one line "N passed, N failed". Exit code: that of `dotnet test`.
set -uo pipefail
cd "$(dirname "$0")/.."

bash tests/prerequisites.sh || { echo "tests/run.sh: installing prerequisites failed" >&2; exit 1; }

mkdir -p .tmp
log=.tmp/test.log
dotnet test OpenData.sln -c Release 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}

sum() { grep -oE "$1: +[0-9]+" "$log" | grep -oE '[0-9]+' | paste -sd+ - | bc; }
passed=$(sum 'Passed'); failed=$(sum 'Failed')
echo "${passed:-0} passed, ${failed:-0} failed"
exit "$rc"
