-- The ministry map's response cache (api/src/domain/map-cache.ts) is valid while this row's
-- version is unchanged. Every table the map's figures read sets it, in the writing transaction,
-- so no write path (API, seed, scripts, hand-written SQL) can forget it. The version is the
-- writing transaction's id, never reused, so a reset database (its rows truncated) cannot bring
-- back a version an old cache entry holds; without the row the cache is not used.
CREATE TABLE "CacheVersion" (
    "name" TEXT NOT NULL,
    "version" BIGINT NOT NULL,

    CONSTRAINT "CacheVersion_pkey" PRIMARY KEY ("name")
);

INSERT INTO "CacheVersion" ("name", "version") VALUES ('ministry-map', txid_current());

-- Once per transaction: later rows of the same transaction change nothing more. Run at commit
-- (deferred constraint triggers), so the counter's row lock is the last lock a writer takes and
-- is held only while it commits: writers queue briefly there but cannot deadlock on it. A
-- transaction that rolls back leaves the version as it was.
CREATE FUNCTION "bumpMinistryMapVersion"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('naboskab.ministry_map_bumped', true) IS DISTINCT FROM txid_current()::text THEN
    PERFORM set_config('naboskab.ministry_map_bumped', txid_current()::text, true);
    INSERT INTO "CacheVersion" ("name", "version") VALUES ('ministry-map', txid_current())
      ON CONFLICT ("name") DO UPDATE SET "version" = EXCLUDED."version";
  END IF;
  RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER "Partnership_ministryMapChanged" AFTER INSERT OR UPDATE OR DELETE ON "Partnership"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bumpMinistryMapVersion"();
CREATE TRIGGER "Partnership_ministryMapTruncated" AFTER TRUNCATE ON "Partnership"
  FOR EACH STATEMENT EXECUTE FUNCTION "bumpMinistryMapVersion"();

CREATE CONSTRAINT TRIGGER "Grant_ministryMapChanged" AFTER INSERT OR UPDATE OR DELETE ON "Grant"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bumpMinistryMapVersion"();
CREATE TRIGGER "Grant_ministryMapTruncated" AFTER TRUNCATE ON "Grant"
  FOR EACH STATEMENT EXECUTE FUNCTION "bumpMinistryMapVersion"();

CREATE CONSTRAINT TRIGGER "FundingRound_ministryMapChanged" AFTER INSERT OR UPDATE OR DELETE ON "FundingRound"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bumpMinistryMapVersion"();
CREATE TRIGGER "FundingRound_ministryMapTruncated" AFTER TRUNCATE ON "FundingRound"
  FOR EACH STATEMENT EXECUTE FUNCTION "bumpMinistryMapVersion"();

CREATE CONSTRAINT TRIGGER "FundingPool_ministryMapChanged" AFTER INSERT OR UPDATE OR DELETE ON "FundingPool"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bumpMinistryMapVersion"();
CREATE TRIGGER "FundingPool_ministryMapTruncated" AFTER TRUNCATE ON "FundingPool"
  FOR EACH STATEMENT EXECUTE FUNCTION "bumpMinistryMapVersion"();

CREATE CONSTRAINT TRIGGER "PartnershipArea_ministryMapChanged" AFTER INSERT OR UPDATE OR DELETE ON "PartnershipArea"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bumpMinistryMapVersion"();
CREATE TRIGGER "PartnershipArea_ministryMapTruncated" AFTER TRUNCATE ON "PartnershipArea"
  FOR EACH STATEMENT EXECUTE FUNCTION "bumpMinistryMapVersion"();

CREATE CONSTRAINT TRIGGER "Area_ministryMapChanged" AFTER INSERT OR UPDATE OR DELETE ON "Area"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bumpMinistryMapVersion"();
CREATE TRIGGER "Area_ministryMapTruncated" AFTER TRUNCATE ON "Area"
  FOR EACH STATEMENT EXECUTE FUNCTION "bumpMinistryMapVersion"();

CREATE CONSTRAINT TRIGGER "Municipality_ministryMapChanged" AFTER INSERT OR UPDATE OR DELETE ON "Municipality"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bumpMinistryMapVersion"();
CREATE TRIGGER "Municipality_ministryMapTruncated" AFTER TRUNCATE ON "Municipality"
  FOR EACH STATEMENT EXECUTE FUNCTION "bumpMinistryMapVersion"();

CREATE CONSTRAINT TRIGGER "Region_ministryMapChanged" AFTER INSERT OR UPDATE OR DELETE ON "Region"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bumpMinistryMapVersion"();
CREATE TRIGGER "Region_ministryMapTruncated" AFTER TRUNCATE ON "Region"
  FOR EACH STATEMENT EXECUTE FUNCTION "bumpMinistryMapVersion"();

CREATE CONSTRAINT TRIGGER "PartnershipMember_ministryMapChanged" AFTER INSERT OR UPDATE OR DELETE ON "PartnershipMember"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bumpMinistryMapVersion"();
CREATE TRIGGER "PartnershipMember_ministryMapTruncated" AFTER TRUNCATE ON "PartnershipMember"
  FOR EACH STATEMENT EXECUTE FUNCTION "bumpMinistryMapVersion"();

CREATE CONSTRAINT TRIGGER "SignOnFee_ministryMapChanged" AFTER INSERT OR UPDATE OR DELETE ON "SignOnFee"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bumpMinistryMapVersion"();
CREATE TRIGGER "SignOnFee_ministryMapTruncated" AFTER TRUNCATE ON "SignOnFee"
  FOR EACH STATEMENT EXECUTE FUNCTION "bumpMinistryMapVersion"();

CREATE CONSTRAINT TRIGGER "OutcomeReport_ministryMapChanged" AFTER INSERT OR UPDATE OR DELETE ON "OutcomeReport"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bumpMinistryMapVersion"();
CREATE TRIGGER "OutcomeReport_ministryMapTruncated" AFTER TRUNCATE ON "OutcomeReport"
  FOR EACH STATEMENT EXECUTE FUNCTION "bumpMinistryMapVersion"();

CREATE CONSTRAINT TRIGGER "LonelinessCount_ministryMapChanged" AFTER INSERT OR UPDATE OR DELETE ON "LonelinessCount"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bumpMinistryMapVersion"();
CREATE TRIGGER "LonelinessCount_ministryMapTruncated" AFTER TRUNCATE ON "LonelinessCount"
  FOR EACH STATEMENT EXECUTE FUNCTION "bumpMinistryMapVersion"();

CREATE CONSTRAINT TRIGGER "Referral_ministryMapChanged" AFTER INSERT OR UPDATE OR DELETE ON "Referral"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bumpMinistryMapVersion"();
CREATE TRIGGER "Referral_ministryMapTruncated" AFTER TRUNCATE ON "Referral"
  FOR EACH STATEMENT EXECUTE FUNCTION "bumpMinistryMapVersion"();

CREATE CONSTRAINT TRIGGER "Activity_ministryMapChanged" AFTER INSERT OR UPDATE OR DELETE ON "Activity"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bumpMinistryMapVersion"();
CREATE TRIGGER "Activity_ministryMapTruncated" AFTER TRUNCATE ON "Activity"
  FOR EACH STATEMENT EXECUTE FUNCTION "bumpMinistryMapVersion"();

CREATE CONSTRAINT TRIGGER "VolunteerOpportunity_ministryMapChanged" AFTER INSERT OR UPDATE OR DELETE ON "VolunteerOpportunity"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bumpMinistryMapVersion"();
CREATE TRIGGER "VolunteerOpportunity_ministryMapTruncated" AFTER TRUNCATE ON "VolunteerOpportunity"
  FOR EACH STATEMENT EXECUTE FUNCTION "bumpMinistryMapVersion"();

CREATE CONSTRAINT TRIGGER "VolunteerSignUp_ministryMapChanged" AFTER INSERT OR UPDATE OR DELETE ON "VolunteerSignUp"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bumpMinistryMapVersion"();
CREATE TRIGGER "VolunteerSignUp_ministryMapTruncated" AFTER TRUNCATE ON "VolunteerSignUp"
  FOR EACH STATEMENT EXECUTE FUNCTION "bumpMinistryMapVersion"();

CREATE CONSTRAINT TRIGGER "VolunteerHours_ministryMapChanged" AFTER INSERT OR UPDATE OR DELETE ON "VolunteerHours"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bumpMinistryMapVersion"();
CREATE TRIGGER "VolunteerHours_ministryMapTruncated" AFTER TRUNCATE ON "VolunteerHours"
  FOR EACH STATEMENT EXECUTE FUNCTION "bumpMinistryMapVersion"();
