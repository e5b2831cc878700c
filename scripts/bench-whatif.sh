#!/usr/bin/env bash
# Measures `trainplan whatif` on the city-scale quarter and its five variants
# with one solve at a time and with two in parallel, and checks that both give
# the same plans. Needs hyperfine (apt-get install -y hyperfine).
#   scripts/bench-whatif.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
swift build -c release --product trainplan >/dev/null
bin=.build/release/trainplan
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
hyperfine --warmup 1 --runs "$runs" --export-json "$out/bench.json" \
  -n "jobs 1" "$bin whatif fixtures/city-scale.yaml fixtures/whatif/city-variants.yaml --jobs 1 --out $out/j1" \
  -n "jobs 2" "$bin whatif fixtures/city-scale.yaml fixtures/whatif/city-variants.yaml --jobs 2 --out $out/j2"
python3 - "$out" <<'PY'
import json, sys, pathlib
out = pathlib.Path(sys.argv[1])
runs = {r["command"]: r for r in json.load(open(out / "bench.json"))["results"]}
one, two = runs["jobs 1"]["median"], runs["jobs 2"]["median"]
print(f"median jobs 1: {one:.2f} s, jobs 2: {two:.2f} s, speed-up {one / two:.2f}x")
strip = lambda p: {k: v for k, v in json.load(open(p)).items() if k != "solver"}
plans = sorted((out / "j1" / "plans").glob("*.plan.json"))
same = all(strip(p) == strip(out / "j2" / "plans" / p.name) for p in plans)
print(f"{len(plans)} plans, identical with 1 and 2 jobs: {same}")
sys.exit(0 if same else 1)
PY
