# azd preprovision hook (Windows): same as preprovision.sh. Creates the API key pepper once per
# environment (azd env, else Key Vault, else new) and never changes it.
$ErrorActionPreference = 'Stop'

if ($env:API_KEY_PEPPER) { exit 0 }

$pepper = ''
if ($env:AZURE_KEY_VAULT_NAME -and (Get-Command az -ErrorAction SilentlyContinue)) {
  $pepper = (az keyvault secret show --vault-name $env:AZURE_KEY_VAULT_NAME --name api-key-pepper --query value -o tsv 2>$null)
  if ($LASTEXITCODE -ne 0) { $pepper = '' }
}

if (-not $pepper) {
  $bytes = [byte[]]::new(48)
  [System.Security.Cryptography.RandomNumberGenerator]::Fill($bytes)
  $pepper = [Convert]::ToBase64String($bytes)
  Write-Host 'preprovision: generated a new API key pepper for this environment'
} else {
  Write-Host "preprovision: reusing the API key pepper from Key Vault $($env:AZURE_KEY_VAULT_NAME)"
}

azd env set API_KEY_PEPPER $pepper | Out-Null
