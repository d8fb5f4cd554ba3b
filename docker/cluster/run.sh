#!/usr/bin/env bash
# Two Jixiao nodes on one database, on one machine (issue 9 §6; docs/cluster.md):
#   a private MariaDB (own datadir under $CLUSTER_DIR, port 3307: restartable without touching a server on 3306),
#   node1 and node2 (the project jar, profile mysql,demo, ports 8081/8082, node names node1/node2),
#   HAProxy on 8090 in front: sticky sessions (cookie JXNODE) for the UI, round-robin for /api and /engine-rest.
#
#   docker/cluster/run.sh up            build the jar if needed, fresh database, start all of it
#   docker/cluster/run.sh scenario-a    20,000-target round, kill -9 the lease holder mid-way, the other finishes
#   docker/cluster/run.sh scenario-b    50 clients save + submit reports through HAProxy, kill -9 one node
#   docker/cluster/run.sh scenario-c    the same load, MariaDB restarted under it
#   docker/cluster/run.sh scenario-d    empty database, both nodes started at the same moment
#   docker/cluster/run.sh all           up, then a, b, c, d
#   docker/cluster/run.sh status | down
# Settings: CLUSTER_DIR (/tmp/jixiao-cluster), JIXIAO_JAR (a built jar; else `mvn -DskipTests package` once),
# CLUSTER_DB_PORT (3307), CLUSTER_PORT (8090), CLIENTS (50), LOAD_SECONDS (60), ROUND_TARGETS (20000).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
W=${CLUSTER_DIR:-/tmp/jixiao-cluster}
DB_PORT=${CLUSTER_DB_PORT:-3307}
LB_PORT=${CLUSTER_PORT:-8090}
NODE_PORTS=(8081 8082)
JAR=${JIXIAO_JAR:-$W/app.jar}
CLIENTS=${CLIENTS:-50}
LOAD_SECONDS=${LOAD_SECONDS:-60}
ROUND_TARGETS=${ROUND_TARGETS:-20000}
YEAR=2026 # targets of the current fiscal year: a round's due date must lie in the year or the one after
DB_URL="jdbc:mysql://127.0.0.1:$DB_PORT/jixiao?sendFractionalSeconds=false&nullDatabaseMeansCurrent=true&useSSL=false&allowPublicKeyRetrieval=true&characterEncoding=UTF-8"
BASE="http://127.0.0.1:$LB_PORT"

mkdir -p "$W"
say() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*"; }
sql() { mariadb -h127.0.0.1 -P"$DB_PORT" -uroot --batch --skip-column-names jixiao -e "$1"; }
sqlt() { mariadb -h127.0.0.1 -P"$DB_PORT" -uroot --table jixiao -e "$1"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# ---- pieces -------------------------------------------------------------------------------------------------
need_tools() {
  if ! command -v haproxy >/dev/null; then
    say "installing haproxy (Debian package)"
    as_root apt-get update -qq && as_root apt-get install -y -qq haproxy
  fi
  for tool in mariadbd mariadb-install-db mariadb curl java; do
    command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install mariadb-server curl openjdk-17-jre)"; exit 1; }
  done
}

build_jar() {
  [ -f "$JAR" ] && return
  # a clean copy of the committed tree, so that the production frontend build leaves the checkout alone
  say "building the jar once: mvn -Pproduction -DskipTests package (JIXIAO_JAR=... to reuse one)"
  rm -rf "$W/build" && mkdir -p "$W/build"
  (cd "$ROOT" && git archive HEAD | tar -x -C "$W/build")
  (cd "$W/build" && mvn -B -q -Pproduction -DskipTests package)
  cp "$(ls "$W"/build/target/jixiao-*.jar | grep -v '\.original$' | head -n 1)" "$JAR"
}

db_start() {
  if [ ! -d "$W/mariadb/mysql" ]; then
    mkdir -p "$W/mariadb"
    mariadb-install-db --no-defaults --datadir="$W/mariadb" --user="$(id -un)" \
      --auth-root-authentication-method=normal >"$W/mariadb-install.log" 2>&1
  fi
  mariadbd --no-defaults --datadir="$W/mariadb" --port="$DB_PORT" --bind-address=127.0.0.1 \
    --socket="$W/mariadb.sock" --pid-file="$W/mariadb.pid" --log-error="$W/mariadb.err" --user="$(id -un)" \
    --max-connections=400 --innodb-buffer-pool-size=512M --character-set-server=utf8mb4 \
    --collation-server=utf8mb4_bin >/dev/null 2>&1 &
  for _ in $(seq 1 60); do
    mariadb -h127.0.0.1 -P"$DB_PORT" -uroot -e 'SELECT 1' >/dev/null 2>&1 && return
    sleep 0.5
  done
  echo "MariaDB did not start, see $W/mariadb.err"; exit 1
}

db_stop() {
  [ -f "$W/mariadb.pid" ] || return 0
  mariadb-admin -h127.0.0.1 -P"$DB_PORT" -uroot shutdown 2>/dev/null || true
  for _ in $(seq 1 60); do [ -f "$W/mariadb.pid" ] || return 0; sleep 0.5; done
}

db_fresh() {
  mariadb -h127.0.0.1 -P"$DB_PORT" -uroot -e "DROP DATABASE IF EXISTS jixiao;
    CREATE DATABASE jixiao CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"
}

node_start() { # node_start 1|2 [extra spring args...]
  local i=$1; shift
  local port=${NODE_PORTS[$((i - 1))]}
  (cd "$W" && SPRING_PROFILES_ACTIVE=mysql,demo JIXIAO_DB_URL="$DB_URL" JIXIAO_DB_USER=root \
    exec java -Xmx1g -jar "$JAR" --server.port="$port" --jixiao.node-name="node$i" \
      --jixiao.monitoring.lease=PT20S --jixiao.monitoring.sweep-interval=PT5S \
      --vaadin.devmode.devTools.enabled=false "$@" >>"$W/node$i.log" 2>&1) &
  echo $! >"$W/node$i.pid"
}

node_up() { # the API answers (401 without credentials: no password hash computed)
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:${NODE_PORTS[$(($1 - 1))]}/api/monitoring-rounds")" = 401 ]
}

node_wait() {
  for _ in $(seq 1 600); do
    node_up "$1" && return
    kill -0 "$(cat "$W/node$1.pid")" 2>/dev/null || { echo "node$1 died, see $W/node$1.log"; tail -30 "$W/node$1.log"; exit 1; }
    sleep 1
  done
  echo "node$1 did not start"; exit 1
}

node_kill() { if [ -f "$W/node$1.pid" ]; then kill -9 "$(cat "$W/node$1.pid")" 2>/dev/null || true; fi; rm -f "$W/node$1.pid"; }
node_alive() { [ -f "$W/node$1.pid" ] && kill -0 "$(cat "$W/node$1.pid")" 2>/dev/null; }

lb_start() {
  cat >"$W/haproxy.cfg" <<EOF
global
  maxconn 4000
defaults
  mode http
  timeout connect 2s
  timeout client 90s
  timeout server 90s
  # a refused connection (killed node) is retried on the other server; a request already sent is not:
  # the client retries it with its Idempotency-Key
  retries 3
  option redispatch
frontend jixiao
  bind 127.0.0.1:$LB_PORT
  acl api path_beg /api/ /engine-rest/ /v3/api-docs
  use_backend api if api
  default_backend ui
backend api
  balance roundrobin
  # which node answered: for the load client's log of an unexpected answer
  http-response set-header X-Jixiao-Node %s
  server node1 127.0.0.1:${NODE_PORTS[0]} check inter 1s fall 2 rise 2
  server node2 127.0.0.1:${NODE_PORTS[1]} check inter 1s fall 2 rise 2
backend ui
  # Vaadin keeps the UI state in the node's session: a browser stays on its node (cookie JXNODE)
  balance roundrobin
  cookie JXNODE insert indirect nocache
  server node1 127.0.0.1:${NODE_PORTS[0]} check inter 1s fall 2 rise 2 cookie node1
  server node2 127.0.0.1:${NODE_PORTS[1]} check inter 1s fall 2 rise 2 cookie node2
EOF
  haproxy -c -q -f "$W/haproxy.cfg"
  haproxy -D -f "$W/haproxy.cfg" -p "$W/haproxy.pid"
}

lb_stop() { if [ -f "$W/haproxy.pid" ]; then kill "$(cat "$W/haproxy.pid")" 2>/dev/null || true; fi; rm -f "$W/haproxy.pid"; }

load_client() { # runs the Java load client (one source file, JDK only)
  java "$ROOT/src/test/java/org/jixiao/cluster/ClusterLoad.java" "$@"
}

# ---- commands -----------------------------------------------------------------------------------------------
up() {
  need_tools; build_jar
  down_quiet
  db_start; db_fresh
  say "starting node1, then node2 (the first start creates the schema and loads the demo data)"
  node_start 1; node_wait 1
  node_start 2; node_wait 2
  lb_start
  say "up: $BASE (HAProxy) → node1 :${NODE_PORTS[0]}, node2 :${NODE_PORTS[1]}; MariaDB :$DB_PORT; logs in $W"
}

down_quiet() { lb_stop; node_kill 1; node_kill 2; db_stop; }
down() { down_quiet; say "stopped"; }

status() {
  for i in 1 2; do node_alive "$i" && echo "node$i up" || echo "node$i down"; done
  [ -f "$W/haproxy.pid" ] && echo "haproxy up" || echo "haproxy down"
  sql "SELECT 1" >/dev/null 2>&1 && echo "mariadb up" || echo "mariadb down"
}

ensure_up() {
  sql "SELECT 1" >/dev/null 2>&1 || db_start
  for i in 1 2; do node_alive "$i" || { node_start "$i"; node_wait "$i"; }; done
  [ -f "$W/haproxy.pid" ] || lb_start
}

# Approved targets of $YEAR in unit 450001 (demo `staff`), straight into the tables as the bench seeder does
# (src/test/java/org/jixiao/bench/BenchSeeder.java), with MariaDB's sequence engine.
seed_targets() {
  local n=$1
  sql "INSERT INTO performance_target (kind, fiscal_year, unit_id, project_code, name, fiscal_funds, status, version,
         created_by, created_at, updated_at)
       SELECT 'PROJECT', $YEAR, u.id, CONCAT('CL-$YEAR-', s.seq), CONCAT('集群演练项目 ', s.seq), 10.00, 'APPROVED', 0,
         'cluster', NOW(), NOW()
       FROM seq_1_to_$n s JOIN org_node u ON u.code = '450001';
     UPDATE performance_target SET lineage_id = id, approved_of = id, approved_at = updated_at
       WHERE created_by = 'cluster' AND fiscal_year = $YEAR;
     INSERT INTO target_spending_plan (target_id, plan_month, percent)
       SELECT id, 6, 50 FROM performance_target WHERE created_by = 'cluster' AND fiscal_year = $YEAR;
     INSERT INTO target_spending_plan (target_id, plan_month, percent)
       SELECT id, 12, 100 FROM performance_target WHERE created_by = 'cluster' AND fiscal_year = $YEAR;
     INSERT INTO target_indicator (target_id, sort_order, level1, level2, name, value_text, comparator, target_value,
         unit, weight)
       SELECT id, 1, '产出指标', '数量指标', '完成项目数', '≥10个', 'GE', 10, '个', 30
       FROM performance_target WHERE created_by = 'cluster' AND fiscal_year = $YEAR;
     INSERT INTO target_indicator (target_id, sort_order, level1, level2, name, value_text, comparator, target_value,
         unit, weight)
       SELECT id, 2, '满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', 'GE', 90, '%', 30
       FROM performance_target WHERE created_by = 'cluster' AND fiscal_year = $YEAR;"
}

# (a) ----------------------------------------------------------------------------------------------------------
scenario_a() {
  ensure_up
  say "(a) seeding $ROUND_TARGETS approved targets of $YEAR"
  if [ "$(sql "SELECT COUNT(*) FROM performance_target WHERE created_by = 'cluster'")" -eq 0 ]; then
    seed_targets "$ROUND_TARGETS"
  fi
  local t0 answer round
  t0=$(date +%s.%N)
  answer=$(curl -s -u finance:demo -H 'Content-Type: application/json' -w ' %{http_code}' \
    -d "{\"fiscalYear\":$YEAR,\"cutoffMonth\":10,\"dueDate\":\"$YEAR-12-31\"}" "$BASE/api/monitoring-rounds")
  say "(a) POST /api/monitoring-rounds → ${answer##* }"
  round=$(sql "SELECT id FROM monitoring_round WHERE fiscal_year = $YEAR AND cutoff_month = 10")
  local worker created
  while :; do
    read -r worker created < <(sql "SELECT COALESCE(worker, '-'), created_count FROM monitoring_round WHERE id = $round")
    [ "$created" -ge $((ROUND_TARGETS / 4)) ] && break
    sleep 0.2
  done
  local victim=${worker%%-*}; victim=${victim#node}
  say "(a) round $round: $created reports created by $worker; kill -9 node$victim"
  node_kill "$victim"
  local killed_at=$created status next
  while :; do
    read -r status worker created < <(sql "SELECT status, COALESCE(worker, '-'), created_count FROM monitoring_round WHERE id = $round")
    [ "$status" = OPEN ] && break
    [ -n "${next:-}" ] || { [ "$worker" != "-" ] && [ "${worker%%-*}" != "node$victim" ] && next=$(date +%s.%N) && say "(a) taken over by $worker at $created"; }
    sleep 0.5
  done
  local t1; t1=$(date +%s.%N)
  say "(a) round $round OPEN after $(printf '%.1f' "$(echo "$t1 - $t0" | bc)") s (lease PT20S, sweep PT5S)"
  sqlt "SELECT r.status, r.total, r.created_count,
          (SELECT COUNT(*) FROM monitoring_report m WHERE m.round_id = r.id) AS reports,
          (SELECT COUNT(DISTINCT m.target_id) FROM monitoring_report m WHERE m.round_id = r.id) AS targets_with_report,
          (SELECT COUNT(*) FROM performance_target t WHERE t.created_by = 'cluster' AND t.status = 'APPROVED'
             AND NOT EXISTS (SELECT 1 FROM monitoring_report m WHERE m.round_id = r.id AND m.target_id = t.id)) AS targets_without_report
        FROM monitoring_round r WHERE r.id = $round"
  sqlt "SELECT COUNT(*) AS report_processes, COUNT(DISTINCT p.BUSINESS_KEY_) AS reports_with_process,
          COUNT(*) - COUNT(DISTINCT p.BUSINESS_KEY_) AS second_processes
        FROM ACT_HI_PROCINST p JOIN monitoring_report m ON p.BUSINESS_KEY_ = CAST(m.id AS CHAR)
        WHERE p.PROC_DEF_KEY_ = 'MonitoringReportProcess' AND m.round_id = $round"
  sqlt "SELECT COUNT(*) AS reports_without_process FROM monitoring_report m WHERE m.round_id = $round
          AND NOT EXISTS (SELECT 1 FROM ACT_HI_PROCINST p WHERE p.BUSINESS_KEY_ = CAST(m.id AS CHAR)
                            AND p.PROC_DEF_KEY_ = 'MonitoringReportProcess')"
  say "(a) restarting node$victim"
  node_start "$victim"; node_wait "$victim"
  echo "$killed_at" >"$W/a.killed_at"
}

# (b), (c) ----------------------------------------------------------------------------------------------------
# The load: CLIENTS threads take the round's DRAFT reports, save figures (PUT) and submit (POST) through HAProxy,
# each request with an Idempotency-Key, retried with the same key on any error; answered-200 submissions are
# written to $W/<run>.acked. Then the exactly-once checks as SQL counts.
run_load() { # run_load <name> <disrupt-after-seconds> <disrupt-command...>
  local name=$1 after=$2; shift 2
  local round; round=$(sql "SELECT id FROM monitoring_round WHERE fiscal_year = $YEAR AND cutoff_month = 10")
  [ -n "$round" ] || { echo "run scenario-a first (it opens the round the load works on)"; exit 1; }
  sql "DELETE FROM idempotent_request; DROP TABLE IF EXISTS cluster_before;
       CREATE TABLE cluster_before AS SELECT id FROM monitoring_report WHERE round_id = $round AND status <> 'DRAFT'"
  load_client "$BASE" staff demo "$round" "$CLIENTS" "$LOAD_SECONDS" "$W/$name.acked" >"$W/$name.load.log" 2>&1 &
  local load_pid=$!
  sleep "$after"
  "$@"
  wait "$load_pid" || true
  grep -v '^gave up' "$W/$name.load.log" | tail -n 30
  check_acked "$name" "$round"
}

check_acked() {
  local name=$1 round=$2
  sql "DROP TABLE IF EXISTS cluster_acked; CREATE TABLE cluster_acked (report_id BIGINT PRIMARY KEY)"
  if [ -s "$W/$name.acked" ]; then
    sort -u "$W/$name.acked" | awk 'BEGIN{ORS=""} {printf "%s(%s)", (NR>1?",":""), $1} END{print "\n"}' \
      | sed 's/^/INSERT INTO cluster_acked VALUES /' | mariadb -h127.0.0.1 -P"$DB_PORT" -uroot jixiao
  fi
  sql "DROP TABLE IF EXISTS cluster_saved; CREATE TABLE cluster_saved (report_id BIGINT, version INT)"
  if [ -s "$W/$name.saved" ]; then
    awk -F, 'BEGIN{ORS=""} {printf "%s(%s,%s)", (NR>1?",":""), $1, $2} END{print "\n"}' "$W/$name.saved" \
      | sed 's/^/INSERT INTO cluster_saved VALUES /' | mariadb -h127.0.0.1 -P"$DB_PORT" -uroot jixiao
  fi
  say "($name) saves answered 200 whose figures are not in the database (version below the answered one):"
  sqlt "SELECT COUNT(*) AS saves_answered_200,
          SUM(m.version < s.version OR m.executed_funds IS NULL) AS saves_lost
        FROM cluster_saved s JOIN monitoring_report m ON m.id = s.report_id"
  say "($name) exactly-once checks over the submissions answered 200:"
  sqlt "SELECT COUNT(*) AS answered_200,
          SUM(m.status = 'UNIT_REVIEW') AS in_unit_review,
          SUM(m.status NOT IN ('UNIT_REVIEW', 'DEPT_REVIEW', 'FINANCE_REVIEW', 'APPROVED')) AS lost,
          SUM((SELECT COUNT(*) FROM review_event e WHERE e.subject_type = 'MONITORING_REPORT' AND e.subject_id = m.id
               AND e.action = 'SUBMIT') <> 1) AS submit_events_not_1,
          SUM((SELECT COUNT(*) FROM ACT_HI_PROCINST p WHERE p.BUSINESS_KEY_ = CAST(m.id AS CHAR)
               AND p.PROC_DEF_KEY_ = 'MonitoringReportProcess') <> 1) AS processes_not_1,
          SUM((SELECT COUNT(*) FROM ACT_RU_TASK t JOIN ACT_HI_PROCINST p ON t.PROC_INST_ID_ = p.PROC_INST_ID_
               WHERE p.BUSINESS_KEY_ = CAST(m.id AS CHAR)
               AND p.PROC_DEF_KEY_ = 'MonitoringReportProcess') <> 1) AS open_tasks_not_1
        FROM cluster_acked a JOIN monitoring_report m ON m.id = a.report_id"
  sqlt "SELECT COUNT(*) AS submitted_in_db_not_answered_200 FROM monitoring_report m
        WHERE m.round_id = $round AND m.status <> 'DRAFT'
          AND NOT EXISTS (SELECT 1 FROM cluster_acked a WHERE a.report_id = m.id)
          AND NOT EXISTS (SELECT 1 FROM cluster_before b WHERE b.id = m.id)"
  sqlt "SELECT state, COUNT(*) AS idempotency_keys FROM idempotent_request GROUP BY state"
}

kill_node2() {
  say "(b) kill -9 node2"
  node_kill 2
}

restart_db() {
  say "(c) restarting MariaDB (shutdown, 5 s down, start)"
  local t0; t0=$(date +%s.%N)
  db_stop; sleep 5; db_start
  say "(c) MariaDB back after $(printf '%.1f' "$(echo "$(date +%s.%N) - $t0" | bc)") s"
}

scenario_b() {
  ensure_up
  say "(b) $CLIENTS clients for $LOAD_SECONDS s through HAProxy; node2 killed after 20 s"
  run_load b 20 kill_node2
  say "(b) restarting node2"; node_start 2; node_wait 2
}

scenario_c() {
  ensure_up
  say "(c) $CLIENTS clients for $LOAD_SECONDS s through HAProxy; MariaDB restarted after 20 s"
  run_load c 20 restart_db
  for i in 1 2; do node_alive "$i" && say "(c) node$i still running (pid $(cat "$W/node$i.pid"))"; done
  say "(c) after the restart, each node answers directly:"
  for i in 1 2; do
    printf 'node%s GET /api/monitoring-rounds → ' "$i"
    curl -s -o /dev/null -w '%{http_code}\n' -u finance:demo "http://127.0.0.1:${NODE_PORTS[$((i - 1))]}/api/monitoring-rounds"
  done
}

# (d) ----------------------------------------------------------------------------------------------------------
scenario_d() { # scenario_d [extra spring args for both nodes]
  need_tools; build_jar
  lb_stop; node_kill 1; node_kill 2
  sql "SELECT 1" >/dev/null 2>&1 || db_start
  db_fresh
  : >"$W/node1.log"; : >"$W/node2.log"
  say "(d) empty database; starting node1 and node2 at the same moment $*"
  node_start 1 "$@"; node_start 2 "$@"
  local ok=1
  for i in 1 2; do
    for _ in $(seq 1 600); do
      node_up "$i" && break
      node_alive "$i" || { say "(d) node$i exited: $(grep -m1 -E 'Exception|ERROR' "$W/node$i.log" | cut -c1-300)"; ok=0; break; }
      sleep 1
    done
  done
  for _ in $(seq 1 120); do # HTTP answers before the start-up runners are done; the lock is released after them
    [ "$(cat "$W/node1.log" "$W/node2.log" | grep -c 'start-up lock released')" -ge 2 ] && break
    node_alive 1 && node_alive 2 || break
    sleep 1
  done
  for i in 1 2; do grep -h "start-up lock" "$W/node$i.log" | sed "s/^.*INFO [0-9]* --- \[[^]]*\] /node$i /" | cut -c1-160 || true; done
  sqlt "SELECT COUNT(*) AS deployments, COUNT(DISTINCT NAME_) AS deployment_names FROM ACT_RE_DEPLOYMENT" || true
  sqlt "SELECT KEY_ AS process, COUNT(*) AS definitions, MAX(VERSION_) AS max_version FROM ACT_RE_PROCDEF GROUP BY KEY_" || true
  sqlt "SELECT (SELECT COUNT(*) FROM jixiao_schema_history WHERE success = 1) AS flyway_migrations,
               (SELECT COUNT(*) FROM app_user) AS users,
               (SELECT COUNT(*) FROM monitoring_round) AS demo_rounds,
               (SELECT COUNT(*) FROM performance_target) AS demo_targets" || true
  [ "$ok" -eq 1 ] && lb_start || true
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  status) status ;;
  scenario-a) scenario_a ;;
  scenario-b) scenario_b ;;
  scenario-c) scenario_c ;;
  scenario-d) scenario_d ;;
  scenario-d-unlocked) scenario_d --jixiao.startup-lock=false ;;
  all) up; scenario_a; scenario_b; scenario_c; scenario_d ;;
  *) sed -n '2,17p' "${BASH_SOURCE[0]}"; exit 2 ;;
esac
