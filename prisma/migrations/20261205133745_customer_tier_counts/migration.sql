-- CreateTable
CREATE TABLE "CustomerTierCount" (
    "shop" TEXT NOT NULL,
    "ruleId" TEXT NOT NULL,
    "tierName" TEXT NOT NULL,
    "members" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "CustomerTierCount_pkey" PRIMARY KEY ("shop","ruleId","tierName")
);


-- Kept by PostgreSQL in the statement that writes CustomerTier, whatever
-- writes it (evaluation, backfill, redaction, uninstall): one aggregated
-- upsert per statement, from its transition tables, in key order so two
-- transactions never wait on each other crosswise (decision 042).
CREATE FUNCTION "CustomerTierCount_keep"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "CustomerTierCount" AS "c" ("shop", "ruleId", "tierName", "members")
    SELECT "shop", "ruleId", "tierName", COUNT(*) FROM "new_rows"
     WHERE "ruleId" IS NOT NULL AND "tierName" IS NOT NULL GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT ("shop", "ruleId", "tierName") DO UPDATE SET "members" = "c"."members" + "excluded"."members";
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO "CustomerTierCount" AS "c" ("shop", "ruleId", "tierName", "members")
    SELECT "shop", "ruleId", "tierName", -COUNT(*) FROM "old_rows"
     WHERE "ruleId" IS NOT NULL AND "tierName" IS NOT NULL GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT ("shop", "ruleId", "tierName") DO UPDATE SET "members" = "c"."members" + "excluded"."members";
  ELSE
    INSERT INTO "CustomerTierCount" AS "c" ("shop", "ruleId", "tierName", "members")
    SELECT "shop", "ruleId", "tierName", SUM("change") FROM (
      SELECT "shop", "ruleId", "tierName", 1 AS "change" FROM "new_rows"
      UNION ALL
      SELECT "shop", "ruleId", "tierName", -1 AS "change" FROM "old_rows"
    ) AS "changes"
     WHERE "ruleId" IS NOT NULL AND "tierName" IS NOT NULL GROUP BY 1, 2, 3 HAVING SUM("change") <> 0 ORDER BY 1, 2, 3
    ON CONFLICT ("shop", "ruleId", "tierName") DO UPDATE SET "members" = "c"."members" + "excluded"."members";
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "CustomerTierCount_insert" AFTER INSERT ON "CustomerTier"
  REFERENCING NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "CustomerTierCount_keep"();
CREATE TRIGGER "CustomerTierCount_update" AFTER UPDATE ON "CustomerTier"
  REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "CustomerTierCount_keep"();
CREATE TRIGGER "CustomerTierCount_delete" AFTER DELETE ON "CustomerTier"
  REFERENCING OLD TABLE AS "old_rows" FOR EACH STATEMENT EXECUTE FUNCTION "CustomerTierCount_keep"();

-- The counts of the customers already kept.
INSERT INTO "CustomerTierCount" ("shop", "ruleId", "tierName", "members")
SELECT "shop", "ruleId", "tierName", COUNT(*) FROM "CustomerTier"
 WHERE "ruleId" IS NOT NULL AND "tierName" IS NOT NULL GROUP BY 1, 2, 3;
