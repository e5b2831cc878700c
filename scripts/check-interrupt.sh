#!/usr/bin/env bash
# Ctrl-C during a long solve: the search stops within 2 seconds and the best
# plan found so far is written, with status "feasible".
#
#   scripts/check-interrupt.sh [SCENARIO]
#
# Without SCENARIO it generates a hard one (fixtures/tools/make_city.py --seed 2
# --weeks 26: 25 courses over half a year; about 200 s to prove optimal with the
# options below), falling back to fixtures/city-scale.yaml. The solve runs with a
# 600 s time limit and --no-star-cliques --cuts none, which keep GLPK searching;
# SIGINT is sent after 2 s. Checks: the process ends within 2 s of the signal,
# exits 0, the plan file exists with status "feasible", and `trainplan verify`
# accepts it. Uses the debug build (.build/debug/trainplan, built if missing).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
binary="${TRAINPLAN_BINARY:-$root/.build/debug/trainplan}"
[ -x "$binary" ] || (cd "$root" && swift build --product trainplan)

work="$(mktemp -d "${TMPDIR:-/tmp}/trainplan-interrupt.XXXXXX")"
pid=""
cleanup() { [ -n "$pid" ] && kill -KILL "$pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

scenario="${1:-}"
if [ -z "$scenario" ]; then
    scenario="$work/hard.yaml"
    python3 "$root/fixtures/tools/make_city.py" --seed 2 --weeks 26 --start 2023-01-02 -o "$scenario" 2>/dev/null \
        || scenario="$root/fixtures/city-scale.yaml"
fi
plan="$work/plan.json"

now() { date +%s.%N; }
# `exec` so that $! is trainplan itself, not a subshell: the signal must reach the solver.
( exec "$binary" solve "$scenario" -o "$plan" --time-limit 600 --no-star-cliques --cuts none --quiet ) \
    >"$work/stdout" 2>"$work/stderr" &
pid=$!
sleep 2
if ! kill -0 "$pid" 2>/dev/null; then
    wait "$pid" || true
    pid=""
    echo "check-interrupt: the solve of $scenario finished in under 2 s; give a harder scenario" >&2
    exit 2
fi
sent=$(now)
kill -INT "$pid"
ended=""
while :; do
    if ! kill -0 "$pid" 2>/dev/null; then ended=$(now); break; fi
    if awk -v a="$sent" -v b="$(now)" 'BEGIN { exit !(b - a > 2.0) }'; then break; fi
    sleep 0.02
done
if [ -z "$ended" ]; then
    echo "check-interrupt: FAIL: still running 2 s after SIGINT" >&2
    exit 1
fi
status=0
wait "$pid" || status=$?
pid=""
elapsed=$(awk -v a="$sent" -v b="$ended" 'BEGIN { printf "%.2f", b - a }')
[ "$status" -eq 0 ] || { echo "check-interrupt: FAIL: exit status $status after SIGINT"; cat "$work/stderr"; exit 1; }
[ -s "$plan" ] || { echo "check-interrupt: FAIL: no plan file written"; exit 1; }
plan_status=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["status"])' "$plan")
[ "$plan_status" = "feasible" ] || { echo "check-interrupt: FAIL: plan status is $plan_status, expected feasible"; exit 1; }
"$binary" verify "$scenario" "$plan" >"$work/verify" || { echo "check-interrupt: FAIL: the plan does not verify"; cat "$work/verify"; exit 1; }
summary=$(python3 - "$plan" <<'PY'
import json, sys
p = json.load(open(sys.argv[1]))
print("objective {:,.0f}, bound {:,.0f}, gap {:.2f}%".format(p["objective"], p["bound"], 100 * (p.get("gap") or 0)))
PY
)
echo "check-interrupt: stopped ${elapsed} s after SIGINT (limit 2 s), exit 0, plan written with status feasible ($summary) and verified"
