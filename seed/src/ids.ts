import { randomFillSync } from 'node:crypto';

// UUID v7 (RFC 9562) made on the client, so a whole graph of rows can be built in memory and
// inserted in bulk. Ids are not deterministic; names, slugs and e-mails are.
const POOL_IDS = 4_096;
const pool = Buffer.alloc(16 * POOL_IDS);
let poolOffset = pool.length; // random bytes are drawn in blocks: one syscall per 4,096 ids
let lastMs = 0;
let counter = 0;

export function uuidv7(): string {
  let ms = Date.now();
  if (ms <= lastMs) {
    counter++;
    ms = lastMs;
  } else {
    lastMs = ms;
    counter = 0;
  }
  if (poolOffset >= pool.length) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  const bytes = Buffer.from(pool.subarray(poolOffset, poolOffset + 16));
  poolOffset += 16;
  bytes.writeUIntBE(ms, 0, 6);
  // 12 bits of counter in rand_a keep ids made in the same millisecond ordered.
  bytes[6] = 0x70 | ((counter >> 8) & 0x0f);
  bytes[7] = counter & 0xff;
  bytes[8] = 0x80 | ((bytes[8] as number) & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
