-- CreateEnum
CREATE TYPE "ReferralState" AS ENUM ('REQUESTED', 'ACCEPTED', 'IN_PROGRESS', 'CONNECTED', 'ATTENDING', 'FOLLOW_UP', 'CLOSED', 'DECLINED', 'NO_CONTACT', 'ON_HOLD');

-- CreateEnum
CREATE TYPE "ReferralSource" AS ENUM ('SELF', 'HOUSING_SOCIAL_STAFF', 'MUNICIPALITY', 'GENERAL_PRACTITIONER', 'VOLUNTEER', 'OTHER');

-- CreateEnum
CREATE TYPE "ContactChannel" AS ENUM ('PHONE', 'SMS', 'EMAIL');

-- CreateEnum
CREATE TYPE "AgeBand" AS ENUM ('UNDER_18', 'AGE_18_29', 'AGE_30_49', 'AGE_50_64', 'AGE_65_79', 'AGE_80_PLUS');

-- CreateEnum
CREATE TYPE "ReferralReason" AS ENUM ('LONELINESS', 'SOCIAL_ISOLATION', 'BEREAVEMENT', 'MENTAL_WELLBEING', 'PHYSICAL_HEALTH', 'NEW_IN_AREA', 'LIFE_CHANGE', 'UNEMPLOYMENT', 'CARER', 'OTHER');

-- CreateEnum
CREATE TYPE "ReferralBarrier" AS ENUM ('ANXIETY', 'MOBILITY', 'TRANSPORT', 'LANGUAGE', 'ECONOMY', 'CARE_DUTIES', 'DIGITAL', 'OTHER');

-- CreateEnum
CREATE TYPE "ReferralConsentScope" AS ENUM ('CONTACT', 'SHARE_FIRST_NAME_WITH_HOST', 'MEASURES');

-- CreateEnum
CREATE TYPE "ReferralCloseReason" AS ENUM ('TAKING_PART', 'NO_MATCHING_ACTIVITY', 'STOPPED', 'MOVED_AWAY', 'CONSENT_WITHDRAWN', 'OTHER');

-- CreateEnum
CREATE TYPE "ReferralMeasurePhase" AS ENUM ('BASELINE', 'END', 'FOLLOW_UP');

-- CreateEnum
CREATE TYPE "HostLinkPurpose" AS ENUM ('FIRST_ATTENDANCE', 'FOLLOW_UP');

-- CreateEnum
CREATE TYPE "ReferralReadVia" AS ENUM ('GUIDE', 'HOST_LINK', 'EXPORT');

-- CreateTable
CREATE TABLE "PartnershipGuide" (
    "partnershipId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "since" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PartnershipGuide_pkey" PRIMARY KEY ("partnershipId","userId")
);

-- CreateTable
CREATE TABLE "Referral" (
    "id" UUID NOT NULL,
    "partnershipId" UUID NOT NULL,
    "guideUserId" UUID,
    "areaId" UUID,
    "source" "ReferralSource" NOT NULL,
    "ageBand" "AgeBand" NOT NULL,
    "reasons" "ReferralReason"[],
    "arenas" "Arena"[],
    "barriers" "ReferralBarrier"[],
    "accompaniment" BOOLEAN NOT NULL DEFAULT false,
    "firstName" TEXT,
    "phone" TEXT,
    "email" TEXT,
    "preferredChannel" "ContactChannel",
    "whatMatters" TEXT,
    "consentScopes" "ReferralConsentScope"[],
    "consentGivenOn" DATE NOT NULL,
    "consentRecordedById" UUID,
    "consentWithdrawnAt" TIMESTAMPTZ(3),
    "state" "ReferralState" NOT NULL DEFAULT 'REQUESTED',
    "stateBeforeHold" "ReferralState",
    "stateChangedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "referredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "contactedAt" TIMESTAMPTZ(3),
    "firstConversationAt" TIMESTAMPTZ(3),
    "connectedAt" TIMESTAMPTZ(3),
    "firstAttendanceAt" TIMESTAMPTZ(3),
    "followUpAt" TIMESTAMPTZ(3),
    "closedAt" TIMESTAMPTZ(3),
    "closeReason" "ReferralCloseReason",
    "stillTakingPart" BOOLEAN,
    "noMatchingActivityAt" TIMESTAMPTZ(3),
    "activityId" UUID,
    "organisationId" UUID,
    "hostName" TEXT,
    "hostPhone" TEXT,
    "hostEmail" TEXT,
    "personalDataDeletedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Referral_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReferralStateChange" (
    "id" UUID NOT NULL,
    "referralId" UUID NOT NULL,
    "fromState" "ReferralState",
    "toState" "ReferralState" NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "byUserId" UUID,
    "byHost" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "ReferralStateChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReferralMeasure" (
    "id" UUID NOT NULL,
    "referralId" UUID NOT NULL,
    "phase" "ReferralMeasurePhase" NOT NULL,
    "tils" INTEGER[],
    "ons" INTEGER NOT NULL,
    "who5" INTEGER[],
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "recordedById" UUID,

    CONSTRAINT "ReferralMeasure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReferralMeasureTotal" (
    "id" UUID NOT NULL,
    "cell" TEXT NOT NULL,
    "partnershipId" UUID NOT NULL,
    "organisationId" UUID,
    "month" DATE NOT NULL,
    "pairs" INTEGER NOT NULL DEFAULT 0,
    "tilsBaseline" INTEGER NOT NULL DEFAULT 0,
    "tilsLater" INTEGER NOT NULL DEFAULT 0,
    "who5Baseline" INTEGER NOT NULL DEFAULT 0,
    "who5Later" INTEGER NOT NULL DEFAULT 0,
    "severeBaseline" INTEGER NOT NULL DEFAULT 0,
    "severeLater" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ReferralMeasureTotal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HostLink" (
    "id" UUID NOT NULL,
    "referralId" UUID NOT NULL,
    "purpose" "HostLinkPurpose" NOT NULL,
    "tokenHash" CHAR(64) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "usedAt" TIMESTAMPTZ(3),
    "revokedAt" TIMESTAMPTZ(3),

    CONSTRAINT "HostLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReferralRead" (
    "id" UUID NOT NULL,
    "referralId" UUID NOT NULL,
    "userId" UUID,
    "via" "ReferralReadVia" NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReferralRead_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PartnershipGuide_userId_idx" ON "PartnershipGuide"("userId");

-- CreateIndex
CREATE INDEX "Referral_partnershipId_state_idx" ON "Referral"("partnershipId", "state");

-- CreateIndex
CREATE INDEX "Referral_guideUserId_state_idx" ON "Referral"("guideUserId", "state");

-- CreateIndex
CREATE INDEX "Referral_closedAt_idx" ON "Referral"("closedAt");

-- CreateIndex
CREATE INDEX "ReferralStateChange_referralId_at_idx" ON "ReferralStateChange"("referralId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "ReferralMeasure_referralId_phase_key" ON "ReferralMeasure"("referralId", "phase");

-- CreateIndex
CREATE UNIQUE INDEX "ReferralMeasureTotal_cell_key" ON "ReferralMeasureTotal"("cell");

-- CreateIndex
CREATE INDEX "ReferralMeasureTotal_partnershipId_month_idx" ON "ReferralMeasureTotal"("partnershipId", "month");

-- CreateIndex
CREATE UNIQUE INDEX "HostLink_tokenHash_key" ON "HostLink"("tokenHash");

-- CreateIndex
CREATE INDEX "HostLink_referralId_idx" ON "HostLink"("referralId");

-- CreateIndex
CREATE INDEX "ReferralRead_referralId_at_idx" ON "ReferralRead"("referralId", "at");

-- CreateIndex
CREATE INDEX "ReferralRead_at_idx" ON "ReferralRead"("at");

-- AddForeignKey
ALTER TABLE "PartnershipGuide" ADD CONSTRAINT "PartnershipGuide_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnershipGuide" ADD CONSTRAINT "PartnershipGuide_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_guideUserId_fkey" FOREIGN KEY ("guideUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReferralStateChange" ADD CONSTRAINT "ReferralStateChange_referralId_fkey" FOREIGN KEY ("referralId") REFERENCES "Referral"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReferralMeasure" ADD CONSTRAINT "ReferralMeasure_referralId_fkey" FOREIGN KEY ("referralId") REFERENCES "Referral"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReferralMeasureTotal" ADD CONSTRAINT "ReferralMeasureTotal_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HostLink" ADD CONSTRAINT "HostLink_referralId_fkey" FOREIGN KEY ("referralId") REFERENCES "Referral"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReferralRead" ADD CONSTRAINT "ReferralRead_referralId_fkey" FOREIGN KEY ("referralId") REFERENCES "Referral"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReferralRead" ADD CONSTRAINT "ReferralRead_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written rules (see the init migration): measures are on their scales, whatever the API.
-- T-ILS/UCLA-3: three items 1-3 (sum 3-9). ONS direct question: 1-5. WHO-5: five items 0-5.
ALTER TABLE "ReferralMeasure" ADD CONSTRAINT "ReferralMeasure_scales_check"
  CHECK (cardinality("tils") = 3 AND 1 <= ALL("tils") AND 3 >= ALL("tils")
    AND "ons" BETWEEN 1 AND 5
    AND cardinality("who5") = 5 AND 0 <= ALL("who5") AND 5 >= ALL("who5"));
ALTER TABLE "ReferralMeasureTotal" ADD CONSTRAINT "ReferralMeasureTotal_counts_check"
  CHECK ("pairs" >= 0 AND "severeBaseline" >= 0 AND "severeLater" >= 0);
-- A referral that is held remembers where it was; only a held one does.
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_hold_check"
  CHECK (("state" = 'ON_HOLD') = ("stateBeforeHold" IS NOT NULL));
