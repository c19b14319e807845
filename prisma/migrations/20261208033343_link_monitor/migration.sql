-- CreateEnum
CREATE TYPE "LinkOutcome" AS ENUM ('ONLINE', 'FAILED', 'INCONCLUSIVE');

-- CreateTable
CREATE TABLE "MonitoredLink" (
    "url" TEXT NOT NULL,
    "host" TEXT NOT NULL,
    "nextCheckAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "checkedAt" TIMESTAMP(3),
    "outcome" "LinkOutcome",
    "failingSince" TIMESTAMP(3),
    "failures" INTEGER NOT NULL DEFAULT 0,
    "lastCheckId" UUID,

    CONSTRAINT "MonitoredLink_pkey" PRIMARY KEY ("url")
);

-- CreateTable
CREATE TABLE "LinkCheck" (
    "id" UUID NOT NULL,
    "url" TEXT NOT NULL,
    "checkedAt" TIMESTAMP(3) NOT NULL,
    "outcome" "LinkOutcome" NOT NULL,
    "status" INTEGER,
    "reason" TEXT,
    "finalUrl" TEXT,
    "redirects" JSONB NOT NULL DEFAULT '[]',
    "https" BOOLEAN NOT NULL DEFAULT false,
    "languages" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "lastModified" TIMESTAMP(3),
    "contentHash" TEXT,
    "changedAt" TIMESTAMP(3),
    "durationMs" INTEGER NOT NULL,

    CONSTRAINT "LinkCheck_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MonitoredLink_nextCheckAt_idx" ON "MonitoredLink"("nextCheckAt");

-- CreateIndex
CREATE INDEX "MonitoredLink_failures_idx" ON "MonitoredLink"("failures");

-- CreateIndex
CREATE INDEX "LinkCheck_url_checkedAt_idx" ON "LinkCheck"("url", "checkedAt");

-- CreateIndex
CREATE INDEX "LinkCheck_checkedAt_idx" ON "LinkCheck"("checkedAt");

-- AddForeignKey
ALTER TABLE "LinkCheck" ADD CONSTRAINT "LinkCheck_url_fkey" FOREIGN KEY ("url") REFERENCES "MonitoredLink"("url") ON DELETE CASCADE ON UPDATE CASCADE;
