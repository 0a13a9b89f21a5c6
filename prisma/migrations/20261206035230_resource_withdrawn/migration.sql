-- AlterTable
ALTER TABLE "Resource" ADD COLUMN     "withdrawnAt" TIMESTAMPTZ(3);
