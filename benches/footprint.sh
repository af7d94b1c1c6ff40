#!/usr/bin/env bash
# Footprint of the real binary on the large data, as a small shared server sees it
# (BENCHMARKS.md, "Footprint on a small server"). CPU-heavy: run it niced, once.
#
#   nice -n 10 benches/footprint.sh /tmp/footprint
#
# 1. writes the large data set (examples/largedata.rs) and exports it as CSV;
# 2. imports the CSV files into a new database, one `prezenca import` per kind, each under
#    /usr/bin/time -v (peak RSS); the attendance file holds the 1,000,000 marks;
# 3. compares the database file with the CSV files;
# 4. leaves a TUI (in tmux) and a server with one connected TUI idle on the imported file
#    and samples their CPU time and RSS from /proc for 30 s.
# Needs tmux and /usr/bin/time (package time).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: benches/footprint.sh DIR}
mkdir -p "$out"
out=$(cd "$out" && pwd)
cargo build --release --locked --bin prezenca --example largedata
bin=$PWD/target/release/prezenca
export PREZENCA_NOW=2026-03-02T09:30 XDG_CONFIG_HOME=/nonexistent LANG=C.UTF-8

rm -rf "$out/csv" "$out/imported.redb"
[ -e "$out/large.redb" ] || target/release/examples/largedata "$out/large.redb"
"$bin" --db "$out/large.redb" export all --format csv --out "$out/csv"
# The generator gives about a tenth of the people no email, and some of them share a name
# within an organisation: such rows cannot name one person in a file, so they are left out
# (with their registrations and marks), as an import would refuse them.
python3 - "$out/csv" <<'PY'
import csv, sys, os
d = sys.argv[1]
def keep(name, test):
    src = os.path.join(d, name)
    with open(src, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    kept = [rows[0]] + [r for r in rows[1:] if test(r)]
    with open(src, "w", newline="", encoding="utf-8") as f:
        csv.writer(f, lineterminator="\n").writerows(kept)
    print(f"{name}: {len(kept) - 1} of {len(rows) - 1} rows")
keep("participants.csv", lambda r: r[1] != "")
keep("registrations.csv", lambda r: "@" in r[1])
keep("attendance.csv", lambda r: "@" in r[2])
PY
ls -l "$out/csv"

for kind in events sessions participants registrations attendance followups; do
  f="$out/csv/$kind.csv"
  [ -s "$f" ] || continue
  /usr/bin/time -v "$bin" --db "$out/imported.redb" import "$kind" "$f" \
    >"$out/import-$kind.out" 2>"$out/import-$kind.time" || { tail -5 "$out/import-$kind.time"; exit 1; }
  printf '%-14s peak %7d KB  wall %s\n' "$kind" \
    "$(awk -F': ' '/Maximum resident/ {print $2}' "$out/import-$kind.time")" \
    "$(awk -F': ' '/Elapsed \(wall/ {print $2}' "$out/import-$kind.time")"
done
db_bytes=$(stat -c %s "$out/imported.redb")
csv_bytes=$(cat "$out"/csv/*.csv | wc -c)
echo "database $db_bytes bytes, CSV $csv_bytes bytes, ratio $(echo "scale=2; $db_bytes / $csv_bytes" | bc)"

# CPU ticks (utime + stime) and RSS of a process, sampled once a second for 30 s.
sample() {
  local pid=$1 name=$2 t0 t1 hz rss max=0 min=0
  hz=$(getconf CLK_TCK)
  t0=$(awk '{print $14 + $15}' "/proc/$pid/stat")
  for _ in $(seq 30); do
    sleep 1
    rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
    [ "$min" -eq 0 ] || [ "$rss" -lt "$min" ] && min=$rss
    [ "$rss" -gt "$max" ] && max=$rss
  done
  t1=$(awk '{print $14 + $15}' "/proc/$pid/stat")
  echo "$name idle 30 s: CPU $(echo "scale=2; ($t1 - $t0) * 100 / $hz / 30" | bc) % of a core, RSS $min–$max KB"
}

sock="$out/run/socket"
tmux kill-session -t footprint 2>/dev/null || true
tmux new-session -d -s footprint -x 120 -y 40 "$bin --db $out/imported.redb"
sleep 10
sample "$(tmux list-panes -t footprint -F '#{pane_pid}')" "TUI (local file)"
tmux kill-session -t footprint

"$bin" --db "$out/imported.redb" --socket "$sock" serve 2>"$out/serve.log" &
server=$!
for _ in $(seq 100); do [ -S "$sock" ] && break; sleep 0.1; done
tmux new-session -d -s footprint -x 120 -y 40 "$bin --socket $sock"
sleep 10
sample "$server" "server (one TUI connected)" &
sampler=$!
sample "$(tmux list-panes -t footprint -F '#{pane_pid}')" "TUI (through the server)"
wait "$sampler" || true
tmux kill-session -t footprint
kill -TERM "$server"
wait "$server" || true
