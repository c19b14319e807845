-- CreateTable
CREATE TABLE "SearchWord" (
    "word" TEXT NOT NULL,

    CONSTRAINT "SearchWord_pkey" PRIMARY KEY ("word")
);

-- CreateIndex
CREATE INDEX "SearchWord_word_idx" ON "SearchWord" USING GIN ("word" gin_trgm_ops);

-- Written by hand (Prisma cannot express these): the words of a skeleton, the translations' index on them, the
-- statement triggers that keep the vocabulary, and the vocabulary of the rows already stored.
CREATE OR REPLACE FUNCTION search_words(skeleton text) RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT coalesce(array_remove(string_to_array(skeleton, ' '), ''), '{}'::text[]) $$;

CREATE INDEX "OrganizationTranslation_searchWords_idx" ON "OrganizationTranslation" USING GIN (search_words("searchSkeleton"));
CREATE INDEX "EventTranslation_searchWords_idx" ON "EventTranslation" USING GIN (search_words("searchSkeleton"));
CREATE INDEX "DiasporaTranslation_searchWords_idx" ON "DiasporaTranslation" USING GIN (search_words("searchSkeleton"));

-- Once per statement, so a bulk load (COPY of a million rows) adds its words in one insert.
CREATE OR REPLACE FUNCTION search_words_collect() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
BEGIN
  INSERT INTO "SearchWord" (word)
    SELECT DISTINCT w FROM changed, unnest(search_words(changed."searchSkeleton")) AS w
    ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;

CREATE TRIGGER "OrganizationTranslation_search_words_insert" AFTER INSERT ON "OrganizationTranslation"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION search_words_collect();
CREATE TRIGGER "OrganizationTranslation_search_words_update" AFTER UPDATE ON "OrganizationTranslation"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION search_words_collect();
CREATE TRIGGER "EventTranslation_search_words_insert" AFTER INSERT ON "EventTranslation"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION search_words_collect();
CREATE TRIGGER "EventTranslation_search_words_update" AFTER UPDATE ON "EventTranslation"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION search_words_collect();
CREATE TRIGGER "DiasporaTranslation_search_words_insert" AFTER INSERT ON "DiasporaTranslation"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION search_words_collect();
CREATE TRIGGER "DiasporaTranslation_search_words_update" AFTER UPDATE ON "DiasporaTranslation"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION search_words_collect();

INSERT INTO "SearchWord" (word)
  SELECT DISTINCT w FROM (
    SELECT "searchSkeleton" AS s FROM "OrganizationTranslation"
    UNION ALL SELECT "searchSkeleton" FROM "EventTranslation"
    UNION ALL SELECT "searchSkeleton" FROM "DiasporaTranslation"
  ) rows, unnest(search_words(rows.s)) AS w
  ON CONFLICT DO NOTHING;
