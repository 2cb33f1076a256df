#!/usr/bin/env bash
# deploy/bench/profile.sh SERVICE SECONDS [OUT]: CPU profile of a running service with async-profiler 4.1
# (tools.profiler:async-profiler:4.1 from Maven Central), loaded into the JVM with jcmd, written as a flame graph.
# Run it while ./factdesk bench (or any load) is running; e.g. deploy/bench/profile.sh article-service 20.
set -euo pipefail
ROOT="${ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
export ROOT
# shellcheck source=../local/stack.sh
source "$ROOT/deploy/local/stack.sh"

service=${1:?usage: profile.sh SERVICE SECONDS [OUT]}
seconds=${2:?usage: profile.sh SERVICE SECONDS [OUT]}
out=${3:-$ROOT/bench-reports/profile-$service-$(date -u +%Y%m%d-%H%M%S).html}
mkdirs
lib="$TOOLS/async-profiler-4.1/libasyncProfiler.so"
if [ ! -f "$lib" ]; then
  say "fetching async-profiler 4.1 (tools.profiler:async-profiler:4.1)"
  mvn39 -q dependency:copy -Dartifact=tools.profiler:async-profiler:4.1 -DoutputDirectory="$TOOLS" >&2 \
    || die "could not resolve tools.profiler:async-profiler:4.1"
  mkdir -p "$(dirname "$lib")"
  unzip -q -o -j "$TOOLS/async-profiler-4.1.jar" linux-x64/libasyncProfiler.so -d "$(dirname "$lib")"
  rm -f "$TOOLS/async-profiler-4.1.jar"
fi
pid=$(ss -ltnpH "sport = :$(service_port "$service")" | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -n 1)
[ -n "$pid" ] || die "$service is not listening on $(service_port "$service")"
mkdir -p "$(dirname "$out")"
# Without perf events (containers), itimer still samples Java and native frames.
jcmd "$pid" JVMTI.agent_load "$lib" "start,event=itimer,interval=1ms" >/dev/null || die "could not load async-profiler into $pid"
sleep "$seconds"
jcmd "$pid" JVMTI.agent_load "$lib" "stop,file=$out" >/dev/null || die "could not stop the profiler in $pid"
say "flame graph of $service over ${seconds}s: $out"
