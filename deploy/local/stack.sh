# shellcheck shell=bash
# The local Factdesk stack without Docker: PostgreSQL (Debian's package or a server named by the
# environment), a single-node KRaft Kafka from Maven jars, Keycloak from its distribution zip, and the
# three Quarkus services. Sourced by ./factdesk; every function works relative to $ROOT.

: "${ROOT:?ROOT must point at the repository root}"
STATE="$ROOT/.factdesk"
TOOLS="$STATE/tools"
RUN="$STATE/run"
LOGS="$STATE/logs"
DATA="$STATE/data"

MAVEN_VERSION=3.9.11
KEYCLOAK_VERSION=26.7.3

export FACTDESK_DB_HOST="${FACTDESK_DB_HOST:-localhost}"
export FACTDESK_DB_PORT="${FACTDESK_DB_PORT:-5432}"
export FACTDESK_KAFKA_BOOTSTRAP="${FACTDESK_KAFKA_BOOTSTRAP:-localhost:9092}"
export FACTDESK_KEYCLOAK_URL="${FACTDESK_KEYCLOAK_URL:-http://localhost:8180}"
export FACTDESK_OIDC_URL="${FACTDESK_OIDC_URL:-$FACTDESK_KEYCLOAK_URL/realms/factdesk}"
export FACTDESK_ARTICLE_PORT="${FACTDESK_ARTICLE_PORT:-8081}"
export FACTDESK_REVIEW_PORT="${FACTDESK_REVIEW_PORT:-8082}"
export FACTDESK_GATEWAY_PORT="${FACTDESK_GATEWAY_PORT:-8080}"
# Health, metrics, OpenAPI and Swagger UI: each service's management interface, on a port of its own.
export FACTDESK_ARTICLE_MANAGEMENT_PORT="${FACTDESK_ARTICLE_MANAGEMENT_PORT:-9281}"
export FACTDESK_REVIEW_MANAGEMENT_PORT="${FACTDESK_REVIEW_MANAGEMENT_PORT:-9282}"
export FACTDESK_GATEWAY_MANAGEMENT_PORT="${FACTDESK_GATEWAY_MANAGEMENT_PORT:-9280}"
export FACTDESK_ARTICLE_URL="${FACTDESK_ARTICLE_URL:-http://localhost:$FACTDESK_ARTICLE_PORT}"
export FACTDESK_REVIEW_URL="${FACTDESK_REVIEW_URL:-http://localhost:$FACTDESK_REVIEW_PORT}"
KAFKA_PORT="${FACTDESK_KAFKA_BOOTSTRAP##*:}"
KEYCLOAK_PORT="${FACTDESK_KEYCLOAK_URL##*:}"

SERVICES=(article-service review-service gateway)
# "_test" while ./factdesk test runs the services: they then use the test databases.
DB_SUFFIX=""

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
warn() { printf '\033[33m!!  %s\033[0m\n' "$*" >&2; }
die() { printf '\033[31mxx  %s\033[0m\n' "$*" >&2; exit 1; }

mkdirs() { mkdir -p "$TOOLS" "$RUN" "$LOGS" "$DATA"; }

# ---------------------------------------------------------------- tools fetched by Maven coordinates

# Maven comes through the Maven wrapper (./mvnw, pinned to $MAVEN_VERSION in .mvn/wrapper). Its distribution is
# installed where the wrapper looks for it, by Maven coordinates through the machine's own mvn and repository
# settings, so no download address is written anywhere. The wrapper's own hash names that folder.
maven() {
  local distribution_url home
  distribution_url=$(sed -n 's/^distributionUrl=//p' "$ROOT/.mvn/wrapper/maven-wrapper.properties")
  eval "$(sed -n '/^hash_string() {/,/^}/p' "$ROOT/mvnw")"
  home="${MAVEN_USER_HOME:-$HOME/.m2}/wrapper/dists/apache-maven-$MAVEN_VERSION/$(hash_string "$distribution_url")"
  if [ ! -x "$home/bin/mvn" ]; then
    say "installing Apache Maven $MAVEN_VERSION for ./mvnw (org.apache.maven:apache-maven:$MAVEN_VERSION:zip:bin)" >&2
    command -v mvn >/dev/null || die "the machine's mvn is needed once to fetch Maven $MAVEN_VERSION"
    local unpack; unpack=$(mktemp -d)
    (cd "$unpack" && mvn -q -B dependency:copy -Dartifact="org.apache.maven:apache-maven:$MAVEN_VERSION:zip:bin" \
      -DoutputDirectory="$unpack" >&2 && unzip -q "apache-maven-$MAVEN_VERSION-bin.zip") \
      || die "could not resolve Apache Maven $MAVEN_VERSION"
    mkdir -p "${home%/*}" && rm -rf "$home" && mv "$unpack/apache-maven-$MAVEN_VERSION" "$home" && rm -rf "$unpack"
  fi
  echo "$ROOT/mvnw"
}

mvn39() { "$(maven)" -B -ntp "$@"; }

keycloak_home() {
  local home="$TOOLS/keycloak-$KEYCLOAK_VERSION"
  if [ ! -x "$home/bin/kc.sh" ]; then
    say "fetching Keycloak $KEYCLOAK_VERSION (org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip)" >&2
    (cd "$TOOLS" && mvn -q -B dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" \
      -DoutputDirectory="$TOOLS" >&2) || die "could not resolve Keycloak $KEYCLOAK_VERSION"
    unzip -q -o "$TOOLS/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip" -d "$TOOLS" && rm -f "$TOOLS/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip"
  fi
  echo "$home"
}

kafka_classpath() {
  local cp="$RUN/kafka.classpath" descriptor="$ROOT/deploy/local/kafka/pom.xml"
  if [ ! -s "$cp" ] || [ "$descriptor" -nt "$cp" ]; then
    say "resolving the Kafka broker jars (org.apache.kafka:kafka_2.13)" >&2
    mvn -q -B -f "$descriptor" dependency:build-classpath -Dmdep.outputFile="$cp" >&2 || die "could not resolve the Kafka jars"
  fi
  cat "$cp"
}

# ---------------------------------------------------------------- processes

pid_of() { local f="$RUN/$1.pid"; [ -f "$f" ] && kill -0 "$(cat "$f")" 2>/dev/null && cat "$f"; }
running() { pid_of "$1" >/dev/null; }
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# wait_for NAME SECONDS COMMAND...: polls until COMMAND succeeds, or fails loudly with the log tail.
wait_for() {
  local name=$1 seconds=$2; shift 2
  local deadline=$((SECONDS + seconds))
  until "$@" >/dev/null 2>&1; do
    if [ -f "$RUN/$name.pid" ] && ! running "$name"; then
      tail -n 30 "$LOGS/$name.log" >&2 2>/dev/null
      die "$name exited during start-up (log: $LOGS/$name.log)"
    fi
    if [ $SECONDS -ge $deadline ]; then
      tail -n 30 "$LOGS/$name.log" >&2 2>/dev/null
      die "$name not ready after ${seconds}s (log: $LOGS/$name.log)"
    fi
    sleep 1
  done
}

# spawn NAME COMMAND...: starts COMMAND in its own session, output to the log, pid to the pid file.
spawn() {
  local name=$1; shift
  setsid "$@" >>"$LOGS/$name.log" 2>&1 < /dev/null &
  echo $! > "$RUN/$name.pid"
}

# stop_process NAME [SECONDS]: SIGTERM to its process group, SIGKILL after SECONDS (default 15).
stop_process() {
  local name=$1 seconds=${2:-15} pid
  pid=$(pid_of "$name") || { rm -f "$RUN/$name.pid"; return 0; }
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null
  for _ in $(seq 1 $((seconds * 2))); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  kill -0 "$pid" 2>/dev/null && { warn "$name did not stop in $seconds s, killing it"; kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid"; }
  rm -f "$RUN/$name.pid"
  say "stopped $name"
}

# ---------------------------------------------------------------- PostgreSQL

psql_admin() {
  if [ -n "${FACTDESK_DB_ADMIN_USER:-}" ]; then
    PGPASSWORD="${FACTDESK_DB_ADMIN_PASSWORD:-}" psql -v ON_ERROR_STOP=1 -qAt -h "$FACTDESK_DB_HOST" -p "$FACTDESK_DB_PORT" \
      -U "$FACTDESK_DB_ADMIN_USER" "$@"
  else
    su postgres -c "psql -v ON_ERROR_STOP=1 -qAt -p $FACTDESK_DB_PORT $(printf '%q ' "$@")"
  fi
}

postgres_answers() { pg_isready -q -h "$FACTDESK_DB_HOST" -p "$FACTDESK_DB_PORT" 2>/dev/null; }

postgres_up() {
  if postgres_answers; then
    say "PostgreSQL answers at $FACTDESK_DB_HOST:$FACTDESK_DB_PORT"
  else
    [ "$FACTDESK_DB_HOST" = localhost ] || [ "$FACTDESK_DB_HOST" = 127.0.0.1 ] \
      || die "PostgreSQL named by FACTDESK_DB_HOST=$FACTDESK_DB_HOST does not answer"
    if ! command -v pg_ctlcluster >/dev/null || [ -z "$(pg_lsclusters -h 2>/dev/null)" ]; then
      [ "$(id -u)" = 0 ] || die "PostgreSQL is not installed and installing it needs root"
      say "installing Debian's postgresql"
      (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql postgresql-contrib) \
        >>"$LOGS/apt.log" 2>&1 || die "apt-get install postgresql failed (log: $LOGS/apt.log)"
    fi
    local version cluster
    read -r version cluster _ < <(pg_lsclusters -h | head -n 1)
    say "starting PostgreSQL cluster $version/$cluster"
    pg_ctlcluster "$version" "$cluster" start || die "pg_ctlcluster $version $cluster start failed"
    echo "$version $cluster" > "$RUN/postgres.started"
    wait_for postgres 30 postgres_answers
  fi
  for service in article review; do
    provision_database "factdesk_$service" "factdesk_$service" "${service}-dev-password"
  done
}

# Tests run on databases of their own, recreated empty for every run, so they never meet the data of
# ./factdesk up nor migrations from an older checkout.
recreate_test_databases() {
  for service in article review; do
    psql_admin -d postgres -c "drop database if exists factdesk_${service}_test with (force)" || die "could not drop factdesk_${service}_test"
    provision_database "factdesk_${service}_test" "factdesk_$service" "${service}-dev-password"
  done
}

# One role and one database per service; the role owns its database so its Flyway migrations can
# create trusted extensions such as pg_trgm.
provision_database() {
  local database=$1 role=$2 password=$3
  [ -n "${FACTDESK_DB_ADMIN_USER:-}" ] || [ "$(id -u)" = 0 ] || return 0
  if [ "$(psql_admin -d postgres -c "select 1 from pg_roles where rolname = '$role'")" != 1 ]; then
    psql_admin -d postgres -c "create role $role login password '$password'" || die "could not create role $role"
  fi
  if [ "$(psql_admin -d postgres -c "select 1 from pg_database where datname = '$database'")" != 1 ]; then
    psql_admin -d postgres -c "create database $database owner $role" || die "could not create database $database"
  fi
}

postgres_down() {
  [ -f "$RUN/postgres.started" ] || return 0
  local version cluster
  read -r version cluster < "$RUN/postgres.started"
  pg_ctlcluster "$version" "$cluster" stop && say "stopped PostgreSQL cluster $version/$cluster"
  rm -f "$RUN/postgres.started"
}

# ---------------------------------------------------------------- Kafka

kafka_tool() {
  java -Xmx256m -Dlog4j2.configurationFile="$ROOT/deploy/local/kafka/log4j2-tools.properties" -cp "$(kafka_classpath)" "$@"
}

kafka_up() {
  if running kafka; then say "Kafka already running"; return 0; fi
  if port_open "$KAFKA_PORT"; then say "Kafka answers at $FACTDESK_KAFKA_BOOTSTRAP (not ours)"; kafka_topics; return 0; fi
  local props="$RUN/kafka.properties" logdir="$DATA/kafka"
  sed -e "s#@LOG_DIRS@#$logdir#" -e "s#@PORT@#$KAFKA_PORT#g" -e "s#@CONTROLLER_PORT@#$((KAFKA_PORT + 1))#g" \
    "$ROOT/deploy/local/kafka/server.properties" > "$props"
  local classpath; classpath=$(kafka_classpath)
  if [ ! -f "$logdir/meta.properties" ]; then
    say "formatting Kafka storage in $logdir"
    local cluster_id; cluster_id=$(kafka_tool kafka.tools.StorageTool random-uuid)
    kafka_tool kafka.tools.StorageTool format -t "$cluster_id" -c "$props" >>"$LOGS/kafka.log" 2>&1 \
      || die "Kafka storage format failed (log: $LOGS/kafka.log)"
  fi
  say "starting Kafka (KRaft) on $KAFKA_PORT"
  spawn kafka java -Xms256m -Xmx768m -XX:+UseG1GC -Dlog4j2.configurationFile="$ROOT/deploy/local/kafka/log4j2.properties" \
    -cp "$classpath" kafka.Kafka "$props"
  wait_for kafka 60 port_open "$KAFKA_PORT"
  kafka_topics
}

# Topics are created explicitly, with their partitions, from the list every deployment shares.
kafka_topics() {
  local existing; existing=$(kafka_tool org.apache.kafka.tools.TopicCommand --bootstrap-server "$FACTDESK_KAFKA_BOOTSTRAP" --list 2>/dev/null)
  local topic partitions
  while read -r topic partitions _; do
    case "$topic" in ''|'#'*) continue ;; esac
    grep -qx "$topic" <<<"$existing" && continue
    kafka_tool org.apache.kafka.tools.TopicCommand --bootstrap-server "$FACTDESK_KAFKA_BOOTSTRAP" --create --if-not-exists \
      --topic "$topic" --partitions "$partitions" --replication-factor 1 >>"$LOGS/kafka.log" 2>&1 \
      || die "could not create topic $topic"
    say "created topic $topic ($partitions partitions)"
  done < "$ROOT/deploy/local/kafka/topics.txt"
}

# ---------------------------------------------------------------- consumer groups of a test run

# ./factdesk test reads Kafka under consumer groups of its own run, so that neither a developer's stack on the same
# broker (groups article-service, review-service) nor an earlier run shares its offsets: <service>-run-<run id> for
# the services of the system tests, <service>-test-run-<run id> for the @QuarkusTests; the run id is its start time.
RUN_GROUP_PATTERN='^(article|review)-service(-test)?-run-[0-9]{8}-[0-9]{6}$'

consumer_groups() {
  kafka_tool org.apache.kafka.tools.consumer.group.ConsumerGroupCommand --bootstrap-server "$FACTDESK_KAFKA_BOOTSTRAP" "$@"
}

# The topics a service consumes, read from its mp.messaging.incoming.<channel>.topic(s) in application.properties.
consumed_topics() {
  local topics
  topics=$(sed -n 's/^mp\.messaging\.incoming\.[^.]*\.topics\{0,1\}=//p' "$ROOT/$1/src/main/resources/application.properties" | tr ',\n' '  ')
  [ -n "$topics" ] || die "$1 consumes no topic according to its application.properties"
  echo "$topics"
}

# groups_at_end SERVICE GROUP...: commits new groups at the current end offsets of the topics SERVICE consumes.
# A group without committed offsets would start where auto.offset.reset says: "earliest" (the services' setting,
# right for a new deployment) replays every event ever written to the shared topics into the run's empty test
# databases (slow, and other runs' claims pollute its counts); "latest" loses what is written between the
# start of a service and the moment its consumer got its partitions and looked up its position, and a service
# is ready before that (SmallRye's default Kafka readiness only wants a broker connection). Committed here, before
# anything uses the group, the group reads exactly what is written from now on, however late its consumer joins.
groups_at_end() {
  local service=$1; shift
  local args=() group topic
  for group in "$@"; do args+=(--group "$group"); done
  for topic in $(consumed_topics "$service"); do args+=(--topic "$topic"); done
  consumer_groups --reset-offsets --to-latest --execute "${args[@]}" >>"$LOGS/kafka.log" 2>&1 \
    || die "could not commit the consumer groups $* at the end of their topics (log: $LOGS/kafka.log)"
}

# Deletes the groups of earlier runs, so they do not pile up on a developer's broker; the last run's groups stay
# until the next run, for a look at its offsets. A group with members (another run in progress) is not deleted.
delete_earlier_run_groups() {
  local run_id=$1 args=() group
  for group in $(consumer_groups --list 2>>"$LOGS/kafka.log" | grep -E "$RUN_GROUP_PATTERN" | grep -v -- "-run-$run_id\$"); do
    args+=(--group "$group")
  done
  [ ${#args[@]} -eq 0 ] && return 0
  say "deleting $(( ${#args[@]} / 2 )) consumer groups of earlier test runs"
  consumer_groups --delete "${args[@]}" >>"$LOGS/kafka.log" 2>&1 || warn "could not delete old test run groups (log: $LOGS/kafka.log)"
}

# ---------------------------------------------------------------- Keycloak

keycloak_ready() { curl -fs --max-time 5 -o /dev/null "$FACTDESK_OIDC_URL/.well-known/openid-configuration"; }

keycloak_up() {
  if running keycloak; then say "Keycloak already running"; return 0; fi
  if keycloak_ready; then say "Keycloak answers at $FACTDESK_KEYCLOAK_URL (not ours)"; return 0; fi
  local home; home=$(keycloak_home)
  # The realm file is the single source of truth: when it changes, the local realm is imported anew.
  local realm="$ROOT/deploy/local/keycloak/factdesk-realm.json" digest
  digest=$(cat "$ROOT"/deploy/local/keycloak/*.json | sha256sum | cut -d' ' -f1)
  if [ "$(cat "$RUN/keycloak.realm.sha256" 2>/dev/null)" != "$digest" ]; then
    rm -rf "$home/data/h2" "$home/data/import" "$RUN/keycloak.realm.sha256"
    mkdir -p "$home/data/import"
    cp "$ROOT"/deploy/local/keycloak/*.json "$home/data/import/"
  fi
  # Only a fresh realm database imports: reading the files again on every start costs seconds a restart after a
  # crash should not pay. The digest is kept only once an import has answered, so a failed import is redone.
  local import=()
  [ -f "$RUN/keycloak.realm.sha256" ] || import=(--import-realm)
  [ -f "$realm" ] || die "missing $realm"
  say "starting Keycloak $KEYCLOAK_VERSION on $KEYCLOAK_PORT (first start takes about a minute)"
  JAVA_OPTS_KC_HEAP="-Xms128m -Xmx768m" KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
    spawn keycloak "$home/bin/kc.sh" start-dev --http-port="$KEYCLOAK_PORT" --http-management-port=9180 \
      "${import[@]}" --health-enabled=true
  wait_for keycloak 240 keycloak_ready
  echo "$digest" > "$RUN/keycloak.realm.sha256"
}

# ---------------------------------------------------------------- Factdesk services

service_port() {
  case "$1" in
    article-service) echo "$FACTDESK_ARTICLE_PORT" ;;
    review-service) echo "$FACTDESK_REVIEW_PORT" ;;
    gateway) echo "$FACTDESK_GATEWAY_PORT" ;;
  esac
}

management_port() {
  case "$1" in
    article-service) echo "$FACTDESK_ARTICLE_MANAGEMENT_PORT" ;;
    review-service) echo "$FACTDESK_REVIEW_MANAGEMENT_PORT" ;;
    gateway) echo "$FACTDESK_GATEWAY_MANAGEMENT_PORT" ;;
  esac
}

# A service's port is free, and so is its management port; dies naming the one that is taken.
ports_free() {
  local port
  for port in "$(service_port "$1")" "$(management_port "$1")"; do
    port_open "$port" && die "port $port for $1 is taken by another process"
  done
  return 0
}

service_jar() { echo "$ROOT/$1/target/quarkus-app/quarkus-run.jar"; }

# True when a service's jar is missing or older than anything it is built from.
needs_build() {
  local jar; jar=$(service_jar "$1")
  [ -f "$jar" ] || return 0
  [ -n "$(find "$ROOT/$1/pom.xml" "$ROOT/pom.xml" "$ROOT/$1/src" -newer "$jar" -not -path '*/node_modules/*' -print -quit 2>/dev/null)" ]
}

build_services() {
  local stale=()
  for s in "${SERVICES[@]}"; do needs_build "$s" && stale+=("$s"); done
  [ ${#stale[@]} -eq 0 ] && return 0
  say "building ${stale[*]}"
  (cd "$ROOT" && mvn39 -q package -DskipTests -pl "$(IFS=,; echo "${stale[*]}")" -am) || die "build failed"
}

# pgbench (the benchmark's PostgreSQL limit) and ss (which process serves a port) for ./factdesk bench and its smoke IT.
bench_tools_installed() {
  command -v pgbench >/dev/null && command -v ss >/dev/null && return 0
  [ "$(id -u)" = 0 ] || die "the benchmark needs pgbench (Debian: postgresql-client) and ss (iproute2); install them as root"
  say "installing pgbench and ss from Debian"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-client iproute2) >>"$LOGS/apt.log" 2>&1 \
    || die "apt-get install postgresql-client iproute2 failed (log: $LOGS/apt.log)"
}

# Debian's aiosmtpd: the review-service tests send notification mails to a real SMTP server on loopback (SmtpReceiver).
smtp_receiver_installed() {
  # Debian's own interpreter: a python3 earlier on PATH (pyenv, a venv) does not see Debian's packages.
  /usr/bin/python3 -c 'import aiosmtpd' 2>/dev/null && return 0
  [ "$(id -u)" = 0 ] || die "the notification mail tests need Debian's python3-aiosmtpd; install it as root"
  say "installing Debian's python3-aiosmtpd for the notification mail tests"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-aiosmtpd) >>"$LOGS/apt.log" 2>&1 \
    || die "apt-get install python3-aiosmtpd failed (log: $LOGS/apt.log)"
}

# Debian's nginx for the gateway's TLS proxy system test (gateway TlsProxyIT), which runs its own nginx with a
# configuration of its own. The package's own service must not run: a policy-rc.d that refuses every start keeps
# the installation from starting it on port 80, and the service stays disabled afterwards.
nginx_installed() {
  command -v nginx >/dev/null && return 0
  [ -x /usr/sbin/nginx ] && return 0
  [ "$(id -u)" = 0 ] || die "the TLS proxy test needs Debian's nginx; install it as root (apt-get install nginx)"
  say "installing Debian's nginx for the TLS proxy test"
  local policy=/usr/sbin/policy-rc.d own_policy=false
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' > "$policy" && chmod 755 "$policy" && own_policy=true
  fi
  local status=0
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx) >>"$LOGS/apt.log" 2>&1 || status=$?
  $own_policy && rm -f "$policy"
  [ $status = 0 ] || die "apt-get install nginx failed (log: $LOGS/apt.log)"
  if [ -d /run/systemd/system ]; then
    systemctl disable --now nginx >>"$LOGS/apt.log" 2>&1 || warn "could not disable the nginx service"
  else
    update-rc.d nginx disable >>"$LOGS/apt.log" 2>&1 || true
  fi
}

service_ready() { curl -fs --max-time 5 -o /dev/null "http://localhost:$(management_port "$1")/q/health/ready"; }

# How a service's JVM runs, here and in the benchmark. The heap starts small and grows only as needed (without
# -Xms the JVM commits its whole -Xmx at start on this machine), native memory is trimmed and malloc keeps two
# arenas: RSS under load drops by about 70 MiB per service (deploy/bench/RESULTS.md). FACTDESK_JVM_OPTIONS adds
# options, e.g. -XX:TieredStopAtLevel=1.
SERVICE_JVM_OPTIONS=(-Xms32m -Xmx256m -XX:+UseSerialGC -XX:+UnlockExperimentalVMOptions -XX:TrimNativeHeapInterval=5000)

# The services run on JDK 25 where it is installed (FACTDESK_JAVA_HOME names another JDK), else on the machine's java.
service_java_home() {
  if [ -n "${FACTDESK_JAVA_HOME:-}" ]; then echo "$FACTDESK_JAVA_HOME"; return 0; fi
  local jdk
  for jdk in /usr/lib/jvm/*-25-* /usr/lib/jvm/*-25; do
    [ -x "$jdk/bin/java" ] && { echo "$jdk"; return 0; }
  done
  dirname "$(dirname "$(readlink -f "$(command -v java)")")"
}

service_java_release() { sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$(service_java_home)/release"; }

# A start-up cache beside each jar: on JDK 25 an AOT cache (classes loaded and linked, method profiles and
# compiled code of a training run; JEP 483/514/515), on older JDKs an AppCDS archive. A run without a valid
# cache is a training run: it records whatever work the service does and writes the cache when it exits
# cleanly; every later start uses it. A cache older than any file of the packaged app is stale.
startup_cache() {
  local app; app=$(dirname "$(service_jar "$1")")
  if [ "$(service_java_release)" -ge 25 ]; then echo "$app/app.aot"; else echo "$app/app.jsa"; fi
}

startup_cache_valid() {
  local cache; cache=$(startup_cache "$1")
  [ -s "$cache" ] && [ -z "$(find "$(dirname "$cache")" -type f -newer "$cache" -not -name 'app.*' -print -quit)" ]
}

startup_cache_options() {
  local cache; cache=$(startup_cache "$1")
  if startup_cache_valid "$1"; then
    # The JVM validates the cache itself; its per-class warnings are noise in the service log.
    case "$cache" in *.aot) echo "-XX:AOTCache=$cache -Xlog:aot*=error" ;; *) echo "-XX:SharedArchiveFile=$cache -Xshare:auto" ;; esac
  else
    rm -f "$cache" "$cache.config"
    case "$cache" in *.aot) echo "-XX:AOTCacheOutput=$cache -Xlog:aot*=error" ;; *) echo "-XX:ArchiveClassesAtExit=$cache" ;; esac
  fi
}

# One line for ./factdesk status: which JDK and which start-up cache a service uses.
startup_cache_status() {
  local cache kind; cache=$(startup_cache "$1")
  case "$cache" in *.aot) kind="AOT cache" ;; *) kind="AppCDS" ;; esac
  if startup_cache_valid "$1"; then
    echo "JDK $(service_java_release), $kind $(( $(stat -c %s "$cache") / 1048576 )) MiB"
  elif running "$1"; then
    echo "JDK $(service_java_release), $kind being trained (written when the service stops)"
  else
    echo "JDK $(service_java_release), no $kind yet (the next run trains it)"
  fi
}

start_service() {
  local s=$1; shift
  # shellcheck disable=SC2046 # the cache options are separate words
  # A developer's machine runs with the repository's development secrets, which production refuses.
  MALLOC_ARENA_MAX=2 FACTDESK_DB_NAME="factdesk_${s%-service}$DB_SUFFIX" FACTDESK_ALLOW_DEV_SECRETS=true \
    spawn "$s" "$(service_java_home)/bin/java" "${SERVICE_JVM_OPTIONS[@]}" $(startup_cache_options "$s") \
      ${FACTDESK_JVM_OPTIONS:-} "$@" -jar "$(service_jar "$s")"
}

# Trains the start-up caches that are missing or stale before the services are started for use: each service
# runs once in training mode on a database of its own (factdesk_*_aot, dropped afterwards) and consumer groups of
# its own, serves a short real workload through its API, and writes its cache as it stops. The workload sends
# no events, so nothing of it reaches the desk. FACTDESK_STARTUP_CACHE=off skips the training (the services
# then train on their first real run instead).
train_startup_caches() {
  [ "${FACTDESK_STARTUP_CACHE:-on}" = off ] && return 0
  local stale=() s
  for s in "${SERVICES[@]}"; do startup_cache_valid "$s" || stale+=("$s"); done
  [ ${#stale[@]} -eq 0 ] && return 0
  say "training the start-up caches of ${stale[*]} (JDK $(service_java_release), once per build, about a minute)"
  local suffix=_aot
  for s in article review; do
    psql_admin -d postgres -c "drop database if exists factdesk_${s}${suffix} with (force)" || die "could not drop factdesk_${s}${suffix}"
    provision_database "factdesk_${s}${suffix}" "factdesk_$s" "${s}-dev-password"
  done
  for s in "${SERVICES[@]}"; do
    ports_free "$s"
    DB_SUFFIX=$suffix FACTDESK_ARTICLE_GROUP=article-service-aot FACTDESK_REVIEW_GROUP=review-service-aot start_service "$s"
  done
  local failed=""
  for s in "${SERVICES[@]}"; do
    (wait_for "$s" 180 service_ready "$s") || { failed=$s; break; }
  done
  if [ -z "$failed" ]; then
    training_workload || warn "the training workload failed; the caches cover start-up only"
  fi
  services_down
  if [ -n "$failed" ]; then
    # A cache written by a failed start is not one to keep: the next run trains again.
    for s in "${stale[@]}"; do rm -f "$(startup_cache "$s")"; done
    warn "training stopped: $failed did not start (log above); the services start without a cache"
  fi
  for s in article review; do psql_admin -d postgres -c "drop database if exists factdesk_${s}${suffix} with (force)" || true; done
}

# What a training run serves: every service's hot paths once or twice, through its real API with real tokens.
training_workload() {
  local token article i
  token=$(curl -fs --max-time 10 -d grant_type=password -d client_id=factdesk-cli -d client_secret=cli-dev-secret-change-me \
    -d username=editor -d password=editor "$FACTDESK_OIDC_URL/protocol/openid-connect/token" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
  [ -n "$token" ] || return 1
  local body='{"title":"Start-up cache training","format":"MARKDOWN","body":"# Training\n\nUnemployment fell to 4.1 percent in March, the lowest rate since 2019, the ministry said on Tuesday.\n\nThe council approved a budget of 2.3 billion euros, 12 percent more than last year.\n\nMany people think the weather was nice."}'
  for i in 1 2; do
    article=$(curl -fs --max-time 30 -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d "$body" \
      "$FACTDESK_ARTICLE_URL/api/articles" | sed -n 's/^{"id":"\([^"]*\)".*/\1/p')
    [ -n "$article" ] || return 1
    curl -fs --max-time 10 -o /dev/null -H "Authorization: Bearer $token" "$FACTDESK_ARTICLE_URL/api/articles/$article" || return 1
    curl -fs --max-time 10 -o /dev/null -H "Authorization: Bearer $token" "$FACTDESK_ARTICLE_URL/api/articles?limit=20" || return 1
    curl -fs --max-time 10 -o /dev/null -H "Authorization: Bearer $token" "$FACTDESK_REVIEW_URL/api/reviews?limit=20" || return 1
    curl -fs --max-time 10 -o /dev/null -H "Authorization: Bearer $token" "$FACTDESK_REVIEW_URL/api/reviews/stats" || return 1
    curl -s --max-time 10 -o /dev/null "http://localhost:$FACTDESK_GATEWAY_PORT/articles"
    curl -s --max-time 10 -o /dev/null "http://localhost:$FACTDESK_GATEWAY_PORT/api/me"
  done
}

services_up() {
  for s in "${SERVICES[@]}"; do
    if running "$s"; then say "$s already running"; continue; fi
    ports_free "$s"
    say "starting $s on $(service_port "$s")"
    start_service "$s"
  done
  for s in "${SERVICES[@]}"; do wait_for "$s" 90 service_ready "$s"; done
}

# A service in a training run writes its start-up cache after it stopped serving: give it time for that.
services_down() {
  local s
  for s in gateway review-service article-service; do
    if running "$s" && ! startup_cache_valid "$s"; then
      say "$s writes its start-up cache while it stops"
      stop_process "$s" 300
    else
      stop_process "$s"
    fi
  done
}

infra_up() { mkdirs; postgres_up; kafka_up; keycloak_up; }

infra_down() { stop_process keycloak; stop_process kafka; postgres_down; }

status() {
  local name state
  for name in postgres kafka keycloak "${SERVICES[@]}"; do
    case "$name" in
      postgres) postgres_answers && state=UP || state=DOWN ;;
      kafka) port_open "$KAFKA_PORT" && state=UP || state=DOWN ;;
      keycloak) keycloak_ready && state=UP || state=DOWN ;;
      *) service_ready "$name" && state=UP || state=DOWN ;;
    esac
    local detail=""
    pid_of "$name" >/dev/null && detail="pid $(pid_of "$name")"
    case "$name" in *-service|gateway) [ -f "$(service_jar "$name")" ] && detail="${detail:+$detail, }$(startup_cache_status "$name")" ;; esac
    printf '%-16s %-5s %s\n' "$name" "$state" "$detail"
  done
}
