#!/usr/bin/env bash
# Installs what the tests need, only when something is missing. Idempotent; needs root (or sudo).
#   Debian: chromium (browser tests, driven by Playwright — no browser download), fonts-wqy-microhei
#   (Chinese text in the browser), bc (test summary), a Java runtime (W3C Nu HTML checker).
#   npm: the pinned validators in tests/validators (npm ci from package-lock.json).
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(bc chromium fonts-wqy-microhei)
command -v java >/dev/null 2>&1 || packages+=(default-jre-headless)
command -v node >/dev/null 2>&1 || packages+=(nodejs npm)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  echo "prerequisites: installing ${missing[*]}"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if [ ! -d tests/validators/node_modules ] || [ tests/validators/package-lock.json -nt tests/validators/node_modules ]; then
  echo "prerequisites: npm ci in tests/validators"
  (cd tests/validators && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error)
fi
