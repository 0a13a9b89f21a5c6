-- AlterTable
ALTER TABLE "Shift" ADD COLUMN     "cancelledAt" TIMESTAMPTZ(3);
