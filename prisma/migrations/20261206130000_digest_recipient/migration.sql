-- Digests queued before they named their recipient (data without "userId") were sent with a
-- one-click unsubscribe link naming the user "undefined", which failed when followed. Fill in the
-- account they go to: the old code addressed them to that account's e-mail, which is unique and
-- stored lower-case, as the recipient is, so the match is exact. Sent messages are left as they
-- are; one whose address no longer belongs to an account stays without and goes without the link
-- (api/src/mail/deliver.ts).
UPDATE "OutboxMessage" AS m
SET "data" = jsonb_set(m."data", '{userId}', to_jsonb(u."id"::text)), "updatedAt" = CURRENT_TIMESTAMP
FROM "User" AS u
WHERE m."kind" = 'notification.digest'
  AND m."channel" = 'EMAIL'
  AND m."status" <> 'SENT'
  AND m."data" ->> 'userId' IS NULL
  AND u."email" = m."recipient";
