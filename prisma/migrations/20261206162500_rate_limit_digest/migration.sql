-- Rate-limit counters now store the SHA-256 of their key (api/src/auth/rate-limit.ts); the rows
-- written before named e-mail addresses, phone numbers and IPs in plain text and were never
-- removed. Drop them: at worst a limit starts its current hour over.
DELETE FROM "RateLimitCounter" WHERE "key" !~ '^[0-9a-f]{64}$';
