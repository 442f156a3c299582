#!/usr/bin/env bash
# Runs every test suite: unit, conformance (Saxon-HE, xmllint), infrastructure (Bicep) and integration
# (Azurite started by the tests on free loopback ports). Exits non-zero when anything fails.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

"$root/scripts/install-debian.sh"
if [ ! -x node_modules/.bin/azurite ]; then
  npm ci --no-audit --no-fund
fi

dotnet build InvoiceFunctions.sln -c Debug -nologo -clp:ErrorsOnly

failed=()
# One suite at a time: the integration suites start Azurite and host processes, and two cores are all there is.
for project in $(dotnet sln InvoiceFunctions.sln list | grep -E '^tests/.*\.Tests\.csproj$' | sort); do
  echo "=== $project"
  if ! dotnet test "$project" -c Debug --no-build --nologo; then
    failed+=("$project")
  fi
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "FAILED: ${failed[*]}"
  exit 1
fi
echo "All test suites passed."
