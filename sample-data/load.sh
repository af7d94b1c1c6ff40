#!/bin/sh
# Loads the sample data with `prezenca import`, one file per kind in dependency order: the
# same as `prezenca demo` does with its built-in copy.
#   sample-data/load.sh [--db PATH]
# PREZENCA=path/to/prezenca runs another build than the one on $PATH.
set -eu
here=$(dirname "$0")
bin=${PREZENCA:-prezenca}
for kind in events sessions participants registrations attendance followups; do
    "$bin" "$@" import "$kind" "$here/$kind.csv"
done
