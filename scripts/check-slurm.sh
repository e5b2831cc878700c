#!/usr/bin/env bash
# Runs the Pekalongan what-if variants as a Slurm job array on a one-node cluster started on
# this machine (munged, slurmctld, slurmd on localhost, config in a temporary folder), merges
# the shards and checks the merged table and CSV are byte-identical to an unsharded run.
#
#   scripts/check-slurm.sh            # as root (installs slurm-wlm and munge when missing)
#   SHARDS=4 TIME_LIMIT=60 scripts/check-slurm.sh
#
# Works without systemd or cgroups: proctrack/linuxproc, task/none, no accounting, daemons in
# the foreground (-D) in the background. Everything started is stopped at the end, even on failure.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
shards=${SHARDS:-3}
time_limit=${TIME_LIMIT:-60}
port=${SLURM_CHECK_PORT:-16817}
work=$(mktemp -d /tmp/check-slurm.XXXXXX)
chmod 755 "$work"
pids=()

say() { printf '%s\n' "check-slurm: $*"; }

stop() {
    local status=$?
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    if [ "$status" -ne 0 ]; then
        say "FAILED (exit $status); logs kept in $work"
        for log in "$work"/log/*; do [ -f "$log" ] && { echo "--- $log"; tail -n 15 "$log"; }; done
    else
        rm -rf "$work"
    fi
    exit "$status"
}
trap stop EXIT

# 1. Slurm and munge from Debian, when missing.
if ! command -v slurmctld >/dev/null || ! command -v slurmd >/dev/null || ! command -v munged >/dev/null; then
    say "installing slurm-wlm and munge"
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y slurm-wlm munge
fi
say "$(slurmctld -V), $(munged -V 2>&1 | head -n 1)"

# 2. trainplan, when not built.
binary=${TRAINPLAN_BINARY:-$root/.build/debug/trainplan}
if [ ! -x "$binary" ]; then
    say "building trainplan"
    (cd "$root" && swift build --product trainplan)
fi

# 3. munge: its own key and socket.
mkdir -p "$work/munge" "$work/log" "$work/state" "$work/spool" "$work/run"
chmod 700 "$work/munge"
dd if=/dev/urandom of="$work/munge/munge.key" bs=1024 count=1 status=none
chmod 400 "$work/munge/munge.key"
munged --foreground --force --socket="$work/munge/munge.socket" --key-file="$work/munge/munge.key" \
    --pid-file="$work/munge/munged.pid" --log-file="$work/log/munged.log" --seed-file="$work/munge/seed" >> "$work/log/munged.out" 2>&1 &
pids+=($!)
for _ in $(seq 50); do [ -S "$work/munge/munge.socket" ] && break; sleep 0.1; done
[ -S "$work/munge/munge.socket" ] || { say "munged did not start"; exit 1; }

# 4. slurm.conf for one node: this machine.
host=$(hostname -s)
cpus=$(nproc)
export SLURM_CONF="$work/slurm.conf"
cat > "$SLURM_CONF" <<CONF
ClusterName=trainplan-check
SlurmctldHost=$host(127.0.0.1)
SlurmctldPort=$port
SlurmdPort=$((port + 1))
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$work/munge/munge.socket
StateSaveLocation=$work/state
SlurmdSpoolDir=$work/spool
SlurmctldPidFile=$work/run/slurmctld.pid
SlurmdPidFile=$work/run/slurmd.pid
SlurmctldLogFile=$work/log/slurmctld.log
SlurmdLogFile=$work/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
MpiDefault=none
ReturnToService=2
MinJobAge=600
NodeName=$host NodeAddr=127.0.0.1 CPUs=$cpus State=UNKNOWN
PartitionName=check Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONF

slurmctld -D -i -f "$SLURM_CONF" >> "$work/log/slurmctld.out" 2>&1 &
pids+=($!)
slurmd -D -f "$SLURM_CONF" >> "$work/log/slurmd.out" 2>&1 &
pids+=($!)
for _ in $(seq 100); do
    sinfo -h -o '%T' 2>/dev/null | grep -qE '^(idle|mixed|allocated)' && break
    sleep 0.2
done
say "cluster: $(sinfo -h -o '%P %D node(s) %c CPUs %T' 2>&1)"

# 5. The job files, submitted.
fixtures="$root/fixtures"
cd "$work"
"$binary" jobs whatif "$fixtures/pekalongan-2023" "$fixtures/whatif/pekalongan-variants.yaml" \
    --time-limit "$time_limit" --engine slurm --shards "$shards" --cpus 1 --out "$work/shards"
start=$(date +%s.%N)
submitted=$(sh "$work/shards/submit.sh")
say "$submitted"
shards_job=$(printf '%s' "$submitted" | sed -n 's/^shards: job \([0-9]*\).*/\1/p')
merge_job=$(printf '%s' "$submitted" | sed -n 's/.*merge: job \([0-9]*\).*/\1/p')

# 6. Wait for the array and the merge to leave the queue.
deadline=$(( $(date +%s) + 20 * time_limit + 120 ))
while squeue -h -j "$shards_job,$merge_job" 2>/dev/null | grep -q .; do
    [ "$(date +%s)" -lt "$deadline" ] || { say "timed out waiting for the jobs"; squeue; exit 1; }
    sleep 0.5
done
end=$(date +%s.%N)
for task in $(seq 0 $((shards - 1))); do
    say "shard $task: $(scontrol -o show job "${shards_job}_$task" | grep -o 'JobState=[A-Z]*') $(tail -n 1 "$work/shards/logs/shard-$task.out")"
done
merge_state=$(scontrol -o show job "$merge_job" | grep -o 'JobState=[A-Z]*')
say "merge job $merge_job: $merge_state"
[ "$merge_state" = "JobState=COMPLETED" ] || { cat "$work/shards/logs/merge.out"; exit 1; }
say "wall time from submission to merged: $(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }') s"

# 7. The unsharded run, and the comparison.
TRAINPLAN_THREADS=1 "$binary" whatif "$fixtures/pekalongan-2023" "$fixtures/whatif/pekalongan-variants.yaml" \
    --time-limit "$time_limit" --jobs 1 --out "$work/whole" > "$work/whole.txt"
grep -v -e 'written to' -e '^Merged ' "$work/shards/logs/merge.out" > "$work/merged-table.txt"
grep -v 'written to' "$work/whole.txt" > "$work/whole-table.txt"
cmp "$work/whole-table.txt" "$work/merged-table.txt"
cmp "$work/whole/whatif.csv" "$work/shards/whatif.csv"
python3 - "$work/whole" "$work/shards" <<'PY'
import json, os, sys
def untimed(value):
    if isinstance(value, dict): return {k: untimed(v) for k, v in value.items() if k != "seconds"}
    if isinstance(value, list): return [untimed(v) for v in value]
    return value
a, b = sys.argv[1], sys.argv[2]
names = sorted(os.listdir(os.path.join(a, "plans")))
assert names == sorted(os.listdir(os.path.join(b, "plans"))), "different plan files"
for name in ["whatif.json"] + ["plans/" + n for n in names]:
    with open(os.path.join(a, name)) as x, open(os.path.join(b, name)) as y:
        assert untimed(json.load(x)) == untimed(json.load(y)), name + " differs"
print(f"check-slurm: whatif.json and {len(names)} plans equal (timings aside)")
PY
cat "$work/merged-table.txt"
say "OK: $shards shards of job $shards_job merged by job $merge_job; table ($(wc -l < "$work/merged-table.txt") lines) and whatif.csv byte-identical to the unsharded run"
