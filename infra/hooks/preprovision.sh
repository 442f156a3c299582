#!/bin/sh
# azd preprovision hook: make sure the environment has its API key pepper (Security__ApiKeyPepper),
# created once and never changed afterwards: a new pepper would invalidate every API key issued.
# Order: the azd environment's API_KEY_PEPPER, else the secret already in Key Vault, else a new one.
# azd passes the environment's values (AZURE_KEY_VAULT_NAME after the first provision) as variables.
set -eu

if [ -n "${API_KEY_PEPPER:-}" ]; then
  exit 0
fi

pepper=""
if [ -n "${AZURE_KEY_VAULT_NAME:-}" ] && command -v az >/dev/null 2>&1; then
  pepper=$(az keyvault secret show --vault-name "$AZURE_KEY_VAULT_NAME" --name api-key-pepper --query value -o tsv 2>/dev/null || true)
fi

if [ -z "$pepper" ]; then
  if command -v openssl >/dev/null 2>&1; then
    pepper=$(openssl rand -base64 48 | tr -d '\n')
  else
    pepper=$(head -c 48 /dev/urandom | base64 | tr -d '\n')
  fi
  echo "preprovision: generated a new API key pepper for this environment"
else
  echo "preprovision: reusing the API key pepper from Key Vault $AZURE_KEY_VAULT_NAME"
fi

azd env set API_KEY_PEPPER "$pepper" >/dev/null
