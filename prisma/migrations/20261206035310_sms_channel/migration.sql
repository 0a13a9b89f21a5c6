-- CreateEnum
CREATE TYPE "OutboxChannel" AS ENUM ('EMAIL', 'SMS');

-- AlterTable
ALTER TABLE "NotificationPreference" ADD COLUMN     "sms" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "channel" "OutboxChannel" NOT NULL DEFAULT 'EMAIL',
ADD COLUMN     "deliveryError" TEXT,
ADD COLUMN     "deliveryStatus" TEXT,
ADD COLUMN     "gatewayId" TEXT;

-- CreateIndex
CREATE INDEX "OutboxMessage_gatewayId_idx" ON "OutboxMessage"("gatewayId");
