#!/usr/bin/env bash
# Measures the server's start on embedded defaults and the first dashboard after a restart.
#
#   docs/first-dashboard.sh JAR DATA_DIR [PORT]
#
# The first run on an empty DATA_DIR prepares it: starts the server, makes the Bạc Liêu 2023 dossier from
# sample-evidence/ (81 files), waits until every file is read, opens the dashboard once and stops.
# Every run then starts the server again on that data and prints, as one line each:
#   start       wall seconds until /actuator/health answers UP, the JVM's CPU seconds by then, and
#               what Spring Boot says it took ("Started ... in")
#   dashboard   wall seconds of the first GET /dossiers/{id} (the page), and the CPU seconds the JVM
#               and the embedded PostgreSQL spent on it
#   report      the same for GET /api/v1/dossiers/{id}/report right after
# and then, after a second restart, as a browser does it:
#   sign-in     GET /login and POST /login (the password's BCrypt, paid once per session)
#   dashboard*  the first GET /dossiers/{id} with that session (no password checked)
# CPU seconds are user + system from /proc (clock ticks), for the JVM, its children and the postgres processes of DATA_DIR.
# RELAUNCH=0 in the environment starts the server in the command's own JVM (KIEMCHUNG_RELAUNCH=0), for comparison.
set -euo pipefail

JAR=$(realpath "$1")
DATA=$(realpath -m "$2")
PORT=${3:-18080}
PASSWORD=bench-admin-password
BASE=http://localhost:$PORT
HERE=$(cd "$(dirname "$0")/.." && pwd)
TICKS=$(getconf CLK_TCK)
mkdir -p "$DATA"

cpu_of() { # the CPU ticks of the JVM, the server JVM it started (the launcher hands over), and every postgres serving DATA_DIR
  local total=0 pid
  for pid in "$1" $(pgrep -P "$1" || true) $(pgrep -f "postgres.*$DATA" || true); do
    if [[ -r /proc/$pid/stat ]]; then
      total=$((total + $(awk '{print $14 + $15}' "/proc/$pid/stat")))
    fi
  done
  echo "$total"
}

now() { date +%s.%N; }

start_server() {
  (cd "$DATA" && KIEMCHUNG_RELAUNCH=${RELAUNCH:-1} KIEMCHUNG_ADMIN_PASSWORD=$PASSWORD exec java -jar "$JAR" --server.port="$PORT" >>"$DATA/server.log" 2>&1) &
  SERVER=$!
  T0=$(now)
  until curl -fs "$BASE/actuator/health" 2>/dev/null | grep -q UP; do
    if ! kill -0 "$SERVER" 2>/dev/null; then echo "server died, see $DATA/server.log" >&2; exit 1; fi
    sleep 0.1
  done
  T1=$(now)
  JVM=$(pgrep -f -n "java -jar $JAR" || echo "$SERVER")
}

stop_server() {
  kill "$JVM" 2>/dev/null || true
  wait "$SERVER" 2>/dev/null || true
  # the embedded PostgreSQL is stopped by the JVM's shutdown hook
  sleep 1
}

timed_get() { # label path
  local c0 t0 t1 c1 code
  c0=$(cpu_of "$JVM"); t0=$(now)
  code=$(curl -s -o /dev/null -w '%{http_code}' -u "admin:$PASSWORD" "$BASE$2")
  t1=$(now); c1=$(cpu_of "$JVM")
  printf '%-10s %s  wall %.3f s  cpu %.2f s\n' "$1" "$code" "$(echo "$t1 - $t0" | bc)" "$(echo "($c1 - $c0) / $TICKS" | bc -l)"
}

sign_in() { # the login page and the form's POST, keeping the session in a cookie jar
  local c0 t0 t1 c1 csrf code
  rm -f "$DATA/cookies"
  c0=$(cpu_of "$JVM"); t0=$(now)
  csrf=$(curl -s -c "$DATA/cookies" -b "$DATA/cookies" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
  code=$(curl -s -o /dev/null -w '%{http_code}' -c "$DATA/cookies" -b "$DATA/cookies" --data-urlencode "username=admin" \
         --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$csrf" "$BASE/login")
  t1=$(now); c1=$(cpu_of "$JVM")
  printf '%-10s %s  wall %.3f s  cpu %.2f s\n' sign-in "$code" "$(echo "$t1 - $t0" | bc)" "$(echo "($c1 - $c0) / $TICKS" | bc -l)"
}

session_get() { # label path, with the signed-in session
  local c0 t0 t1 c1 code
  c0=$(cpu_of "$JVM"); t0=$(now)
  code=$(curl -s -o /dev/null -w '%{http_code}' -b "$DATA/cookies" "$BASE$2")
  t1=$(now); c1=$(cpu_of "$JVM")
  printf '%-10s %s  wall %.3f s  cpu %.2f s\n' "$1" "$code" "$(echo "$t1 - $t0" | bc)" "$(echo "($c1 - $c0) / $TICKS" | bc -l)"
}

if [[ ! -f "$DATA/dossier-id" ]]; then
  start_server
  id=$(curl -fs -u "admin:$PASSWORD" -H 'Content-Type: application/json' \
       -d '{"province":"Bạc Liêu","year":2023}' "$BASE/api/v1/dossiers" | sed -E 's/.*"id":([0-9]+).*/\1/')
  (cd "$HERE/sample-evidence/bac-lieu-2023" && find . -mindepth 2 -type f | sort) | while read -r f; do
    code=${f#./}; code=${code%%/*}
    curl -s -o /dev/null -w '%{http_code}\n' -u "admin:$PASSWORD" -F "indicator=$code" \
         -F "file=@\"$HERE/sample-evidence/bac-lieu-2023/${f#./}\"" "$BASE/api/v1/dossiers/$id/evidence"
  done | sort | uniq -c | sed 's/^/uploads answered: /'
  curl -s -N -u "admin:$PASSWORD" "$BASE/api/v1/dossiers/$id/progress" | grep -m1 -q 'event:done' || true
  curl -fs -o /dev/null -u "admin:$PASSWORD" "$BASE/dossiers/$id"
  echo "$id" >"$DATA/dossier-id"
  echo "prepared dossier $id in $DATA"
  if [[ "${RELAUNCH:-1}" != 0 ]]; then
    # as a server that has run once: its class-data archive, made in the background, is there for the next start
    for _ in $(seq 1 240); do
      if compgen -G "${KIEMCHUNG_CACHE:-$HOME/.cache/kiemchung}/runtime/*/server.jsa" >/dev/null \
         && [[ -n $(find "${KIEMCHUNG_CACHE:-$HOME/.cache/kiemchung}/runtime" -name server.jsa -newer "$JAR" -print -quit) ]]; then
        echo "server class-data archive made"; break
      fi
      sleep 1
    done
  fi
  stop_server
fi

id=$(cat "$DATA/dossier-id")
: >"$DATA/server.log"
start_server
c=$(cpu_of "$JVM")
spring=$(grep -o 'Started KiemchungApplication in [0-9.]* seconds' "$DATA/server.log" | grep -o '[0-9.]* seconds' || echo '?')
printf '%-10s wall %.2f s  cpu %.2f s  (Spring Boot: %s)\n' start "$(echo "$T1 - $T0" | bc)" "$(echo "$c / $TICKS" | bc -l)" "$spring"
timed_get dashboard "/dossiers/$id"
timed_get report "/api/v1/dossiers/$id/report"
stop_server
# as a browser: sign in once, then the dashboard with the session
: >"$DATA/server.log"
start_server
sleep "${SETTLE:-0}"
sign_in
session_get "dashboard*" "/dossiers/$id"
stop_server
