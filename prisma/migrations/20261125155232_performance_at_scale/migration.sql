-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "sortName" TEXT;

-- CreateIndex (NULLS LAST added by hand: the lists' ORDER BY "startDate" DESC NULLS LAST)
CREATE INDEX "Event_startDate_desc_idx" ON "Event"("startDate" DESC NULLS LAST);

-- CreateIndex
CREATE INDEX "Event_updatedAt_id_idx" ON "Event"("updatedAt", "id");

-- CreateIndex
CREATE INDEX "Organization_sortName_slug_idx" ON "Organization"("sortName", "slug");

-- CreateIndex
CREATE INDEX "Organization_createdAt_id_idx" ON "Organization"("createdAt", "id");

-- Prisma cannot express what follows: functions, triggers and expression indexes
-- (docs/decisions/0015-performance-at-scale.md).

-- The organization list's name order for Russian pages, and the fallback of every other language's order:
-- lower(Russian name, else English name, else slug), as lib/organizations/list-organizations.ts sorts.
-- Stored so that the list's first pages are read from "Organization_sortName_slug_idx" instead of sorting
-- every organization joined with its translations.
CREATE OR REPLACE FUNCTION organization_sort_name(organization_id uuid, slug text) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT lower(coalesce(
    (SELECT t.name FROM "OrganizationTranslation" t WHERE t."organizationId" = organization_id AND t.locale = 'ru'),
    (SELECT t.name FROM "OrganizationTranslation" t WHERE t."organizationId" = organization_id AND t.locale = 'en'),
    slug))
$$;

-- A new organization has no translations yet (they reference it): its slug until they arrive.
CREATE OR REPLACE FUNCTION organization_sort_name_own() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."sortName" := CASE WHEN TG_OP = 'INSERT' THEN lower(NEW.slug) ELSE organization_sort_name(NEW.id, NEW.slug) END;
  RETURN NEW;
END
$$;

-- Statement-level, over the transition tables, and set-based (hash joins, no per-row lookups): a bulk load
-- (COPY, INSERT … SELECT) updates each organization once per statement.
CREATE OR REPLACE FUNCTION organization_sort_name_refresh(ids uuid[]) RETURNS void
LANGUAGE sql AS $$
  UPDATE "Organization" o SET "sortName" = lower(coalesce(ru.name, en.name, o.slug))
  FROM (SELECT DISTINCT unnest(ids) AS id) c
    LEFT JOIN "OrganizationTranslation" ru ON ru."organizationId" = c.id AND ru.locale = 'ru'
    LEFT JOIN "OrganizationTranslation" en ON en."organizationId" = c.id AND en.locale = 'en'
  WHERE o.id = c.id
$$;

CREATE OR REPLACE FUNCTION organization_sort_name_translations() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM organization_sort_name_refresh(ARRAY(SELECT n."organizationId" FROM new_rows n WHERE n.locale IN ('ru', 'en')));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM organization_sort_name_refresh(ARRAY(SELECT d."organizationId" FROM old_rows d WHERE d.locale IN ('ru', 'en')));
  ELSE
    PERFORM organization_sort_name_refresh(ARRAY(SELECT d."organizationId" FROM old_rows d WHERE d.locale IN ('ru', 'en')
      UNION SELECT n."organizationId" FROM new_rows n WHERE n.locale IN ('ru', 'en')));
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "Organization_sortName" BEFORE INSERT OR UPDATE OF slug
  ON "Organization" FOR EACH ROW EXECUTE FUNCTION organization_sort_name_own();
CREATE TRIGGER "OrganizationTranslation_sortName_insert" AFTER INSERT ON "OrganizationTranslation"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION organization_sort_name_translations();
CREATE TRIGGER "OrganizationTranslation_sortName_update" AFTER UPDATE ON "OrganizationTranslation"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION organization_sort_name_translations();
CREATE TRIGGER "OrganizationTranslation_sortName_delete" AFTER DELETE ON "OrganizationTranslation"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION organization_sort_name_translations();

SELECT organization_sort_name_refresh(ARRAY(SELECT id FROM "Organization"));

-- An event ends on or after its start, and has no end without a start (the curation form's rule, now also the
-- database's): the event lists add conditions that rely on it so that their indexes apply.
ALTER TABLE "Event" ADD CONSTRAINT "Event_period_check" CHECK ("endDate" IS NULL OR ("startDate" IS NOT NULL AND "endDate" >= "startDate"));

-- The last day an event may cover (lib/events/filter-sql.ts PERIOD_END, which must stay identical): upcoming
-- and past lists, and the calendar's previous month with events.
CREATE INDEX "Event_periodEnd_idx" ON "Event" ((CASE "datePrecision"
  WHEN 'YEAR' THEN (date_trunc('year', coalesce("endDate", "startDate")::timestamp) + interval '1 year' - interval '1 day')::date
  WHEN 'MONTH' THEN (date_trunc('month', coalesce("endDate", "startDate")::timestamp) + interval '1 month' - interval '1 day')::date
  ELSE coalesce("endDate", "startDate") END));

-- The event's known period as a range (lib/events/filter-sql.ts period()), dated events only: date-range pages,
-- the calendar and the upcoming list find the events overlapping a day or a range here.
CREATE INDEX "Event_period_idx" ON "Event" USING gist (daterange("startDate", greatest("startDate", (CASE "datePrecision"
  WHEN 'YEAR' THEN (date_trunc('year', coalesce("endDate", "startDate")::timestamp) + interval '1 year' - interval '1 day')::date
  WHEN 'MONTH' THEN (date_trunc('month', coalesce("endDate", "startDate")::timestamp) + interval '1 month' - interval '1 day')::date
  ELSE coalesce("endDate", "startDate") END)), '[]')) WHERE "startDate" IS NOT NULL;
