-- AlterTable
ALTER TABLE "Revision" ADD COLUMN     "sourceWaiver" TEXT,
ADD COLUMN     "unsourcedFacts" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "archiveUrl" TEXT;
