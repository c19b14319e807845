-- AlterTable
ALTER TABLE "OrganizationTranslation" ADD COLUMN     "altNames" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- Other names are searched as the name is: in the full-text document at weight A and in the Latin skeleton.
CREATE OR REPLACE FUNCTION organization_translation_search() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchVector" := search_document(
    NEW.locale, concat_ws(' ', NEW.name, array_to_string(NEW."altNames", ' ')), NEW.city, NEW.description);
  NEW."searchSkeleton" := concat_ws(' ', search_skeletons(NEW.name),
    (SELECT string_agg(search_skeletons(a), ' ') FROM unnest(NEW."altNames") AS a));
  RETURN NEW;
END
$$;

DROP TRIGGER "OrganizationTranslation_search" ON "OrganizationTranslation";
CREATE TRIGGER "OrganizationTranslation_search" BEFORE INSERT OR UPDATE OF locale, name, city, description, "altNames"
  ON "OrganizationTranslation" FOR EACH ROW EXECUTE FUNCTION organization_translation_search();
