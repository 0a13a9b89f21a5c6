-- CreateTable
CREATE TABLE "RequestQuota" (
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "windowStart" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "RequestQuota_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "RequestQuota_windowStart_idx" ON "RequestQuota"("windowStart");
