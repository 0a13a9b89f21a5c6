#!/bin/sh
# Prisma's native schema engine cannot be downloaded on these machines. `generate`, `validate`
# and `format` only need this path to exist; migrations run through scripts/ (WASM engine).
echo "The native Prisma schema engine is not available here. Use: npm run migration:new -- <name>" >&2
exit 1
