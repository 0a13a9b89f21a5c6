-- The morning sweep of action items due tomorrow or overdue (api/src/notifications/action-item-sweep.ts).
SELECT pgboss.create_queue('notification.action-items', '{"policy":"short","retryLimit":5,"retryDelay":60,"retryBackoff":true,"expireInSeconds":300}');
