-- CreateEnum
CREATE TYPE "TextProvenance" AS ENUM ('SOURCE', 'CURATOR', 'ATLAS', 'MACHINE');

-- AlterTable
ALTER TABLE "DiasporaPresence" ADD COLUMN     "inferredFrom" JSONB;

-- AlterTable
ALTER TABLE "DiasporaTranslation" ADD COLUMN     "descriptionProvenance" "TextProvenance",
ADD COLUMN     "nameProvenance" "TextProvenance";

-- AlterTable
ALTER TABLE "EventTranslation" ADD COLUMN     "descriptionProvenance" "TextProvenance",
ADD COLUMN     "titleProvenance" "TextProvenance";

-- AlterTable
ALTER TABLE "OrganizationTranslation" ADD COLUMN     "descriptionProvenance" "TextProvenance",
ADD COLUMN     "nameProvenance" "TextProvenance";
