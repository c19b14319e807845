-- CreateEnum
CREATE TYPE "EventDateBasis" AS ENUM ('STATED', 'REPORT');

-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "dateBasis" "EventDateBasis" NOT NULL DEFAULT 'STATED';
