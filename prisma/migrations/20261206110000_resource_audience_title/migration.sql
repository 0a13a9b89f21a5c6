-- The volunteers' resource search filters on audience and pages by title. Prisma sends the enum as
-- CAST($1::text AS "ResourceAudience"), which PostgreSQL evaluates per row and after the text
-- search, so without an index every search read and matched every resource's description; with
-- it the cast is an index key, evaluated once, and a page stops after its rows.
CREATE INDEX "Resource_audience_title_id_idx" ON "Resource"("audience", "title", "id");
