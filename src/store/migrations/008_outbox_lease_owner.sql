-- Which process holds a row's lease (src/bot/lease-owner.ts): at start, a lease held by a
-- process that is gone is released at once instead of after it runs out.
ALTER TABLE outbox ADD COLUMN claimed_by TEXT;
