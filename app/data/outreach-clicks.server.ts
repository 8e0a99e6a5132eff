// Clicks on the links of Concierge's emails, as outreach attribution reads
// them: the customer's last click within the window before each order
// (by Shopify customer, or by the address the email went to), with the agent
// who signs that email (decision 026).
import type { DatabaseClient } from "../db.server";
import type { ClickCredit } from "../domain/agents/attribution";
import { orderWindows, type OrderCustomer } from "./support-touches.server";
import { Sql } from "./sql.server";

export async function lastClicksBefore(
  db: DatabaseClient,
  shop: string,
  orders: readonly OrderCustomer[],
  windowDays: number,
): Promise<Map<string, ClickCredit>> {
  const result = new Map<string, ClickCredit>();
  const rows = orderWindows(orders, windowDays);
  if (rows === null) return result;
  const found = await new Sql(`SELECT o."orderId", c."messageId", c."clickedAt", m."agentId"
    FROM (SELECT `)
    .value(shop)
    .text(`::text AS shop) s CROSS JOIN jsonb_to_recordset(`)
    .value(rows)
    .text(`::jsonb) AS o("orderId" text, "customerId" text, "email" text, "fromAt" timestamptz, "toAt" timestamptz)
    JOIN LATERAL (SELECT t."messageId", t."clickedAt" FROM (
        SELECT "id", "messageId", "clickedAt" FROM "OutreachClick" WHERE "shop" = s.shop AND o."customerId" IS NOT NULL AND "customerId" = o."customerId" AND "clickedAt" >= o."fromAt" AND "clickedAt" <= o."toAt"
        UNION ALL
        SELECT "id", "messageId", "clickedAt" FROM "OutreachClick" WHERE "shop" = s.shop AND o."email" IS NOT NULL AND "email" = o."email" AND "clickedAt" >= o."fromAt" AND "clickedAt" <= o."toAt"
      ) t ORDER BY t."clickedAt" DESC, t."id" DESC LIMIT 1) c ON true
    JOIN "OutreachMessage" m ON m."shop" = s.shop AND m."id" = c."messageId"`)
    .run<{ orderId: string; messageId: string; clickedAt: Date; agentId: string | null }>(db);
  for (const row of found) result.set(row.orderId, { messageId: row.messageId, agentId: row.agentId, clickedAt: new Date(row.clickedAt) });
  return result;
}
