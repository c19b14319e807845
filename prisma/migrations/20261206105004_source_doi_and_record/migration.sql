-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "doi" TEXT;
