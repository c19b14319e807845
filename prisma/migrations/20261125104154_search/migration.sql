-- Search (docs/decisions/0005-search.md): full-text documents and Latin name skeletons on the translation
-- tables, kept by triggers so that every writer (seed, curator forms, bulk imports) stays correct.

-- pg_trgm for typo and transliteration matching, unaccent for accent-insensitive full-text search.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- AlterTable
ALTER TABLE "DiasporaTranslation" ADD COLUMN     "searchSkeleton" TEXT,
ADD COLUMN     "searchVector" tsvector;

-- AlterTable
ALTER TABLE "EventTranslation" ADD COLUMN     "searchSkeleton" TEXT,
ADD COLUMN     "searchVector" tsvector;

-- AlterTable
ALTER TABLE "OrganizationTranslation" ADD COLUMN     "searchSkeleton" TEXT,
ADD COLUMN     "searchVector" tsvector;

-- CreateIndex
CREATE INDEX "DiasporaTranslation_searchVector_idx" ON "DiasporaTranslation" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "DiasporaTranslation_searchSkeleton_idx" ON "DiasporaTranslation" USING GIN ("searchSkeleton" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "EventTranslation_searchVector_idx" ON "EventTranslation" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "EventTranslation_searchSkeleton_idx" ON "EventTranslation" USING GIN ("searchSkeleton" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "OrganizationTranslation_searchVector_idx" ON "OrganizationTranslation" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "OrganizationTranslation_searchSkeleton_idx" ON "OrganizationTranslation" USING GIN ("searchSkeleton" gin_trgm_ops);

-- Prisma cannot express what follows: functions, triggers, an expression index.

-- The text-search configuration for a content locale: Russian and English are stemmed, every other
-- language is matched word for word.
CREATE OR REPLACE FUNCTION search_config(locale text) RETURNS regconfig
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE split_part(lower(locale), '-', 1)
    WHEN 'ru' THEN 'pg_catalog.russian'::regconfig
    WHEN 'en' THEN 'pg_catalog.english'::regconfig
    ELSE 'pg_catalog.simple'::regconfig
  END
$$;

-- The Latin skeleton of a text, by the same rules as searchSkeleton() in lib/search/normalize.ts.
CREATE OR REPLACE FUNCTION search_skeleton(value text) RETURNS text
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
  s text := translate(lower(normalize(coalesce(value, ''), NFC)), '''’‘ʼʻ`´ъь', '');
BEGIN
  -- Letters that become several (before diacritics are stripped).
  s := replace(s, 'ş', 'sh');
  s := replace(s, 'ș', 'sh');
  s := replace(s, 'ç', 'ch');
  s := replace(s, 'ţ', 'ts');
  s := replace(s, 'ț', 'ts');
  s := replace(s, 'ß', 'ss');
  s := replace(s, 'æ', 'ae');
  s := replace(s, 'œ', 'oe');
  s := replace(s, 'дж', 'j');
  s := replace(s, 'җ', 'j');
  s := replace(s, 'ж', 'zh');
  s := replace(s, 'х', 'h');
  s := replace(s, 'ц', 'ts');
  s := replace(s, 'ч', 'ch');
  s := replace(s, 'ш', 'sh');
  s := replace(s, 'щ', 'sh');
  s := replace(s, 'ю', 'iu');
  s := replace(s, 'я', 'ia');
  -- One letter for one letter.
  s := translate(s, 'абвгдеёзийклмнопрстуфыэіїєґўәғқңөұүһıəğłøđ', 'abvgdeeziiklmnoprstufieiieguagknouuhieglod');
  -- Remaining diacritics.
  s := regexp_replace(normalize(s, NFD), '[\u0300-\u036f]', '', 'g');
  -- Latin spellings of the same sound.
  s := replace(s, 'shch', 'sh');
  s := replace(s, 'dzh', 'j');
  s := replace(s, 'dj', 'j');
  s := replace(s, 'kh', 'h');
  s := replace(s, 'ck', 'k');
  s := regexp_replace(s, 'c(?!h)', 'ts', 'g');
  s := translate(s, 'xyq', 'hik');
  -- Words separated by single spaces, doubled letters collapsed.
  s := regexp_replace(s, '[^[:alnum:]]+', ' ', 'g');
  s := regexp_replace(s, '(.)\1+', '\1', 'g');
  RETURN btrim(s);
END
$$;

-- What the searchSkeleton columns hold: the skeleton, and for a text with Azerbaijani ə a second one reading
-- ə as a (Azərbaycan is Азербайджан but Vətən is Ватан), as searchSkeletons() in lib/search/normalize.ts.
CREATE OR REPLACE FUNCTION search_skeletons(value text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE
    WHEN value ~ '[əƏ]' AND search_skeleton(translate(value, 'əƏ', 'aa')) <> search_skeleton(value)
      THEN search_skeleton(value) || ' ' || search_skeleton(translate(value, 'əƏ', 'aa'))
    ELSE search_skeleton(value)
  END
$$;

-- A translation row's full-text document: title or name (weight A) above city (C) above description (D).
CREATE OR REPLACE FUNCTION search_document(locale text, title text, city text, description text) RETURNS tsvector
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT setweight(to_tsvector(search_config(locale), unaccent(coalesce(title, ''))), 'A')
      || setweight(to_tsvector(search_config(locale), unaccent(coalesce(city, ''))), 'C')
      || setweight(to_tsvector(search_config(locale), unaccent(coalesce(description, ''))), 'D')
$$;

CREATE OR REPLACE FUNCTION organization_translation_search() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchVector" := search_document(NEW.locale, NEW.name, NEW.city, NEW.description);
  NEW."searchSkeleton" := search_skeletons(NEW.name);
  RETURN NEW;
END
$$;

CREATE OR REPLACE FUNCTION event_translation_search() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchVector" := search_document(NEW.locale, NEW.title, NEW.city, NEW.description);
  NEW."searchSkeleton" := search_skeletons(NEW.title);
  RETURN NEW;
END
$$;

CREATE OR REPLACE FUNCTION diaspora_translation_search() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchVector" := search_document(NEW.locale, NEW.name, NULL, NEW.description);
  NEW."searchSkeleton" := search_skeletons(NEW.name);
  RETURN NEW;
END
$$;

CREATE TRIGGER "OrganizationTranslation_search" BEFORE INSERT OR UPDATE OF locale, name, city, description
  ON "OrganizationTranslation" FOR EACH ROW EXECUTE FUNCTION organization_translation_search();
CREATE TRIGGER "EventTranslation_search" BEFORE INSERT OR UPDATE OF locale, title, city, description
  ON "EventTranslation" FOR EACH ROW EXECUTE FUNCTION event_translation_search();
CREATE TRIGGER "DiasporaTranslation_search" BEFORE INSERT OR UPDATE OF locale, name, description
  ON "DiasporaTranslation" FOR EACH ROW EXECUTE FUNCTION diaspora_translation_search();

-- Acronyms (AMOR, RASA, also typed in Cyrillic) are matched whole, through their skeleton.
CREATE INDEX "Organization_acronym_skeleton_idx" ON "Organization" (search_skeleton(acronym)) WHERE acronym IS NOT NULL;

-- Rows written before this migration.
UPDATE "OrganizationTranslation" SET locale = locale;
UPDATE "EventTranslation" SET locale = locale;
UPDATE "DiasporaTranslation" SET locale = locale;
