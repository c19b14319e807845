-- CreateEnum
CREATE TYPE "OrganizationType" AS ENUM ('CULTURAL_SOCIETY', 'NATIONAL_CULTURAL_AUTONOMY', 'FEDERATION', 'YOUTH', 'STUDENT', 'ACADEMIC', 'PROFESSIONAL', 'BUSINESS', 'ALUMNI', 'MEDIA', 'ONLINE_COMMUNITY', 'CHARITY', 'EDUCATIONAL', 'RELIGIOUS', 'COMPATRIOT_COUNCIL', 'GOVERNMENT_AGENCY', 'INTERGOVERNMENTAL', 'MUSEUM', 'RESEARCH_INSTITUTE', 'FINANCIAL', 'OTHER');

-- CreateEnum
CREATE TYPE "ServedGroup" AS ENUM ('YOUTH', 'STUDENTS', 'SCIENTISTS', 'PHYSICIANS', 'ENTREPRENEURS', 'ARTISTS', 'MIGRANT_WORKERS', 'ALUMNI', 'WOMEN', 'CHILDREN', 'SENIORS', 'JOURNALISTS', 'EDUCATORS');

-- CreateEnum
CREATE TYPE "OrganizationStatus" AS ENUM ('ACTIVE', 'INACTIVE', 'DISSOLVED', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "ChannelKind" AS ENUM ('WEBSITE', 'FACEBOOK', 'VK', 'TELEGRAM', 'INSTAGRAM', 'YOUTUBE', 'ODNOKLASSNIKI', 'X', 'TIKTOK', 'WHATSAPP', 'LINKEDIN', 'RSS', 'OTHER');

-- CreateEnum
CREATE TYPE "EventType" AS ENUM ('FESTIVAL', 'CONFERENCE', 'FORUM', 'EXHIBITION', 'CONCERT', 'COMMEMORATION', 'CULTURAL_DAYS', 'THEMED_YEAR', 'SCHOOL', 'LECTURE', 'COMPETITION', 'MEETING', 'ONLINE_PROJECT', 'OTHER');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('DAY', 'MONTH', 'YEAR');

-- CreateTable
CREATE TABLE "Country" (
    "code" CHAR(2) NOT NULL,

    CONSTRAINT "Country_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Diaspora" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "originCountryCode" CHAR(2),
    "languages" TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Diaspora_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DiasporaTranslation" (
    "diasporaId" UUID NOT NULL,
    "locale" TEXT NOT NULL,
    "name" TEXT,
    "description" TEXT,

    CONSTRAINT "DiasporaTranslation_pkey" PRIMARY KEY ("diasporaId","locale")
);

-- CreateTable
CREATE TABLE "DiasporaPresence" (
    "id" UUID NOT NULL,
    "diasporaId" UUID NOT NULL,
    "countryCode" CHAR(2) NOT NULL,
    "population" INTEGER,
    "year" INTEGER,
    "note" JSONB,
    "sourceId" UUID,
    "locator" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DiasporaPresence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organization" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "acronym" TEXT,
    "types" "OrganizationType"[],
    "groups" "ServedGroup"[],
    "status" "OrganizationStatus" NOT NULL DEFAULT 'UNKNOWN',
    "foundedYear" INTEGER,
    "languages" TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrganizationTranslation" (
    "organizationId" UUID NOT NULL,
    "locale" TEXT NOT NULL,
    "name" TEXT,
    "description" TEXT,
    "city" TEXT,

    CONSTRAINT "OrganizationTranslation_pkey" PRIMARY KEY ("organizationId","locale")
);

-- CreateTable
CREATE TABLE "OrganizationDiaspora" (
    "organizationId" UUID NOT NULL,
    "diasporaId" UUID NOT NULL,

    CONSTRAINT "OrganizationDiaspora_pkey" PRIMARY KEY ("organizationId","diasporaId")
);

-- CreateTable
CREATE TABLE "OrganizationCountry" (
    "organizationId" UUID NOT NULL,
    "countryCode" CHAR(2) NOT NULL,

    CONSTRAINT "OrganizationCountry_pkey" PRIMARY KEY ("organizationId","countryCode")
);

-- CreateTable
CREATE TABLE "OrganizationChannel" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "kind" "ChannelKind" NOT NULL,
    "url" TEXT NOT NULL,
    "languages" TEXT[],
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "OrganizationChannel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "type" "EventType" NOT NULL,
    "startDate" DATE,
    "endDate" DATE,
    "datePrecision" "DatePrecision" NOT NULL DEFAULT 'DAY',
    "countryCode" CHAR(2),
    "onlineUrl" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventTranslation" (
    "eventId" UUID NOT NULL,
    "locale" TEXT NOT NULL,
    "title" TEXT,
    "description" TEXT,
    "city" TEXT,
    "recurrence" TEXT,

    CONSTRAINT "EventTranslation_pkey" PRIMARY KEY ("eventId","locale")
);

-- CreateTable
CREATE TABLE "EventOrganizer" (
    "eventId" UUID NOT NULL,
    "organizationId" UUID NOT NULL,

    CONSTRAINT "EventOrganizer_pkey" PRIMARY KEY ("eventId","organizationId")
);

-- CreateTable
CREATE TABLE "EventDiaspora" (
    "eventId" UUID NOT NULL,
    "diasporaId" UUID NOT NULL,

    CONSTRAINT "EventDiaspora_pkey" PRIMARY KEY ("eventId","diasporaId")
);

-- CreateTable
CREATE TABLE "Source" (
    "id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "authors" TEXT,
    "title" TEXT NOT NULL,
    "publication" TEXT,
    "publisher" TEXT,
    "place" TEXT,
    "year" INTEGER,
    "volume" TEXT,
    "issue" TEXT,
    "pages" TEXT,
    "url" TEXT,
    "accessedOn" DATE,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrganizationSource" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "sourceId" UUID NOT NULL,
    "facts" TEXT[],
    "locator" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "OrganizationSource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventSource" (
    "id" UUID NOT NULL,
    "eventId" UUID NOT NULL,
    "sourceId" UUID NOT NULL,
    "facts" TEXT[],
    "locator" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "EventSource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DiasporaSource" (
    "id" UUID NOT NULL,
    "diasporaId" UUID NOT NULL,
    "sourceId" UUID NOT NULL,
    "facts" TEXT[],
    "locator" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "DiasporaSource_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Diaspora_slug_key" ON "Diaspora"("slug");

-- CreateIndex
CREATE INDEX "DiasporaPresence_countryCode_idx" ON "DiasporaPresence"("countryCode");

-- CreateIndex
CREATE UNIQUE INDEX "DiasporaPresence_diasporaId_countryCode_year_key" ON "DiasporaPresence"("diasporaId", "countryCode", "year");

-- CreateIndex
CREATE UNIQUE INDEX "Organization_slug_key" ON "Organization"("slug");

-- CreateIndex
CREATE INDEX "OrganizationDiaspora_diasporaId_idx" ON "OrganizationDiaspora"("diasporaId");

-- CreateIndex
CREATE INDEX "OrganizationCountry_countryCode_idx" ON "OrganizationCountry"("countryCode");

-- CreateIndex
CREATE UNIQUE INDEX "OrganizationChannel_organizationId_url_key" ON "OrganizationChannel"("organizationId", "url");

-- CreateIndex
CREATE UNIQUE INDEX "Event_slug_key" ON "Event"("slug");

-- CreateIndex
CREATE INDEX "Event_startDate_idx" ON "Event"("startDate");

-- CreateIndex
CREATE INDEX "Event_countryCode_idx" ON "Event"("countryCode");

-- CreateIndex
CREATE INDEX "EventOrganizer_organizationId_idx" ON "EventOrganizer"("organizationId");

-- CreateIndex
CREATE INDEX "EventDiaspora_diasporaId_idx" ON "EventDiaspora"("diasporaId");

-- CreateIndex
CREATE UNIQUE INDEX "Source_key_key" ON "Source"("key");

-- CreateIndex
CREATE INDEX "OrganizationSource_organizationId_idx" ON "OrganizationSource"("organizationId");

-- CreateIndex
CREATE INDEX "OrganizationSource_sourceId_idx" ON "OrganizationSource"("sourceId");

-- CreateIndex
CREATE INDEX "EventSource_eventId_idx" ON "EventSource"("eventId");

-- CreateIndex
CREATE INDEX "EventSource_sourceId_idx" ON "EventSource"("sourceId");

-- CreateIndex
CREATE INDEX "DiasporaSource_diasporaId_idx" ON "DiasporaSource"("diasporaId");

-- CreateIndex
CREATE INDEX "DiasporaSource_sourceId_idx" ON "DiasporaSource"("sourceId");

-- AddForeignKey
ALTER TABLE "Diaspora" ADD CONSTRAINT "Diaspora_originCountryCode_fkey" FOREIGN KEY ("originCountryCode") REFERENCES "Country"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DiasporaTranslation" ADD CONSTRAINT "DiasporaTranslation_diasporaId_fkey" FOREIGN KEY ("diasporaId") REFERENCES "Diaspora"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DiasporaPresence" ADD CONSTRAINT "DiasporaPresence_diasporaId_fkey" FOREIGN KEY ("diasporaId") REFERENCES "Diaspora"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DiasporaPresence" ADD CONSTRAINT "DiasporaPresence_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DiasporaPresence" ADD CONSTRAINT "DiasporaPresence_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganizationTranslation" ADD CONSTRAINT "OrganizationTranslation_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganizationDiaspora" ADD CONSTRAINT "OrganizationDiaspora_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganizationDiaspora" ADD CONSTRAINT "OrganizationDiaspora_diasporaId_fkey" FOREIGN KEY ("diasporaId") REFERENCES "Diaspora"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganizationCountry" ADD CONSTRAINT "OrganizationCountry_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganizationCountry" ADD CONSTRAINT "OrganizationCountry_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganizationChannel" ADD CONSTRAINT "OrganizationChannel_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventTranslation" ADD CONSTRAINT "EventTranslation_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventOrganizer" ADD CONSTRAINT "EventOrganizer_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventOrganizer" ADD CONSTRAINT "EventOrganizer_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventDiaspora" ADD CONSTRAINT "EventDiaspora_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventDiaspora" ADD CONSTRAINT "EventDiaspora_diasporaId_fkey" FOREIGN KEY ("diasporaId") REFERENCES "Diaspora"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganizationSource" ADD CONSTRAINT "OrganizationSource_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganizationSource" ADD CONSTRAINT "OrganizationSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventSource" ADD CONSTRAINT "EventSource_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventSource" ADD CONSTRAINT "EventSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DiasporaSource" ADD CONSTRAINT "DiasporaSource_diasporaId_fkey" FOREIGN KEY ("diasporaId") REFERENCES "Diaspora"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DiasporaSource" ADD CONSTRAINT "DiasporaSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
