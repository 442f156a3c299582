#!/usr/bin/env bash
# Starts InvoiceFunctions locally: Azurite (data in .local/azurite), MailDev (SMTP 127.0.0.1:1025, web
# http://127.0.0.1:1080), the function app in the local host on http://127.0.0.1:7071, a demo receiver for the
# demo company's webhook and HTTP export connectors (http://127.0.0.1:7075), and a demo company with an API key.
# Ctrl-C stops everything it started.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

command -v dotnet >/dev/null || { echo "The .NET SDK is required (https://dot.net)." >&2; exit 1; }
command -v node >/dev/null || { echo "Node.js is required for Azurite and MailDev." >&2; exit 1; }
[ -x node_modules/.bin/azurite ] && [ -x node_modules/.bin/maildev ] || npm ci --no-audit --no-fund

for port in 10000 10001 10002 1025 1080 7071 7075; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "Port $port on 127.0.0.1 is already in use: stop what runs there (an earlier start?) and try again." >&2
    exit 1
  fi
done

mkdir -p .local/azurite .local/maildev
settings=functions/InvoiceFunctions.App/local.settings.json
if [ ! -f "$settings" ]; then
  pepper=$(head -c 48 /dev/urandom | base64 | tr -d '\n/+=')
  webhook_key=$(head -c 48 /dev/urandom | base64 | tr -d '\n/+=')
  sed -e "s|<random secret, at least 32 characters; scripts/start.sh generates one; a Key Vault reference in Azure>|$pepper|" \
    -e "s|<random secret, at least 32 characters, from which each company's webhook secret is derived; scripts/start.sh generates one; a Key Vault reference in Azure>|$webhook_key|" \
    local.settings.sample.json > "$settings"
  echo "Created $settings (git-ignored) from local.settings.sample.json."
fi
[ -f .local/master.key ] || head -c 32 /dev/urandom | base64 | tr -d '\n/+=' > .local/master.key
master_key=$(cat .local/master.key)
# The demo webhook connector's signing secret (whsec_ + base64 of 32 random bytes), shared with the demo receiver.
[ -f .local/demo-webhook.secret ] || printf 'whsec_%s' "$(head -c 32 /dev/urandom | base64 | tr -d '\n')" > .local/demo-webhook.secret
webhook_secret=$(cat .local/demo-webhook.secret)

echo "Building the function app and the local host..."
dotnet build functions/InvoiceFunctions.LocalHost -c Debug -nologo -clp:ErrorsOnly
dotnet build functions/InvoiceFunctions.App -c Debug -nologo -clp:ErrorsOnly

pids=()
cleanup() {
  trap - EXIT INT TERM
  echo; echo "Stopping..."
  # Last started, first stopped: the host releases its Durable leases and ends its work while Azurite still answers.
  # The host may take its whole 30 s shutdown timeout; the others get 10 s (Azurite may keep idle connections open).
  local patience=70
  for ((i=${#pids[@]}-1; i>=0; i--)); do
    pid=${pids[i]}
    if kill "$pid" 2>/dev/null; then
      for _ in $(seq 1 "$patience"); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
      kill -9 "$pid" 2>/dev/null || true
    fi
    patience=20
  done
}
trap cleanup EXIT INT TERM

node_modules/.bin/azurite --silent --location .local/azurite --blobHost 127.0.0.1 --queueHost 127.0.0.1 --tableHost 127.0.0.1 \
  --skipApiVersionCheck --loose > .local/azurite.log 2>&1 &
pids+=($!)
node_modules/.bin/maildev --ip 127.0.0.1 --web-ip 127.0.0.1 --smtp 1025 --web 1080 --mail-directory .local/maildev > .local/maildev.log 2>&1 &
pids+=($!)
DEMO_WEBHOOK_SECRET="$webhook_secret" node scripts/demo-receiver.mjs > .local/demo-receiver.log 2>&1 &
pids+=($!)

wait_for() { # url-or-port, what
  for _ in $(seq 1 120); do
    if [[ "$1" =~ ^[0-9]+$ ]]; then (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
    else curl -fs "$1" >/dev/null 2>&1 && return 0; fi
    sleep 0.5
  done
  echo "$2 did not come up; see .local/*.log" >&2; exit 1
}
wait_for 10000 "Azurite"; wait_for 10001 "Azurite"; wait_for 10002 "Azurite"; wait_for 1025 "MailDev"; wait_for 7075 "The demo receiver"

# Connectors__AllowLoopback: a development start may deliver to http:// on loopback (the demo receiver).
Connectors__AllowLoopback=true LocalHost__MasterKey="$master_key" LocalHost__TelemetryExporter="${LOCALHOST_TELEMETRY:-none}" \
  dotnet functions/InvoiceFunctions.LocalHost/bin/Debug/net10.0/InvoiceFunctions.LocalHost.dll \
  --LocalHost:AppPath functions/InvoiceFunctions.App/bin/Debug/net10.0 &
pids+=($!)
wait_for http://127.0.0.1:7071/health "The local host"

# The demo company: created once (201, then 409 on later starts); a fresh key at every start.
curl -s -o /dev/null -X POST http://127.0.0.1:7071/api/admin/companies -H "x-functions-key: $master_key" \
  -H 'Content-Type: application/json' \
  -d '{"id":"demo","name":"Demo SAS","siren":"732829320","vatId":"FR44732829320","countryCode":"FR"}'
api_key=$(curl -fs -X POST http://127.0.0.1:7071/api/admin/companies/demo/keys -H "x-functions-key: $master_key" \
  -H 'Content-Type: application/json' -d '{"name":"start-script","role":"Admin"}' | sed -E 's/.*"key":"([^"]+)".*/\1/')

# Demo data, idempotent across starts: billing profile, a customer, a product, one invoice drafted and issued
# (the Idempotency-Keys are per company, so a later start replays the first answers instead of adding invoices).
api() { curl -s -o /dev/null -X "$1" "http://127.0.0.1:7071/api/companies/demo/$2" -H "Authorization: Bearer $api_key" -H 'Content-Type: application/json' "${@:3}"; }
api PUT settings/billing -d '{"address":{"line1":"12 rue de la République","city":"Lyon","postCode":"69002"},"iban":"FR7630006000011234567890189","bic":"AGRIFRPP","paymentDays":30,"vatOnDebits":true,"email":"factures@demo.example","tradeRegister":"RCS Lyon","additionalLegalInfo":"SAS au capital de 10 000 EUR"}'
api POST contacts -d '{"id":"martin","role":"Customer","name":"Boulangerie Martin SARL","legalId":"732829320","vatId":"FR61732829320","email":"compta@boulangerie-martin.example","countryCode":"FR","address":{"line1":"3 place du Marché","city":"Villeurbanne","postCode":"69100"}}'
api POST products -d '{"id":"consulting","name":"Journée de conseil","category":"services","unitPrice":650,"currency":"EUR","vatRate":20}'
# Two connectors to the demo receiver, before the first invoice so every invoice fans out to them: a webhook (signed
# events; the receiver confirms each through its acknowledgement link) and an HTTP export (PDF and UBL files).
api POST connectors -H 'Idempotency-Key: demo-connector-erp' \
  -d "{\"id\":\"erp\",\"kind\":\"Webhook\",\"url\":\"http://127.0.0.1:7075/webhook\",\"secret\":\"$webhook_secret\",\"formats\":[\"FacturX\"]}"
api POST connectors -H 'Idempotency-Key: demo-connector-dms' \
  -d '{"id":"dms","kind":"Http","url":"http://127.0.0.1:7075/files","method":"PUT","authHeaderName":"Authorization","authHeaderValue":"Bearer demo","formats":["Pdf","Ubl"]}'
demo_invoice=$(curl -s -X POST http://127.0.0.1:7071/api/companies/demo/invoices -H "Authorization: Bearer $api_key" -H 'Content-Type: application/json' \
  -H 'Idempotency-Key: demo-invoice-1' -d '{"customerId":"martin","lines":[{"productId":"consulting","quantity":3,"unitCode":"DAY"}]}' | sed -E 's/.*"id":"([^"]+)".*/\1/')
api POST "invoices/$demo_invoice/issue" -H 'Idempotency-Key: demo-issue-1' -d '{}'
# Two invoices "made in other billing software" come in through the import door and are delivered without a click.
api POST settings/ledger -d '{"duplicatePolicy":"Warn","deliverImportedSales":true}'
imported=$(curl -s -X POST "http://127.0.0.1:7071/api/companies/demo/imports?name=batch.json" -H "Authorization: Bearer $api_key" \
  -H 'Idempotency-Key: demo-batch-1' --data-binary @docs/samples/batch.json)
# The second one "bounces": once its mail is sent, the receiving server's delivery status notification (RFC 3464)
# comes back through the inbound mailbox door; the invoice's history shows Bounced and the correction delay starts.
bouncing=$(printf '%s' "$imported" | grep -o '"invoiceId":"inv-[^"]*"' | sed -n 2p | sed -E 's/.*"(inv-[^"]*)"/\1/')
if [ -n "$bouncing" ]; then
  for _ in $(seq 1 30); do
    curl -s "http://127.0.0.1:7071/api/companies/demo/invoices/$bouncing/deliveries" -H "Authorization: Bearer $api_key" \
      | grep -Eq '"channel":"Email","attempt":1,"reason":"[A-Za-z]+","state":"Sent"' && break
    sleep 1
  done
  curl -s -o /dev/null -X POST http://127.0.0.1:7071/api/inbound-email -H "x-functions-key: $master_key" -H 'Content-Type: message/rfc822' \
    --data-binary @- <<DSN
From: Mail Delivery System <MAILER-DAEMON@mx.garage-des-alpes.fr>
To: invoices@invoicefunctions.localhost
Subject: Undelivered Mail Returned to Sender
Message-ID: <demo-dsn-$bouncing@mx.garage-des-alpes.fr>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="b-dsn"

--b-dsn
Content-Type: text/plain; charset=us-ascii

This is the mail system. Your message could not be delivered.

--b-dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.garage-des-alpes.fr

Final-Recipient: rfc822; compta@garage-des-alpes.fr
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <compta@garage-des-alpes.fr>: User unknown

--b-dsn
Content-Type: text/rfc822-headers

Message-ID: <$bouncing.1@invoicefunctions.localhost>
Subject: Facture EXT-2026-0102 de Demo SAS

--b-dsn--
DSN
fi

cat <<TXT

InvoiceFunctions is running.
  API          http://127.0.0.1:7071/api        (health: http://127.0.0.1:7071/health)
  Mail (web)   http://127.0.0.1:1080            (SMTP 127.0.0.1:1025)
  Receiver     http://127.0.0.1:7075            (demo webhook events and exported files, in .local/demo-receiver)
  Storage      Azurite on 127.0.0.1:10000-10002 (data in .local/azurite)
  Master key   $master_key   (x-functions-key, for /api/admin/...)
  Demo company demo, API key $api_key

Try:
  curl -s http://127.0.0.1:7071/api/companies/demo -H "Authorization: Bearer $api_key"
  curl -s http://127.0.0.1:7071/api/companies/demo/invoices/$demo_invoice -H "Authorization: Bearer $api_key"
  curl -s http://127.0.0.1:7071/api/companies/demo/invoices/$demo_invoice/deliveries -H "Authorization: Bearer $api_key"
  curl -s http://127.0.0.1:7071/api/companies/demo/invoices/$demo_invoice/documents/facturx -H "Authorization: Bearer $api_key" -o demo.pdf
  curl -s "http://127.0.0.1:7071/api/companies/demo/imports?name=F-1.pdf" -H "Authorization: Bearer $api_key" -H 'Idempotency-Key: try-1' --data-binary @some-factur-x.pdf
  curl -s http://127.0.0.1:7071/api/companies/demo/quarantine -H "Authorization: Bearer $api_key"

Ctrl-C stops everything.
TXT
wait
