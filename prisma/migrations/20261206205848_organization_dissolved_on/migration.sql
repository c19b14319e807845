-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "dissolvedOn" DATE;
