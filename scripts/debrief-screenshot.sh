#!/usr/bin/env bash
# Renders a debrief of three fixed workshop games and screenshots it in headless Chromium, to see what a
# facilitator will project. Installs Chromium if it is missing (Debian/Ubuntu: apt-get).
#   scripts/debrief-screenshot.sh [OUT.png]      (default: target/debrief/debrief.png)
# Leaves target/debrief/debrief.html, debrief.csv and the PNG.
set -euo pipefail
cd "$(dirname "$0")/.."
out_png="${1:-target/debrief/debrief.png}"
dir="target/debrief"
mkdir -p "$dir" "$(dirname "$out_png")"

if [ ! -f target/capex.jar ]; then
  mvn -B -q clean package -DskipTests
fi

browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
if [ -z "$browser" ]; then
  echo "Installing chromium (apt-get)..." >&2
  apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >/dev/null
  browser="$(command -v chromium || command -v chromium-browser)"
fi

# Three teams, one world (the workshop scenario, seed 7): a borrower who builds, a careful team, a team
# that buys talent and data. Fixed plans, so that the picture only changes when the game or report does.
cat > "$dir/red.plan.json" <<'JSON'
{"name": "Red", "description": "borrow and build", "decisions": {
  "2025Q2": [{"type": "privateCredit", "lender": "apollo", "amountM": 20000, "structure": "corporate"},
             {"type": "orderGpus", "generation": "B200", "units": 400000},
             {"type": "build", "site": "hyperion", "gw": 2.0}],
  "2025Q3": [{"type": "privateCredit", "lender": "pimco", "amountM": 25000, "structure": "corporate"},
             {"type": "orderGpus", "generation": "B200", "units": 400000}],
  "2025Q4": [{"type": "privateCredit", "lender": "blackstone", "amountM": 20000, "structure": "corporate"},
             {"type": "orderGpus", "generation": "GB300", "units": 400000}],
  "2026Q1": [{"type": "privateCredit", "lender": "kkr", "amountM": 15000, "structure": "corporate"},
             {"type": "orderGpus", "generation": "GB300", "units": 400000}, {"type": "build", "site": "elpaso", "gw": 1.0}],
  "2026Q2": [{"type": "orderGpus", "generation": "GB300", "units": 300000}]}}
JSON
cat > "$dir/blue.plan.json" <<'JSON'
{"name": "Blue", "description": "careful: pay from cash, rent the rest", "decisions": {
  "2025Q2": [{"type": "orderGpus", "generation": "B200", "units": 150000},
             {"type": "rentCloud", "provider": "coreweave", "h100e": 100000, "quarters": 8}],
  "2025Q4": [{"type": "orderGpus", "generation": "GB300", "units": 100000}],
  "2026Q2": [{"type": "buyback", "amountM": 5000}]}}
JSON
cat > "$dir/green.plan.json" <<'JSON'
{"name": "Green", "description": "talent and data first", "decisions": {
  "2025Q2": [{"type": "stake", "target": "scale", "share": 0.49}, {"type": "hire", "stars": 25, "packageM": 180, "rival": "openai"},
             {"type": "trainingShare", "share": 0.6}, {"type": "orderGpus", "generation": "B200", "units": 200000}],
  "2025Q3": [{"type": "hire", "stars": 20, "packageM": 200, "rival": "google"},
             {"type": "privateCredit", "lender": "blueowl", "amountM": 29000, "structure": "project", "site": "hyperion", "equityShare": 0.1},
             {"type": "build", "site": "hyperion", "gw": 1.0}],
  "2026Q1": [{"type": "hire", "stars": 15, "packageM": 200, "rival": "anthropic"},
             {"type": "orderGpus", "generation": "GB300", "units": 200000}]}}
JSON

java -jar target/capex.jar report --scenario meta-2025-workshop --seed 7 \
  --plan "$dir/red.plan.json" --plan "$dir/blue.plan.json" --plan "$dir/green.plan.json" --out "$dir/debrief.html"

profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
"$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$profile" --screenshot="$out_png" \
  --window-size=1400,2400 "file://$(realpath "$dir/debrief.html")" >/dev/null 2>&1
test -s "$out_png"
echo "Wrote $out_png"
