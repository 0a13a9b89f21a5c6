-- AlterTable
ALTER TABLE "Partnership" ADD COLUMN     "reminderMinutes" INTEGER NOT NULL DEFAULT 1020;

-- CreateTable
CREATE TABLE "ReminderSent" (
    "objectType" TEXT NOT NULL,
    "objectId" UUID NOT NULL,
    "sequence" INTEGER NOT NULL,
    "userId" UUID NOT NULL,
    "sentAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReminderSent_pkey" PRIMARY KEY ("objectType","objectId","sequence","userId")
);

-- CreateIndex
CREATE INDEX "ReminderSent_userId_idx" ON "ReminderSent"("userId");

-- AddForeignKey
ALTER TABLE "ReminderSent" ADD CONSTRAINT "ReminderSent_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A time of day: validated by the API, kept true by the database.
ALTER TABLE "Partnership" ADD CONSTRAINT "Partnership_reminderMinutes_check" CHECK ("reminderMinutes" BETWEEN 0 AND 1439);

-- The reminder sweep (api/src/notifications/reminder-sweep.ts): one queued run at a time.
SELECT pgboss.create_queue('notification.reminders', '{"policy":"short","retryLimit":5,"retryDelay":60,"retryBackoff":true,"expireInSeconds":300}');
