#!/usr/bin/env bash
# The README's run command calls this after setup: build the extension, then start the demo.
set -euo pipefail
cd "$(dirname "$0")/.."
npx wxt build
exec node --import tsx scripts/demo.ts
