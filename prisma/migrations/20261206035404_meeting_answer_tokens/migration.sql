-- CreateTable
CREATE TABLE "MeetingAnswerToken" (
    "tokenHash" TEXT NOT NULL,
    "meetingId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeetingAnswerToken_pkey" PRIMARY KEY ("tokenHash")
);

-- CreateIndex
CREATE INDEX "MeetingAnswerToken_meetingId_personId_idx" ON "MeetingAnswerToken"("meetingId", "personId");

-- CreateIndex
CREATE INDEX "MeetingAnswerToken_personId_idx" ON "MeetingAnswerToken"("personId");

-- AddForeignKey
ALTER TABLE "MeetingAnswerToken" ADD CONSTRAINT "MeetingAnswerToken_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAnswerToken" ADD CONSTRAINT "MeetingAnswerToken_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;
