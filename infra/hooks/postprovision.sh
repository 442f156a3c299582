#!/bin/sh
# azd postprovision hook: make sure the environment's Key Vault holds the app's generated secrets:
# api-key-pepper (Security__ApiKeyPepper) and payments-webhook-signing-key (Payments__WebhookSigningKey).
# Each is created once, when the vault has none, and never replaced: a new pepper would invalidate every
# API key issued, a new signing key every partner's webhook secret.
# Bicep writes the pepper only when API_KEY_PEPPER is given, so nothing else overwrites it.
# Needs the Azure CLI signed in to the same account as azd.
set -eu

vault="${AZURE_KEY_VAULT_NAME:?AZURE_KEY_VAULT_NAME is not set: run azd provision first}"
command -v az >/dev/null 2>&1 || { echo "postprovision: the Azure CLI (az) is required" >&2; exit 1; }

err=$(mktemp)
trap 'rm -f "$err"' EXIT

ensure_secret() {
  name=$1
  # The deployer's Key Vault Secrets Officer role may take a minute to apply after the first provision.
  attempt=1
  while :; do
    if az keyvault secret show --vault-name "$vault" --name "$name" --query id -o tsv >/dev/null 2>"$err"; then
      echo "postprovision: $name present in $vault"
      return 0
    fi
    if grep -q "SecretNotFound" "$err"; then
      break
    fi
    if [ "$attempt" -ge 12 ] || ! grep -qi "forbidden" "$err"; then
      echo "postprovision: cannot read $name from $vault (az login? role assignment?):" >&2
      cat "$err" >&2
      exit 1
    fi
    attempt=$((attempt + 1))
    sleep 10
  done

  if command -v openssl >/dev/null 2>&1; then
    value=$(openssl rand -base64 48 | tr -d '\n')
  else
    value=$(head -c 48 /dev/urandom | base64 | tr -d '\n')
  fi
  az keyvault secret set --vault-name "$vault" --name "$name" --value "$value" --content-type text/plain --output none
  echo "postprovision: created $name in $vault"
}

ensure_secret api-key-pepper
ensure_secret payments-webhook-signing-key
