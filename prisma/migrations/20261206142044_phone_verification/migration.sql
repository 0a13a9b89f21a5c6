-- Phone verification: SMS go only to verifiedPhone, proved by a code. Existing "phone" values stay
-- as they are (contact numbers) and are unverified: no SMS until the person confirms a code.
-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "pendingPhone" TEXT,
ADD COLUMN     "phoneCodeAttempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "phoneCodeExpiresAt" TIMESTAMPTZ(3),
ADD COLUMN     "phoneCodeHash" TEXT,
ADD COLUMN     "phoneVerifiedAt" TIMESTAMPTZ(3),
ADD COLUMN     "verifiedPhone" TEXT;
