#!/usr/bin/env bash
# The README's run command calls this after setup: build the extension, then start the demo.
set -euo pipefail
cd "$(dirname "$0")/.."
# A practice build: it assists the practice site and syncs with the demo backend on 127.0.0.1 (release builds do not).
WXT_PRACTICE=1 npx wxt build
exec node --import tsx scripts/demo.ts
