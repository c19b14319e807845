-- CreateEnum
CREATE TYPE "ModerationMail" AS ENUM ('OFF', 'IMMEDIATE', 'DAILY');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "decisionMail" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "decisionsMailedUntil" TIMESTAMP(3),
ADD COLUMN     "mailLocale" TEXT NOT NULL DEFAULT 'ru',
ADD COLUMN     "moderationMail" "ModerationMail" NOT NULL DEFAULT 'IMMEDIATE',
ADD COLUMN     "moderationMailedUntil" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "EventDigest" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "diasporaId" UUID,
    "countryCode" TEXT,
    "city" TEXT,
    "ipHash" TEXT NOT NULL,
    "confirmationSentAt" TIMESTAMP(3),
    "confirmedAt" TIMESTAMP(3),
    "sentUntil" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EventDigest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EventDigest_confirmedAt_idx" ON "EventDigest"("confirmedAt");

-- CreateIndex
CREATE INDEX "EventDigest_ipHash_createdAt_idx" ON "EventDigest"("ipHash", "createdAt");

-- CreateIndex
CREATE INDEX "EventDigest_email_idx" ON "EventDigest"("email");

-- AddForeignKey
ALTER TABLE "EventDigest" ADD CONSTRAINT "EventDigest_diasporaId_fkey" FOREIGN KEY ("diasporaId") REFERENCES "Diaspora"("id") ON DELETE CASCADE ON UPDATE CASCADE;
