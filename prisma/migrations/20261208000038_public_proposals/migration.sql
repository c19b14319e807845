-- CreateTable
CREATE TABLE "PublicProposal" (
    "id" UUID NOT NULL,
    "revisionId" UUID NOT NULL,
    "sourceUrl" TEXT NOT NULL,
    "facts" TEXT[],
    "note" TEXT,
    "email" TEXT,
    "locale" TEXT NOT NULL,
    "ipHash" TEXT NOT NULL,
    "challengeHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PublicProposal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PublicProposal_revisionId_key" ON "PublicProposal"("revisionId");

-- CreateIndex
CREATE UNIQUE INDEX "PublicProposal_challengeHash_key" ON "PublicProposal"("challengeHash");

-- CreateIndex
CREATE INDEX "PublicProposal_ipHash_createdAt_idx" ON "PublicProposal"("ipHash", "createdAt");

-- AddForeignKey
ALTER TABLE "PublicProposal" ADD CONSTRAINT "PublicProposal_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "Revision"("id") ON DELETE CASCADE ON UPDATE CASCADE;
