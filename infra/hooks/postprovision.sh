#!/bin/sh
# azd postprovision hook: make sure the environment's Key Vault holds the API key pepper
# (secret api-key-pepper, read by the app as Security__ApiKeyPepper). It is created once, when the
# vault has none, and never replaced: a new pepper would invalidate every API key issued.
# Bicep writes the secret only when API_KEY_PEPPER is given, so nothing else overwrites it.
# Needs the Azure CLI signed in to the same account as azd.
set -eu

vault="${AZURE_KEY_VAULT_NAME:?AZURE_KEY_VAULT_NAME is not set: run azd provision first}"
command -v az >/dev/null 2>&1 || { echo "postprovision: the Azure CLI (az) is required" >&2; exit 1; }

err=$(mktemp)
trap 'rm -f "$err"' EXIT

# The deployer's Key Vault Secrets Officer role may take a minute to apply after the first provision.
attempt=1
while :; do
  if az keyvault secret show --vault-name "$vault" --name api-key-pepper --query id -o tsv >/dev/null 2>"$err"; then
    echo "postprovision: api-key-pepper present in $vault"
    exit 0
  fi
  if grep -q "SecretNotFound" "$err"; then
    break
  fi
  if [ "$attempt" -ge 12 ] || ! grep -qi "forbidden" "$err"; then
    echo "postprovision: cannot read api-key-pepper from $vault (az login? role assignment?):" >&2
    cat "$err" >&2
    exit 1
  fi
  attempt=$((attempt + 1))
  sleep 10
done

if command -v openssl >/dev/null 2>&1; then
  pepper=$(openssl rand -base64 48 | tr -d '\n')
else
  pepper=$(head -c 48 /dev/urandom | base64 | tr -d '\n')
fi
az keyvault secret set --vault-name "$vault" --name api-key-pepper --value "$pepper" --content-type text/plain --output none
echo "postprovision: created api-key-pepper in $vault"
