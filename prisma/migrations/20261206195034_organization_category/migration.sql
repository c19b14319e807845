-- CreateEnum
CREATE TYPE "OrganizationCategory" AS ENUM ('DIASPORA_ORGANIZATION', 'RELATED_INSTITUTION');

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "category" "OrganizationCategory" NOT NULL DEFAULT 'DIASPORA_ORGANIZATION';

-- CreateIndex
CREATE INDEX "Organization_category_sortName_slug_idx" ON "Organization"("category", "sortName", "slug");
