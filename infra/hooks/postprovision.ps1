# azd postprovision hook (Windows): same as postprovision.sh. Creates the secrets api-key-pepper and
# payments-webhook-signing-key in the environment's Key Vault when it has none, and never replaces them.
$ErrorActionPreference = 'Stop'

$vault = $env:AZURE_KEY_VAULT_NAME
if (-not $vault) { throw 'AZURE_KEY_VAULT_NAME is not set: run azd provision first' }
if (-not (Get-Command az -ErrorAction SilentlyContinue)) { throw 'postprovision: the Azure CLI (az) is required' }

function Ensure-Secret([string]$name) {
  for ($attempt = 1; ; $attempt++) {
    $err = (az keyvault secret show --vault-name $vault --name $name --query id -o tsv 2>&1 | Out-String)
    if ($LASTEXITCODE -eq 0) { Write-Host "postprovision: $name present in $vault"; return }
    if ($err -match 'SecretNotFound') { break }
    if ($attempt -ge 12 -or $err -notmatch '(?i)forbidden') { throw "postprovision: cannot read $name from ${vault}: $err" }
    Start-Sleep -Seconds 10
  }

  $bytes = [byte[]]::new(48)
  [System.Security.Cryptography.RandomNumberGenerator]::Fill($bytes)
  az keyvault secret set --vault-name $vault --name $name --value ([Convert]::ToBase64String($bytes)) --content-type text/plain --output none
  if ($LASTEXITCODE -ne 0) { throw "postprovision: could not write $name" }
  Write-Host "postprovision: created $name in $vault"
}

Ensure-Secret 'api-key-pepper'
Ensure-Secret 'payments-webhook-signing-key'
