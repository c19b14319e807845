-- CreateEnum
CREATE TYPE "OnlinePresence" AS ENUM ('WEBSITE', 'SOCIAL_MEDIA', 'INTERNET');

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "onlinePresence" "OnlinePresence"[];
