#!/usr/bin/env bash
# deploy/bench/profile.sh SERVICE SECONDS [OUT]: CPU profile of a running service with the JDK's own Flight Recorder
# (no agent to fetch or attach), written as OUT.jfr (open it in JDK Mission Control) and summarised in OUT.txt:
# the methods most often on top of the stack (self) and on the stack at all (inclusive), as % of the samples.
# Run it while ./factdesk bench (or any load) is running; e.g. deploy/bench/profile.sh article-service 20.
set -euo pipefail
ROOT="${ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
export ROOT
# shellcheck source=../local/stack.sh
source "$ROOT/deploy/local/stack.sh"

service=${1:?usage: profile.sh SERVICE SECONDS [OUT]}
seconds=${2:?usage: profile.sh SERVICE SECONDS [OUT]}
out=${3:-$ROOT/bench-reports/profile-$service-$(date -u +%Y%m%d-%H%M%S)}
mkdirs
pid=$(ss -ltnpH "sport = :$(service_port "$service")" | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -n 1)
[ -n "$pid" ] || die "$service is not listening on $(service_port "$service")"
mkdir -p "$(dirname "$out")"
jcmd "$pid" JFR.start name=factdesk-profile settings=profile "duration=${seconds}s" "filename=$out.jfr" >/dev/null \
  || die "could not start a recording in $pid"
sleep $((seconds + 2))
[ -s "$out.jfr" ] || die "no recording written to $out.jfr"
jfr print --stack-depth 96 --events jdk.ExecutionSample "$out.jfr" | awk '
  /stackTrace = \[/ { samples++; depth = 0; delete seen; next }
  /^    [^ .]/ && !/^    \.\.\./ {
    frame = $0; sub(/^ +/, "", frame); sub(/\(.*$/, "", frame)
    if (depth++ == 0) self[frame]++
    if (!(frame in seen)) { seen[frame] = 1; inclusive[frame]++ }
  }
  END {
    printf "%d samples\n\nself %%\n", samples
    for (f in self) printf "%6.1f  %s\n", 100 * self[f] / samples, f | "sort -rn | head -25"
    close("sort -rn | head -25")
    printf "\ninclusive %%\n"
    for (f in inclusive) printf "%6.1f  %s\n", 100 * inclusive[f] / samples, f | "sort -rn | head -60"
  }' > "$out.txt"
say "profile of $service over ${seconds}s: $out.txt (recording: $out.jfr)"
