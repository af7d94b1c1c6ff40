#!/usr/bin/env bash
# Peak memory of the TUI on the imported large data (run benches/footprint.sh DIR first):
# the first screen, then everyone listed (`2`, `a`), then a search typed (`/petrov`), in
# tmux at 120×40. Prints VmHWM (peak RSS) after each step.
#
#   nice -n 10 benches/footprint-tui.sh /tmp/footprint
set -euo pipefail
B=${B:-$(cd "$(dirname "$0")/.." && pwd)/target/release/prezenca}
dir=${1:?usage: benches/footprint-tui.sh DIR}
tmux kill-session -t tuimem 2>/dev/null || true
tmux new-session -d -s tuimem -x 120 -y 40 \
  "env PREZENCA_NOW=2026-03-02T09:30 XDG_CONFIG_HOME=/nonexistent $B --db $dir/imported.redb"
sleep 6
pid=$(tmux list-panes -t tuimem -F '#{pane_pid}')
echo "first screen: $(grep VmHWM "/proc/$pid/status")"
tmux send-keys -t tuimem 2; sleep 2; tmux send-keys -t tuimem a; sleep 8
echo "everyone listed: $(grep VmHWM "/proc/$pid/status")"
for k in / p e t r o v; do tmux send-keys -t tuimem "$k"; sleep 0.5; done
sleep 3
echo "search typed: $(grep VmHWM "/proc/$pid/status")"
tmux capture-pane -p -t tuimem | head -1
tmux kill-session -t tuimem
