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
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
# One suite at a time: the integration suites start Azurite and host processes, and two cores are all there is.
for project in $(dotnet sln InvoiceFunctions.sln list | grep -E '^tests/.*\.Tests\.csproj$' | sort); do
  echo "=== $project"
  log="$logs/$(basename "$project" .csproj).log"
  if ! dotnet test "$project" -c Debug --no-build --nologo 2>&1 | tee "$log"; then
    failed+=("$project")
  fi
done

if [ ${#failed[@]} -gt 0 ]; then
  # The failures again, last, so that whoever reads only the end of a long log still sees which tests failed and why.
  for log in "$logs"/*.log; do
    awk '/^  Failed /{show=1; lines=0} /^  Stack Trace:/{show=0} show && lines++ < 25' "$log"
  done
  echo "FAILED: ${failed[*]}"
  exit 1
fi
echo "All test suites passed."
