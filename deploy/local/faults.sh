#!/usr/bin/env bash
# shellcheck shell=bash
# Fault injection for the system tests (deploy/system-tests): stops and starts the components of the local
# stack that ./factdesk started, reusing stack.sh. Only for a stack that belongs to the test run: the
# tests call it only when -Dfactdesk.faults=true, which ./factdesk test passes.
#
#   deploy/local/faults.sh kafka_stop | kafka_kill | kafka_start      (stop: SIGTERM, clean; kill: SIGKILL, a crash)
#   deploy/local/faults.sh postgres_stop | postgres_kill | postgres_start   (kill: immediate shutdown, a crash)
#   deploy/local/faults.sh keycloak_kill | keycloak_start                    (kill: SIGKILL)
#   deploy/local/faults.sh service_kill NAME | service_start NAME     (NAME: article-service, review-service, gateway)
#
# Sourcing it defines the same functions with the prefix fault_.

ROOT="${ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
export ROOT
# shellcheck source=deploy/local/stack.sh
source "$ROOT/deploy/local/stack.sh"

# ---------------------------------------------------------------- Kafka

fault_kafka_stop() {
  running kafka || die "Kafka was not started by this stack ($RUN/kafka.pid): refusing to stop it"
  stop_process kafka
  ! port_open "$KAFKA_PORT" || die "Kafka still answers on $KAFKA_PORT after stopping"
}

# SIGKILL, as a crash would: no controlled shutdown, the log is recovered at the next start.
fault_kafka_kill() {
  local pid
  pid=$(pid_of kafka) || die "Kafka was not started by this stack ($RUN/kafka.pid): refusing to kill it"
  kill -KILL "$pid"
  while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
  rm -f "$RUN/kafka.pid"
  ! port_open "$KAFKA_PORT" || die "Kafka still answers on $KAFKA_PORT after SIGKILL"
  say "killed Kafka (pid $pid) with SIGKILL"
}

fault_kafka_start() { mkdirs; kafka_up; }

# ---------------------------------------------------------------- PostgreSQL

# The Debian cluster that listens on FACTDESK_DB_PORT, as "version name".
postgres_cluster() {
  [ "$FACTDESK_DB_HOST" = localhost ] || [ "$FACTDESK_DB_HOST" = 127.0.0.1 ] \
    || die "PostgreSQL at $FACTDESK_DB_HOST is not a local cluster: refusing to restart it"
  command -v pg_lsclusters >/dev/null || die "pg_lsclusters not found: PostgreSQL is not Debian's"
  local cluster
  cluster=$(pg_lsclusters -h | awk -v port="$FACTDESK_DB_PORT" '$3 == port { print $1, $2; exit }')
  [ -n "$cluster" ] || die "no local PostgreSQL cluster listens on port $FACTDESK_DB_PORT"
  echo "$cluster"
}

fault_postgres_stop() {
  local version cluster
  read -r version cluster < <(postgres_cluster)
  # fast: the server rolls back open transactions and closes every connection, as a crash-restart would.
  pg_ctlcluster "$version" "$cluster" stop -m fast || die "pg_ctlcluster $version $cluster stop failed"
  say "stopped PostgreSQL cluster $version/$cluster"
}

# Immediate shutdown: the postmaster SIGQUITs every backend and exits without a checkpoint, so the next start
# runs crash recovery, exactly as after a crash of the server.
fault_postgres_kill() {
  local version cluster
  read -r version cluster < <(postgres_cluster)
  pg_ctlcluster "$version" "$cluster" stop -m immediate || die "pg_ctlcluster $version $cluster stop -m immediate failed"
  say "killed PostgreSQL cluster $version/$cluster (immediate shutdown)"
}

fault_postgres_start() {
  local version cluster
  read -r version cluster < <(postgres_cluster)
  postgres_answers || pg_ctlcluster "$version" "$cluster" start || die "pg_ctlcluster $version $cluster start failed"
  wait_for postgres 60 postgres_answers
  say "PostgreSQL cluster $version/$cluster answers again"
}

# ---------------------------------------------------------------- Keycloak

# SIGKILL of the whole process group (kc.sh and its JVM), as a crash would.
fault_keycloak_kill() {
  local pid
  pid=$(pid_of keycloak) || die "Keycloak was not started by this stack ($RUN/keycloak.pid): refusing to kill it"
  kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid"
  while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
  rm -f "$RUN/keycloak.pid"
  say "killed Keycloak (pid $pid) with SIGKILL"
}

fault_keycloak_start() { mkdirs; keycloak_up; }

# ---------------------------------------------------------------- services

known_service() {
  local s
  for s in "${SERVICES[@]}"; do [ "$s" = "$1" ] && return 0; done
  die "unknown service '$1' (one of: ${SERVICES[*]})"
}

# kill -9, as a crash would: no shutdown hooks, no graceful close of consumers or transactions. The database
# and the consumer groups the process used are remembered so service_start brings it back on the same ones.
fault_service_kill() {
  local name=$1 pid
  known_service "$name"
  pid=$(pid_of "$name") || die "$name was not started by this stack ($RUN/$name.pid): refusing to kill it"
  tr '\0' '\n' < "/proc/$pid/environ" | sed -n 's/^FACTDESK_DB_NAME=//p' > "$RUN/$name.db"
  tr '\0' '\n' < "/proc/$pid/environ" | { grep -E '^FACTDESK_(ARTICLE|REVIEW)_GROUP=' || true; } > "$RUN/$name.groups"
  kill -KILL "$pid"
  while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
  rm -f "$RUN/$name.pid"
  say "killed $name (pid $pid) with SIGKILL"
}

# Starts what is not running among the services (services_up skips the running ones) and waits until all are
# ready, on the database and the consumer groups the killed process used.
fault_service_start() {
  local name=$1 database line
  known_service "$name"
  database=$(cat "$RUN/$name.db" 2>/dev/null || true)
  # services_up names the database factdesk_<service>$DB_SUFFIX.
  [ -n "$database" ] && DB_SUFFIX="${database#factdesk_"${name%-service}"}"
  # A test run's own groups (./factdesk test), not the defaults of application.properties.
  if [ -f "$RUN/$name.groups" ]; then
    while IFS= read -r line; do export "${line?}"; done < "$RUN/$name.groups"
  fi
  services_up
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  command=${1:-}
  case "$command" in
    kafka_stop|kafka_kill|kafka_start|postgres_stop|postgres_kill|postgres_start|keycloak_kill|keycloak_start) "fault_$command" ;;
    service_kill|service_start) [ $# -eq 2 ] || die "usage: $0 $command NAME"; "fault_$command" "$2" ;;
    *) sed -n '2,13p' "$0" >&2; exit 2 ;;
  esac
fi
