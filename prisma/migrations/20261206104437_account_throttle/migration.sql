-- CreateTable
CREATE TABLE "AccountThrottle" (
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "notBefore" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AccountThrottle_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "AccountThrottle_windowStart_idx" ON "AccountThrottle"("windowStart");
