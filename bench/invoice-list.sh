#!/usr/bin/env bash
# Times the invoice list (API and page queries) over 100,000 invoices in one workspace.
# Needs the local PostgreSQL server (as .ci/run sets up) and a free port 8089; prints figures only.
set -euo pipefail
cd "$(dirname "$0")/.."
DB=invoice24_bench
PORT=8089
COUNT=${COUNT:-100000}
psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
./mvnw -q -DskipTests package
SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$DB SPRING_DATASOURCE_USERNAME=postgres \
  INVOICE24_JOBS_ENABLED=false java -jar target/invoice24-*.jar --server.port=$PORT > target/bench-app.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf localhost:$PORT/actuator/health >/dev/null && break; sleep 1; done

TOKEN=$(curl -s localhost:$PORT/api/v1/signup -H 'Content-Type: application/json' \
  -d '{"workspaceName":"Bench LLC","name":"Bench","email":"bench@example.com","password":"bench-password"}' \
  | python3 -c 'import sys,json; print(json.load(sys.stdin)["apiToken"])')
for name in Northwind Globex Initech Umbrella Stark; do
  curl -s localhost:$PORT/api/v1/clients -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d "{\"name\":\"$name\",\"billingEmail\":\"ap@$name.example\"}" > /dev/null
done
psql -h 127.0.0.1 -U postgres -d $DB -q <<SQL
WITH c AS (SELECT array_agg(id) AS ids, min(workspace_id::text)::uuid AS ws FROM clients)
INSERT INTO invoices (id, workspace_id, client_id, number, state, issue_date, due_date, terms_basis, terms_days,
    subtotal, tax, total, amount_paid, created_at, updated_at, version, sent_at)
SELECT gen_random_uuid(), c.ws, c.ids[1 + n % 5], 'INV-' || lpad(n::text, 6, '0'),
       CASE WHEN n % 10 = 0 THEN 'DRAFT' WHEN n % 47 = 0 THEN 'VOID' ELSE 'SENT' END,
       DATE '2022-01-01' + (n % 1400), DATE '2022-01-01' + (n % 1400) + 30, 'NET', 30,
       1000 + n % 900, 0, 1000 + n % 900, CASE WHEN n % 3 = 0 THEN 1000 + n % 900 ELSE 0 END,
       now(), now(), 1, now()
FROM generate_series(1, $COUNT) AS n, c;
UPDATE invoices SET number = NULL WHERE state = 'DRAFT';
ANALYZE invoices;
SQL

time_it() {
  local label=$1 url=$2
  for _ in 1 2 3; do curl -s -o /dev/null "$url" -H "Authorization: Bearer $TOKEN"; done
  python3 - "$label" "$url" "$TOKEN" <<'PY'
import subprocess, sys, statistics
label, url, token = sys.argv[1:4]
times = []
for _ in range(20):
    out = subprocess.run(["curl", "-s", "-o", "/dev/null", "-w", "%{time_total}", url,
                          "-H", f"Authorization: Bearer {token}"], capture_output=True, text=True).stdout
    times.append(float(out) * 1000)
times.sort()
print(f"{label:<42} median {statistics.median(times):7.1f} ms   p95 {times[18]:7.1f} ms   (20 calls)")
PY
}
echo "Invoices in the workspace: $COUNT"
time_it "GET /api/v1/invoices (first page of 50)" "localhost:$PORT/api/v1/invoices"
time_it "GET /api/v1/invoices?status=OVERDUE" "localhost:$PORT/api/v1/invoices?status=OVERDUE"
time_it "GET /api/v1/invoices?status=PAID&page=100" "localhost:$PORT/api/v1/invoices?status=PAID&page=100"
time_it "GET /api/v1/invoices?from=2024-01-01&to=2024-12-31" \
  "localhost:$PORT/api/v1/invoices?from=2024-01-01&to=2024-12-31"
