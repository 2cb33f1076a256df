#!/usr/bin/env bash
# ./factdesk bench [--smoke]: measures speed, latency and cost of the whole system against limits measured in the
# same run, and writes bench-reports/<time>-<mode>/report.{md,json} (and bench-reports/latest.*).
#
# Full mode starts the three services itself on databases of its own (factdesk_*_bench, recreated empty, dropped
# afterwards), one after the other so each start-up time is its own, and restores services this launcher was
# running before. Smoke mode (seconds, tiny counts, no million-claim step) uses the running system when it is up.
# FACTDESK_BENCH_OPTS adds JVM options to the harness, e.g. -Dfactdesk.bench.sections=events to run one section.
set -euo pipefail
ROOT="${ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
export ROOT
# shellcheck source=../local/stack.sh
source "$ROOT/deploy/local/stack.sh"

SMOKE=false
case "${1:-}" in
  --smoke) SMOKE=true ;;
  '') ;;
  *) die "usage: ./factdesk bench [--smoke]" ;;
esac
BENCH_SUFFIX=_bench
MODULE="$ROOT/deploy/bench"

build_bench() {
  local jar_list="$MODULE/target/runtime.classpath"
  if [ -s "$jar_list" ] && [ -z "$(find "$MODULE/pom.xml" "$ROOT/pom.xml" "$MODULE/src/main" -newer "$jar_list" -print -quit)" ]; then
    return 0
  fi
  say "building the benchmark harness (deploy/bench)"
  (cd "$ROOT" && { mvn39 -q -o package -DskipTests -f deploy/bench/pom.xml 2>/dev/null || mvn39 -q package -DskipTests -f deploy/bench/pom.xml; }) \
    || die "could not build deploy/bench"
}

now_millis() { date +%s%3N; }

# Starts one service on the bench database and records the wall-clock from launch to a ready health check.
start_measured() {
  local s=$1 port start deadline
  for port in "$(management_port "$s")" "$(service_port "$s")"; do
    port_open "$port" && die "port $port for $s is taken by a process this launcher did not start; stop it first"
  done
  say "starting $s on $port (management $(management_port "$s"))"
  start=$(now_millis)
  # The same command line as services_up in deploy/local/stack.sh, plus consumer groups of its own, so that a
  # system running beside the benchmark on the same broker keeps its partitions.
  local groups=()
  # The webhook section's receiver is this run's HTTPS server on loopback: allowed and trusted for this run only, with
  # a back-off that recovers from its 30 s outage within the section (the defaults wait up to an hour).
  [ "$s" = review-service ] && groups=(-Dmp.messaging.incoming.claims-queued.group.id=review-service-bench
    -Dmp.messaging.incoming.claims-withdrawn.group.id=review-service-bench
    -Dmp.messaging.incoming.claims-changed.group.id=review-service-bench
    -Dfactdesk.webhooks.allowed-private-targets=localhost
    -Dfactdesk.webhooks.tls-configuration-name=bench-receiver
    "-Dquarkus.tls.bench-receiver.trust-store.p12.path=$WEBHOOK_KEYSTORE"
    "-Dquarkus.tls.bench-receiver.trust-store.p12.password=$WEBHOOK_KEYSTORE_PASSWORD"
    "-Dfactdesk.webhooks.initial-backoff=$WEBHOOK_INITIAL_BACKOFF" "-Dfactdesk.webhooks.max-backoff=$WEBHOOK_MAX_BACKOFF"
    -Dfactdesk.notifications.mail.enabled=true -Dquarkus.mailer.host=127.0.0.1 "-Dquarkus.mailer.port=$BENCH_SMTP_PORT"
    -Dquarkus.mailer.start-tls=DISABLED)
  # Every reader of the public-site section comes from the loopback: the per-client limit would answer 429.
  [ "$s" = gateway ] && groups=(-Dfactdesk.public-site.rate-limit.requests=100000000)
  DB_SUFFIX=$BENCH_SUFFIX FACTDESK_ARTICLE_GROUP=article-service-bench start_service "$s" ${groups[@]+"${groups[@]}"}
  deadline=$((start + 90000))
  until service_ready "$s"; do
    running "$s" || { tail -n 30 "$LOGS/$s.log" >&2; die "$s exited during start-up (log: $LOGS/$s.log)"; }
    [ "$(now_millis)" -lt "$deadline" ] || die "$s not ready after 90 s (log: $LOGS/$s.log)"
    sleep 0.05
  done
  READY_PROPS+=("-Dfactdesk.bench.ready-millis.$s=$(( $(now_millis) - start ))")
}

# What this run changed, undone on exit: its own services stopped, its databases dropped, earlier services back.
STARTED_SERVICES=false
RESTORE_SERVICES=false
bench_cleanup() {
  local status=$?
  if $STARTED_SERVICES; then
    services_down
    stop_bench_smtp
    for service in article review; do
      psql_admin -d postgres -c "drop database if exists factdesk_${service}$BENCH_SUFFIX with (force)" >/dev/null 2>&1 || true
    done
  fi
  if $RESTORE_SERVICES; then
    say "restarting the services that were running before the benchmark"
    DB_SUFFIX="" services_up || warn "could not restart the earlier services: ./factdesk up"
  fi
  exit $status
}

all_ready() { for s in "${SERVICES[@]}"; do service_ready "$s" || return 1; done; }

mkdirs
bench_tools_installed
infra_up
build_services
build_bench

# A certificate for the webhook section's receiver, made for this run (the review-service trusts it only when the
# benchmark starts it, below).
WEBHOOK_KEYSTORE="$RUN/bench-webhook-receiver.p12"
WEBHOOK_KEYSTORE_PASSWORD="bench-$(date +%s%N)"
WEBHOOK_INITIAL_BACKOFF=1s
WEBHOOK_MAX_BACKOFF=30s
new_webhook_keystore() {
  rm -f "$WEBHOOK_KEYSTORE"
  "$(service_java_home)/bin/keytool" -genkeypair -alias receiver -keyalg EC -groupname secp256r1 -validity 2 \
    -dname CN=localhost -ext SAN=dns:localhost,ip:127.0.0.1 -storetype PKCS12 -keystore "$WEBHOOK_KEYSTORE" \
    -storepass "$WEBHOOK_KEYSTORE_PASSWORD" -keypass "$WEBHOOK_KEYSTORE_PASSWORD" >/dev/null 2>&1 \
    || die "keytool could not make the webhook receiver's certificate"
}

# The notification section's SMTP server (Debian's aiosmtpd with the tests' JSON mailbox handler), started with the
# services this run starts; the review-service sends its mails there.
BENCH_SMTP_PORT=18025
BENCH_MAIL_DIR="$RUN/bench-mail"
start_bench_smtp() {
  smtp_receiver_installed
  port_open "$BENCH_SMTP_PORT" && die "port $BENCH_SMTP_PORT for the benchmark's SMTP server is taken"
  rm -rf "$BENCH_MAIL_DIR" && mkdir -p "$BENCH_MAIL_DIR"
  PYTHONPATH="$ROOT/review-service/src/test/resources/smtp" setsid /usr/bin/python3 -m aiosmtpd -n \
    -l "127.0.0.1:$BENCH_SMTP_PORT" -c smtp_receiver.JsonMailbox "$BENCH_MAIL_DIR" >>"$LOGS/bench-smtp.log" 2>&1 < /dev/null &
  echo $! > "$RUN/bench-smtp.pid"
  local deadline=$(( $(now_millis) + 20000 ))
  until port_open "$BENCH_SMTP_PORT"; do
    [ "$(now_millis)" -lt "$deadline" ] || die "the benchmark's SMTP server did not start (log: $LOGS/bench-smtp.log)"
    sleep 0.1
  done
}
stop_bench_smtp() {
  [ -f "$RUN/bench-smtp.pid" ] && kill "$(cat "$RUN/bench-smtp.pid")" 2>/dev/null || true
  rm -f "$RUN/bench-smtp.pid"
}

READY_PROPS=()
DB_PROPS=()
WEBHOOK_PROPS=()
if $SMOKE && all_ready; then
  say "smoke run against the running system"
  # The services tell which database they run on (the launcher passes FACTDESK_DB_NAME).
  for s in article-service review-service; do
    pid=$(pid_of "$s" || true)
    db=$( [ -n "$pid" ] && tr '\0' '\n' < "/proc/$pid/environ" 2>/dev/null | sed -n 's/^FACTDESK_DB_NAME=//p' || true)
    [ -n "$db" ] && DB_PROPS+=("-Dfactdesk.bench.${s%-service}-db=$db")
  done
else
  trap bench_cleanup EXIT
  for s in "${SERVICES[@]}"; do running "$s" && RESTORE_SERVICES=true; done
  $RESTORE_SERVICES && { say "stopping the running services for the benchmark (they come back afterwards)"; services_down; }
  # Start-up is measured as a user meets it: with the start-up caches trained for this build.
  train_startup_caches
  for service in article review; do
    psql_admin -d postgres -c "drop database if exists factdesk_${service}$BENCH_SUFFIX with (force)" || die "could not drop factdesk_${service}$BENCH_SUFFIX"
    provision_database "factdesk_${service}$BENCH_SUFFIX" "factdesk_$service" "${service}-dev-password"
  done
  STARTED_SERVICES=true
  new_webhook_keystore
  WEBHOOK_PROPS=("-Dfactdesk.bench.webhook-keystore=$WEBHOOK_KEYSTORE"
    "-Dfactdesk.bench.webhook-keystore-password=$WEBHOOK_KEYSTORE_PASSWORD"
    "-Dfactdesk.bench.webhook-retry-policy=back-off $WEBHOOK_INITIAL_BACKOFF doubling to $WEBHOOK_MAX_BACKOFF"
    "-Dfactdesk.bench.mail-dir=$BENCH_MAIL_DIR")
  start_bench_smtp
  for s in "${SERVICES[@]}"; do start_measured "$s"; done
  DB_PROPS=("-Dfactdesk.bench.db-suffix=$BENCH_SUFFIX")
fi

say "benchmark ($($SMOKE && echo smoke || echo full)); report under $ROOT/bench-reports/"
# The harness bounds every load run itself; the timeout only guards against a hang outside them.
timeout 20m java -Xms256m -Xmx1g -XX:+UseParallelGC \
  -Dfactdesk.bench.smoke="$SMOKE" \
  -Dfactdesk.bench.root="$ROOT" \
  -Dfactdesk.bench.out="$ROOT/bench-reports" \
  -Dfactdesk.bench.logs="$LOGS" \
  -Dfactdesk.bench.service-jvm="${SERVICE_JVM_OPTIONS[*]} ${FACTDESK_JVM_OPTIONS:-} ($(startup_cache_status article-service))" \
  -Dfactdesk.bench.service-java-release="$(service_java_release)" \
  -Dfactdesk.bench.git-commit="$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)" \
  -Dfactdesk.bench.gateway-url="http://localhost:$FACTDESK_GATEWAY_PORT" \
  -Dfactdesk.bench.article-url="$FACTDESK_ARTICLE_URL" \
  -Dfactdesk.bench.review-url="$FACTDESK_REVIEW_URL" \
  -Dfactdesk.bench.realm-url="$FACTDESK_OIDC_URL" \
  -Dfactdesk.bench.kafka="$FACTDESK_KAFKA_BOOTSTRAP" \
  -Dfactdesk.bench.db-host="$FACTDESK_DB_HOST" -Dfactdesk.bench.db-port="$FACTDESK_DB_PORT" \
  ${DB_PROPS[@]+"${DB_PROPS[@]}"} ${READY_PROPS[@]+"${READY_PROPS[@]}"} ${WEBHOOK_PROPS[@]+"${WEBHOOK_PROPS[@]}"} \
  ${FACTDESK_BENCH_OPTS:-} \
  -cp "$MODULE/target/classes:$(cat "$MODULE/target/runtime.classpath")" org.factdesk.bench.Bench
