-- AlterTable
ALTER TABLE "PublicProposal" ADD COLUMN     "decisionMailedAt" TIMESTAMP(3);
