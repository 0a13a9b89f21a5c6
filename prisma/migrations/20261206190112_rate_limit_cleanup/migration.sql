-- Rate-limit counters now say when they stop counting (api/src/auth/rate-limit.ts), so the cleanup
-- (api/src/auth/rate-limit-cleanup.ts) deletes exactly the rows no limit can count any more.
DROP INDEX "RateLimitCounter_windowStart_idx";

ALTER TABLE "RateLimitCounter" ADD COLUMN     "windowEnd" TIMESTAMPTZ(3);
-- Every counter written so far had a 60-minute window.
UPDATE "RateLimitCounter" SET "windowEnd" = "windowStart" + interval '60 minutes';
ALTER TABLE "RateLimitCounter" ALTER COLUMN "windowEnd" SET NOT NULL;

CREATE INDEX "RateLimitCounter_windowEnd_idx" ON "RateLimitCounter"("windowEnd");

-- The hourly cleanup's queue: one waiting run at a time, like the sweeps'.
SELECT pgboss.create_queue('rate-limit.cleanup', '{"policy":"short","retryLimit":5,"retryDelay":60,"retryBackoff":true,"expireInSeconds":300}');
