#!/usr/bin/env bash
# Eight clients through one `prezenca serve` on the imported large data (run
# benches/footprint.sh DIR first): each marks 5 people of FLAG-300X10 absent and reads the
# event's summary after each mark (every `mark` reads all participants through the server to
# find the person); then one full cross-event report. Prints the server's peak RSS.
#
#   nice -n 10 benches/footprint-serve.sh /tmp/footprint
set -euo pipefail
B=${B:-$(cd "$(dirname "$0")/.." && pwd)/target/release/prezenca}
dir=${1:?usage: benches/footprint-serve.sh DIR}
export PREZENCA_NOW=2026-03-02T09:30 XDG_CONFIG_HOME=/nonexistent
"$B" --db "$dir/imported.redb" summary FLAG-300X10 --format json |
  python3 -c 'import json, sys; print("\n".join(p["email"] for p in json.load(sys.stdin)["participants"] if p["email"]))' >"$dir/emails.txt"
sock="$dir/run8/socket"
"$B" --db "$dir/imported.redb" --socket "$sock" serve 2>"$dir/serve8.log" &
server=$!
for _ in $(seq 200); do [ -S "$sock" ] && break; sleep 0.1; done
for c in $(seq 0 7); do
  (
    for i in $(seq 1 5); do
      email=$(sed -n "$((c * 5 + i))p" "$dir/emails.txt")
      "$B" --socket "$sock" mark FLAG-300X10 1 "$email" absent
      "$B" --socket "$sock" summary FLAG-300X10 --format json >/dev/null
    done
  ) &
done
wait $(jobs -p | grep -v "^$server$") 2>/dev/null || true
/usr/bin/time -f "report wall %e s" "$B" --socket "$sock" report --from 2021-01-01 --to 2026-12-31 --format json >/dev/null
grep -E "VmHWM" "/proc/$server/status"
kill -TERM "$server"; wait "$server" || true
