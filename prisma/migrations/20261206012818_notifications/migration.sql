-- CreateEnum
CREATE TYPE "NotificationFrequency" AS ENUM ('OFF', 'IMMEDIATELY', 'DAILY', 'WEEKLY');

-- CreateTable
CREATE TABLE "Notification" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "objectType" TEXT NOT NULL,
    "objectId" UUID NOT NULL,
    "data" JSONB NOT NULL,
    "readAt" TIMESTAMPTZ(3),
    "pendingDigest" "NotificationFrequency",
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NotificationPreference" (
    "userId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "email" "NotificationFrequency" NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "NotificationPreference_pkey" PRIMARY KEY ("userId","kind")
);

-- CreateIndex
CREATE INDEX "Notification_userId_createdAt_idx" ON "Notification"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_idx" ON "Notification"("userId", "readAt");

-- CreateIndex
CREATE INDEX "Notification_userId_pendingDigest_idx" ON "Notification"("userId", "pendingDigest");

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotificationPreference" ADD CONSTRAINT "NotificationPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Digest e-mails (api/src/notifications/digest.ts). Policy "short": at most one waiting job per
-- singleton key, so a person has one daily and one weekly digest queued, however much happens.
SELECT pgboss.create_queue('notification.digest', '{"policy":"short","retryLimit":5,"retryDelay":60,"retryBackoff":true,"expireInSeconds":300}');
