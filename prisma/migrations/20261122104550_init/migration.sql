-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'COORDINATOR', 'VOLUNTEER', 'MINISTRY');

-- CreateEnum
CREATE TYPE "Arena" AS ENUM ('HOME_AND_HOUSING', 'DAYCARE_SCHOOL_EDUCATION', 'LEISURE_AND_COMMUNITIES', 'WORK_AND_EMPLOYMENT', 'HEALTH_AND_CARE');

-- CreateEnum
CREATE TYPE "TargetGroup" AS ENUM ('OLDER_PEOPLE', 'YOUNG_PEOPLE', 'CHILDREN_AND_FAMILIES', 'PEOPLE_WITH_DISABILITIES', 'PEOPLE_WITH_MENTAL_ILLNESS', 'ETHNIC_MINORITIES', 'UNEMPLOYED', 'SOCIALLY_VULNERABLE');

-- CreateEnum
CREATE TYPE "OrganisationKind" AS ENUM ('HOUSING_ORGANISATION', 'MUNICIPALITY', 'REGION', 'VOLUNTARY_ASSOCIATION', 'VOLUNTEER_CENTRE', 'EDUCATION_INSTITUTION', 'CULTURE_INSTITUTION', 'BUSINESS', 'OTHER');

-- CreateEnum
CREATE TYPE "AreaListing" AS ENUM ('VULNERABLE', 'PREVENTION', 'TRANSFORMATION');

-- CreateEnum
CREATE TYPE "PartnershipStatus" AS ENUM ('PLANNED', 'ACTIVE', 'ENDED');

-- CreateEnum
CREATE TYPE "MemberRole" AS ENUM ('LEAD', 'PARTNER', 'VOLUNTARY_ASSOCIATION', 'MUNICIPALITY', 'HOUSING_ORGANISATION', 'OTHER');

-- CreateEnum
CREATE TYPE "FundingStream" AS ENUM ('LOCAL_PARTNERSHIPS', 'HOUSING_SOCIAL_PLAN', 'OTHER');

-- CreateEnum
CREATE TYPE "GrantStatus" AS ENUM ('APPLIED', 'GRANTED', 'PAID', 'REPORTED');

-- CreateEnum
CREATE TYPE "MeetingStatus" AS ENUM ('PLANNED', 'CLOSED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "InvitationResponse" AS ENUM ('PENDING', 'YES', 'NO', 'MAYBE');

-- CreateEnum
CREATE TYPE "ActionItemStatus" AS ENUM ('OPEN', 'DONE', 'DROPPED');

-- CreateEnum
CREATE TYPE "ResourceKind" AS ENUM ('ROOM', 'EQUIPMENT', 'VEHICLE', 'STAFF_TIME', 'MATERIALS', 'OTHER');

-- CreateEnum
CREATE TYPE "ResourceAudience" AS ENUM ('PARTNERSHIP', 'AREA', 'SIGNED_IN');

-- CreateEnum
CREATE TYPE "BookingStatus" AS ENUM ('REQUESTED', 'CONFIRMED', 'DECLINED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "SignUpStatus" AS ENUM ('APPLIED', 'APPROVED', 'DECLINED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "HoursStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "LonelinessPhase" AS ENUM ('BASELINE', 'FOLLOW_UP');

-- CreateEnum
CREATE TYPE "LonelinessItem" AS ENUM ('LACKS_COMPANY', 'LEFT_OUT', 'ISOLATED');

-- CreateTable
CREATE TABLE "Region" (
    "code" VARCHAR(4) NOT NULL,
    "name" TEXT NOT NULL,
    "boundary" JSONB NOT NULL,

    CONSTRAINT "Region_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Municipality" (
    "code" VARCHAR(4) NOT NULL,
    "name" TEXT NOT NULL,
    "regionCode" VARCHAR(4) NOT NULL,
    "boundary" JSONB NOT NULL,

    CONSTRAINT "Municipality_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Area" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "municipalityCode" VARCHAR(4) NOT NULL,
    "boundary" JSONB NOT NULL,
    "centreLat" DOUBLE PRECISION NOT NULL,
    "centreLon" DOUBLE PRECISION NOT NULL,
    "listing" "AreaListing",
    "description" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Area_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "OrganisationKind" NOT NULL,
    "cvr" CHAR(8),
    "municipalityCode" VARCHAR(4),
    "address" TEXT,
    "website" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HousingDepartment" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "address" TEXT,
    "homes" INTEGER,
    "areaId" UUID,

    CONSTRAINT "HousingDepartment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "languages" TEXT[],
    "skills" TEXT[],
    "organisationId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastActiveAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "anonymisedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "locale" TEXT NOT NULL DEFAULT 'da',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "disabledAt" TIMESTAMPTZ(3),

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" UUID NOT NULL,
    "tokenHash" CHAR(64) NOT NULL,
    "userId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "userAgent" TEXT,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignInAttempt" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "succeeded" BOOLEAN NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignInAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Consent" (
    "id" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "purpose" TEXT NOT NULL,
    "textVersion" TEXT NOT NULL,
    "givenAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "withdrawnAt" TIMESTAMPTZ(3),

    CONSTRAINT "Consent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Partnership" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "status" "PartnershipStatus" NOT NULL DEFAULT 'PLANNED',
    "arenas" "Arena"[],
    "targetGroups" "TargetGroup"[],
    "startsOn" DATE NOT NULL,
    "endsOn" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Partnership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnershipArea" (
    "partnershipId" UUID NOT NULL,
    "areaId" UUID NOT NULL,

    CONSTRAINT "PartnershipArea_pkey" PRIMARY KEY ("partnershipId","areaId")
);

-- CreateTable
CREATE TABLE "PartnershipMember" (
    "id" UUID NOT NULL,
    "partnershipId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "role" "MemberRole" NOT NULL,
    "contactPersonId" UUID,
    "joinedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PartnershipMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnershipCoordinator" (
    "partnershipId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "since" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PartnershipCoordinator_pkey" PRIMARY KEY ("partnershipId","userId")
);

-- CreateTable
CREATE TABLE "FundingPool" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "stream" "FundingStream" NOT NULL,
    "financeAccount" TEXT,
    "description" TEXT NOT NULL DEFAULT '',
    "funderName" TEXT NOT NULL,

    CONSTRAINT "FundingPool_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FundingRound" (
    "id" UUID NOT NULL,
    "poolId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "budgetOre" BIGINT NOT NULL,

    CONSTRAINT "FundingRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Grant" (
    "id" UUID NOT NULL,
    "roundId" UUID NOT NULL,
    "partnershipId" UUID NOT NULL,
    "recipientOrganisationId" UUID NOT NULL,
    "caseNumber" TEXT NOT NULL,
    "amountOre" BIGINT NOT NULL,
    "paidOre" BIGINT NOT NULL DEFAULT 0,
    "status" "GrantStatus" NOT NULL DEFAULT 'APPLIED',
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "awardedOn" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Grant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignOnFee" (
    "id" UUID NOT NULL,
    "partnershipId" UUID NOT NULL,
    "memberId" UUID NOT NULL,
    "amountOre" BIGINT NOT NULL,
    "paidOn" DATE NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignOnFee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" UUID NOT NULL,
    "partnershipId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "timeZone" TEXT NOT NULL DEFAULT 'Europe/Copenhagen',
    "address" TEXT,
    "onlineUrl" TEXT,
    "bookingId" UUID,
    "status" "MeetingStatus" NOT NULL DEFAULT 'PLANNED',
    "sequence" INTEGER NOT NULL DEFAULT 0,
    "closedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgendaItem" (
    "id" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "ownerPersonId" UUID,
    "durationMinutes" INTEGER,

    CONSTRAINT "AgendaItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingInvitation" (
    "id" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "organisationId" UUID,
    "personId" UUID,
    "response" "InvitationResponse" NOT NULL DEFAULT 'PENDING',
    "respondedAt" TIMESTAMPTZ(3),

    CONSTRAINT "MeetingInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attendance" (
    "id" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "onBehalfOfOrganisationId" UUID,

    CONSTRAINT "Attendance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Minutes" (
    "id" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "agendaItemId" UUID,
    "text" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedById" UUID,

    CONSTRAINT "Minutes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Decision" (
    "id" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "agendaItemId" UUID,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Decision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionItem" (
    "id" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "agendaItemId" UUID,
    "description" TEXT NOT NULL,
    "ownerPersonId" UUID NOT NULL,
    "dueOn" DATE,
    "status" "ActionItemStatus" NOT NULL DEFAULT 'OPEN',
    "completedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActionItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Resource" (
    "id" UUID NOT NULL,
    "ownerOrganisationId" UUID NOT NULL,
    "partnershipId" UUID NOT NULL,
    "kind" "ResourceKind" NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "capacity" INTEGER,
    "address" TEXT,
    "lat" DOUBLE PRECISION,
    "lon" DOUBLE PRECISION,
    "areaId" UUID,
    "audience" "ResourceAudience" NOT NULL DEFAULT 'PARTNERSHIP',
    "requiresApproval" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Resource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResourceOpeningHours" (
    "id" UUID NOT NULL,
    "resourceId" UUID NOT NULL,
    "weekday" INTEGER NOT NULL,
    "opensAt" INTEGER NOT NULL,
    "closesAt" INTEGER NOT NULL,

    CONSTRAINT "ResourceOpeningHours_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResourceException" (
    "id" UUID NOT NULL,
    "resourceId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "closed" BOOLEAN NOT NULL DEFAULT true,
    "opensAt" INTEGER,
    "closesAt" INTEGER,
    "note" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "ResourceException_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Booking" (
    "id" UUID NOT NULL,
    "resourceId" UUID NOT NULL,
    "requestedById" UUID NOT NULL,
    "partnershipId" UUID,
    "purpose" TEXT NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "status" "BookingStatus" NOT NULL DEFAULT 'REQUESTED',
    "decidedById" UUID,
    "decidedAt" TIMESTAMPTZ(3),
    "sequence" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Booking_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Activity" (
    "id" UUID NOT NULL,
    "partnershipId" UUID NOT NULL,
    "areaId" UUID,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "arenas" "Arena"[],
    "targetGroups" "TargetGroup"[],
    "address" TEXT,
    "lat" DOUBLE PRECISION,
    "lon" DOUBLE PRECISION,
    "scheduleText" TEXT NOT NULL DEFAULT '',
    "weekdays" INTEGER[],
    "startsOn" DATE,
    "endsOn" DATE,
    "published" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Activity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VolunteerOpportunity" (
    "id" UUID NOT NULL,
    "activityId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "volunteersNeeded" INTEGER NOT NULL,
    "skillsWanted" TEXT[],
    "contactOrganisationId" UUID NOT NULL,
    "published" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "VolunteerOpportunity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Shift" (
    "id" UUID NOT NULL,
    "opportunityId" UUID NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "sequence" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Shift_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VolunteerSignUp" (
    "id" UUID NOT NULL,
    "opportunityId" UUID NOT NULL,
    "personId" UUID,
    "message" TEXT NOT NULL DEFAULT '',
    "status" "SignUpStatus" NOT NULL DEFAULT 'APPLIED',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMPTZ(3),

    CONSTRAINT "VolunteerSignUp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VolunteerHours" (
    "id" UUID NOT NULL,
    "activityId" UUID NOT NULL,
    "personId" UUID,
    "date" DATE NOT NULL,
    "hours" DECIMAL(4,2) NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "status" "HoursStatus" NOT NULL DEFAULT 'PENDING',
    "decidedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VolunteerHours_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutcomeReport" (
    "id" UUID NOT NULL,
    "partnershipId" UUID NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "participantsReached" INTEGER NOT NULL,
    "newParticipantsBridged" INTEGER NOT NULL,
    "activitiesHeld" INTEGER NOT NULL,
    "volunteersActive" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "OutcomeReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LonelinessCount" (
    "id" UUID NOT NULL,
    "reportId" UUID NOT NULL,
    "phase" "LonelinessPhase" NOT NULL,
    "item" "LonelinessItem" NOT NULL,
    "answer" INTEGER NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "LonelinessCount_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CalendarFeed" (
    "id" UUID NOT NULL,
    "tokenHash" CHAR(64) NOT NULL,
    "userId" UUID,
    "partnershipId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMPTZ(3),

    CONSTRAINT "CalendarFeed_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" UUID NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorUserId" UUID,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "partnershipId" UUID,
    "changes" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Municipality_regionCode_idx" ON "Municipality"("regionCode");

-- CreateIndex
CREATE UNIQUE INDEX "Area_slug_key" ON "Area"("slug");

-- CreateIndex
CREATE INDEX "Area_municipalityCode_idx" ON "Area"("municipalityCode");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_cvr_key" ON "Organisation"("cvr");

-- CreateIndex
CREATE INDEX "Organisation_kind_idx" ON "Organisation"("kind");

-- CreateIndex
CREATE INDEX "Organisation_municipalityCode_idx" ON "Organisation"("municipalityCode");

-- CreateIndex
CREATE INDEX "HousingDepartment_areaId_idx" ON "HousingDepartment"("areaId");

-- CreateIndex
CREATE UNIQUE INDEX "HousingDepartment_organisationId_number_key" ON "HousingDepartment"("organisationId", "number");

-- CreateIndex
CREATE INDEX "Person_organisationId_idx" ON "Person"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "User_personId_key" ON "User"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Session_tokenHash_key" ON "Session"("tokenHash");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "SignInAttempt_email_at_idx" ON "SignInAttempt"("email", "at");

-- CreateIndex
CREATE INDEX "SignInAttempt_ip_at_idx" ON "SignInAttempt"("ip", "at");

-- CreateIndex
CREATE INDEX "Consent_personId_idx" ON "Consent"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "Partnership_slug_key" ON "Partnership"("slug");

-- CreateIndex
CREATE INDEX "Partnership_status_idx" ON "Partnership"("status");

-- CreateIndex
CREATE INDEX "PartnershipArea_areaId_idx" ON "PartnershipArea"("areaId");

-- CreateIndex
CREATE INDEX "PartnershipMember_organisationId_idx" ON "PartnershipMember"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "PartnershipMember_partnershipId_organisationId_key" ON "PartnershipMember"("partnershipId", "organisationId");

-- CreateIndex
CREATE INDEX "PartnershipCoordinator_userId_idx" ON "PartnershipCoordinator"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "FundingPool_name_key" ON "FundingPool"("name");

-- CreateIndex
CREATE UNIQUE INDEX "FundingRound_poolId_name_key" ON "FundingRound"("poolId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Grant_caseNumber_key" ON "Grant"("caseNumber");

-- CreateIndex
CREATE INDEX "Grant_partnershipId_idx" ON "Grant"("partnershipId");

-- CreateIndex
CREATE INDEX "Grant_roundId_idx" ON "Grant"("roundId");

-- CreateIndex
CREATE INDEX "SignOnFee_partnershipId_idx" ON "SignOnFee"("partnershipId");

-- CreateIndex
CREATE UNIQUE INDEX "SignOnFee_memberId_key" ON "SignOnFee"("memberId");

-- CreateIndex
CREATE UNIQUE INDEX "Meeting_bookingId_key" ON "Meeting"("bookingId");

-- CreateIndex
CREATE INDEX "Meeting_partnershipId_startsAt_idx" ON "Meeting"("partnershipId", "startsAt");

-- CreateIndex
CREATE INDEX "AgendaItem_meetingId_position_idx" ON "AgendaItem"("meetingId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingInvitation_meetingId_personId_key" ON "MeetingInvitation"("meetingId", "personId");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingInvitation_meetingId_organisationId_key" ON "MeetingInvitation"("meetingId", "organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "Attendance_meetingId_personId_key" ON "Attendance"("meetingId", "personId");

-- CreateIndex
CREATE UNIQUE INDEX "Minutes_agendaItemId_key" ON "Minutes"("agendaItemId");

-- CreateIndex
CREATE INDEX "Minutes_meetingId_idx" ON "Minutes"("meetingId");

-- CreateIndex
CREATE INDEX "Decision_meetingId_idx" ON "Decision"("meetingId");

-- CreateIndex
CREATE INDEX "ActionItem_meetingId_idx" ON "ActionItem"("meetingId");

-- CreateIndex
CREATE INDEX "ActionItem_ownerPersonId_status_idx" ON "ActionItem"("ownerPersonId", "status");

-- CreateIndex
CREATE INDEX "Resource_partnershipId_idx" ON "Resource"("partnershipId");

-- CreateIndex
CREATE INDEX "Resource_areaId_idx" ON "Resource"("areaId");

-- CreateIndex
CREATE INDEX "ResourceOpeningHours_resourceId_idx" ON "ResourceOpeningHours"("resourceId");

-- CreateIndex
CREATE UNIQUE INDEX "ResourceException_resourceId_date_key" ON "ResourceException"("resourceId", "date");

-- CreateIndex
CREATE INDEX "Booking_resourceId_startsAt_idx" ON "Booking"("resourceId", "startsAt");

-- CreateIndex
CREATE INDEX "Booking_requestedById_idx" ON "Booking"("requestedById");

-- CreateIndex
CREATE INDEX "Activity_partnershipId_idx" ON "Activity"("partnershipId");

-- CreateIndex
CREATE INDEX "Activity_areaId_idx" ON "Activity"("areaId");

-- CreateIndex
CREATE INDEX "VolunteerOpportunity_activityId_idx" ON "VolunteerOpportunity"("activityId");

-- CreateIndex
CREATE INDEX "Shift_opportunityId_startsAt_idx" ON "Shift"("opportunityId", "startsAt");

-- CreateIndex
CREATE INDEX "VolunteerSignUp_personId_idx" ON "VolunteerSignUp"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "VolunteerSignUp_opportunityId_personId_key" ON "VolunteerSignUp"("opportunityId", "personId");

-- CreateIndex
CREATE INDEX "VolunteerHours_activityId_idx" ON "VolunteerHours"("activityId");

-- CreateIndex
CREATE INDEX "VolunteerHours_personId_idx" ON "VolunteerHours"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "OutcomeReport_partnershipId_periodStart_key" ON "OutcomeReport"("partnershipId", "periodStart");

-- CreateIndex
CREATE UNIQUE INDEX "LonelinessCount_reportId_phase_item_answer_key" ON "LonelinessCount"("reportId", "phase", "item", "answer");

-- CreateIndex
CREATE UNIQUE INDEX "CalendarFeed_tokenHash_key" ON "CalendarFeed"("tokenHash");

-- CreateIndex
CREATE INDEX "AuditEntry_entityType_entityId_idx" ON "AuditEntry"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditEntry_partnershipId_at_idx" ON "AuditEntry"("partnershipId", "at");

-- AddForeignKey
ALTER TABLE "Municipality" ADD CONSTRAINT "Municipality_regionCode_fkey" FOREIGN KEY ("regionCode") REFERENCES "Region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Area" ADD CONSTRAINT "Area_municipalityCode_fkey" FOREIGN KEY ("municipalityCode") REFERENCES "Municipality"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_municipalityCode_fkey" FOREIGN KEY ("municipalityCode") REFERENCES "Municipality"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HousingDepartment" ADD CONSTRAINT "HousingDepartment_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HousingDepartment" ADD CONSTRAINT "HousingDepartment_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnershipArea" ADD CONSTRAINT "PartnershipArea_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnershipArea" ADD CONSTRAINT "PartnershipArea_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnershipMember" ADD CONSTRAINT "PartnershipMember_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnershipMember" ADD CONSTRAINT "PartnershipMember_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnershipMember" ADD CONSTRAINT "PartnershipMember_contactPersonId_fkey" FOREIGN KEY ("contactPersonId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnershipCoordinator" ADD CONSTRAINT "PartnershipCoordinator_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnershipCoordinator" ADD CONSTRAINT "PartnershipCoordinator_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundingRound" ADD CONSTRAINT "FundingRound_poolId_fkey" FOREIGN KEY ("poolId") REFERENCES "FundingPool"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Grant" ADD CONSTRAINT "Grant_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "FundingRound"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Grant" ADD CONSTRAINT "Grant_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Grant" ADD CONSTRAINT "Grant_recipientOrganisationId_fkey" FOREIGN KEY ("recipientOrganisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SignOnFee" ADD CONSTRAINT "SignOnFee_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SignOnFee" ADD CONSTRAINT "SignOnFee_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "PartnershipMember"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_bookingId_fkey" FOREIGN KEY ("bookingId") REFERENCES "Booking"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_ownerPersonId_fkey" FOREIGN KEY ("ownerPersonId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingInvitation" ADD CONSTRAINT "MeetingInvitation_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingInvitation" ADD CONSTRAINT "MeetingInvitation_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingInvitation" ADD CONSTRAINT "MeetingInvitation_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_onBehalfOfOrganisationId_fkey" FOREIGN KEY ("onBehalfOfOrganisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Minutes" ADD CONSTRAINT "Minutes_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Minutes" ADD CONSTRAINT "Minutes_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Minutes" ADD CONSTRAINT "Minutes_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_ownerPersonId_fkey" FOREIGN KEY ("ownerPersonId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Resource" ADD CONSTRAINT "Resource_ownerOrganisationId_fkey" FOREIGN KEY ("ownerOrganisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Resource" ADD CONSTRAINT "Resource_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Resource" ADD CONSTRAINT "Resource_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResourceOpeningHours" ADD CONSTRAINT "ResourceOpeningHours_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "Resource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResourceException" ADD CONSTRAINT "ResourceException_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "Resource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "Resource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerOpportunity" ADD CONSTRAINT "VolunteerOpportunity_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerOpportunity" ADD CONSTRAINT "VolunteerOpportunity_contactOrganisationId_fkey" FOREIGN KEY ("contactOrganisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shift" ADD CONSTRAINT "Shift_opportunityId_fkey" FOREIGN KEY ("opportunityId") REFERENCES "VolunteerOpportunity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerSignUp" ADD CONSTRAINT "VolunteerSignUp_opportunityId_fkey" FOREIGN KEY ("opportunityId") REFERENCES "VolunteerOpportunity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerSignUp" ADD CONSTRAINT "VolunteerSignUp_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerHours" ADD CONSTRAINT "VolunteerHours_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerHours" ADD CONSTRAINT "VolunteerHours_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutcomeReport" ADD CONSTRAINT "OutcomeReport_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LonelinessCount" ADD CONSTRAINT "LonelinessCount_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "OutcomeReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalendarFeed" ADD CONSTRAINT "CalendarFeed_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalendarFeed" ADD CONSTRAINT "CalendarFeed_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_actorUserId_fkey" FOREIGN KEY ("actorUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- ═════════════ Written by hand: rules Prisma's schema language cannot express ═════════════
-- These must hold whatever client writes to the database (API, seed, a console), so they live
-- here rather than only in application code. Prisma's diff does not model CHECK or EXCLUDE
-- constraints, so it neither generates nor drops them: the drift check stays in sync
-- (verified by test/drift.test.ts). Names follow "<Table>_<rule>" so errors are readable.

-- btree_gist lets a GiST index compare plain equality ("resourceId" WITH =) next to ranges.
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- Two CONFIRMED bookings of one resource never overlap ('[)': one may end when the next starts).
-- Requests may overlap: the coordinator chooses which to confirm.
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_no_overlap"
  EXCLUDE USING gist ("resourceId" WITH =, tstzrange("startsAt", "endsAt", '[)') WITH &&)
  WHERE (status = 'CONFIRMED');

-- Money in øre: never negative, never paid out more than granted.
ALTER TABLE "Grant" ADD CONSTRAINT "Grant_amounts_check"
  CHECK ("amountOre" >= 0 AND "paidOre" >= 0 AND "paidOre" <= "amountOre");
ALTER TABLE "FundingRound" ADD CONSTRAINT "FundingRound_budgetOre_check" CHECK ("budgetOre" >= 0);
-- A sign-on fee is at most 30,000 kr. (3,000,000 øre) under the pool's rules.
ALTER TABLE "SignOnFee" ADD CONSTRAINT "SignOnFee_amountOre_check"
  CHECK ("amountOre" > 0 AND "amountOre" <= 3000000);

-- Periods end after they start.
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_period_check" CHECK ("endsAt" > "startsAt");
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_period_check" CHECK ("endsAt" > "startsAt");
ALTER TABLE "Shift" ADD CONSTRAINT "Shift_period_check" CHECK ("endsAt" > "startsAt");
ALTER TABLE "Partnership" ADD CONSTRAINT "Partnership_period_check"
  CHECK ("endsOn" IS NULL OR "endsOn" >= "startsOn");
ALTER TABLE "Grant" ADD CONSTRAINT "Grant_period_check" CHECK ("endsOn" >= "startsOn");

-- Outcome reports are counts: aggregated, never negative.
ALTER TABLE "OutcomeReport" ADD CONSTRAINT "OutcomeReport_counts_check"
  CHECK ("participantsReached" >= 0 AND "newParticipantsBridged" >= 0
    AND "activitiesHeld" >= 0 AND "volunteersActive" >= 0);
ALTER TABLE "OutcomeReport" ADD CONSTRAINT "OutcomeReport_period_check"
  CHECK ("periodEnd" >= "periodStart");
-- UCLA-3 / T-ILS answers are 1 (hardly ever) to 3 (often).
ALTER TABLE "LonelinessCount" ADD CONSTRAINT "LonelinessCount_values_check"
  CHECK ("answer" BETWEEN 1 AND 3 AND "count" >= 0);

-- Volunteering.
ALTER TABLE "VolunteerHours" ADD CONSTRAINT "VolunteerHours_hours_check"
  CHECK ("hours" > 0 AND "hours" <= 24);
ALTER TABLE "VolunteerOpportunity" ADD CONSTRAINT "VolunteerOpportunity_volunteersNeeded_check"
  CHECK ("volunteersNeeded" >= 1);

-- Resources: opening hours are minutes after local midnight, weekday 1 = Monday … 7 = Sunday.
ALTER TABLE "Resource" ADD CONSTRAINT "Resource_capacity_check"
  CHECK ("capacity" IS NULL OR "capacity" >= 0);
ALTER TABLE "ResourceOpeningHours" ADD CONSTRAINT "ResourceOpeningHours_values_check"
  CHECK ("weekday" BETWEEN 1 AND 7 AND "opensAt" >= 0 AND "opensAt" < "closesAt" AND "closesAt" <= 1440);

-- Meetings.
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_durationMinutes_check"
  CHECK ("durationMinutes" IS NULL OR "durationMinutes" > 0);

-- Identifiers: a CVR number is 8 digits (the modulus-11 check is in src/domain/cvr.ts);
-- region and municipality codes are the official 4-digit codes.
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_cvr_check" CHECK ("cvr" ~ '^[0-9]{8}$');
ALTER TABLE "Region" ADD CONSTRAINT "Region_code_check" CHECK ("code" ~ '^[0-9]{4}$');
ALTER TABLE "Municipality" ADD CONSTRAINT "Municipality_code_check" CHECK ("code" ~ '^[0-9]{4}$');
