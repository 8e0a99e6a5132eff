// What the home page reads of Concierge's own tables: the setup guide's facts,
// whether the merchant hid the guide, and the counts of what needs attention.
// Every query is by shop; none calls Shopify.
import type { DatabaseClient } from "../db.server";
import type { SetupFacts } from "../domain/home/setup-guide";

export async function setupFacts(db: DatabaseClient, shop: string): Promise<SetupFacts> {
  const [chatBeacon, trackingDay, settings, teamCosts, vipRules, agents] = await Promise.all([
    db.chatEventDaily.findFirst({ where: { shop, count: { gt: 0 } }, select: { day: true } }),
    db.trackingLookupDaily.findFirst({ where: { shop, OR: [{ lookups: { gt: 0 } }, { misses: { gt: 0 } }] }, select: { day: true } }),
    db.profitSettings.findUnique({ where: { shop }, select: { fallbackMarginBps: true } }),
    db.supportCost.count({ where: { shop } }),
    db.vipRule.count({ where: { shop } }),
    db.agent.count({ where: { shop } }),
  ]);
  return {
    chatBeaconSeen: chatBeacon !== null,
    trackingLookupSeen: trackingDay !== null,
    marginEntered: settings?.fallbackMarginBps !== null && settings?.fallbackMarginBps !== undefined,
    teamCostsEntered: teamCosts > 0,
    vipRules,
    agents,
  };
}

export async function setupGuideDismissedAt(db: DatabaseClient, shop: string): Promise<Date | null> {
  const row = await db.shop.findUnique({ where: { shop }, select: { setupGuideDismissedAt: true } });
  return row?.setupGuideDismissedAt ?? null;
}

/** Hides the guide (at) or shows it again (null); false when the shop is unknown. */
export async function setSetupGuideDismissed(db: DatabaseClient, shop: string, at: Date | null): Promise<boolean> {
  const { count } = await db.shop.updateMany({ where: { shop }, data: { setupGuideDismissedAt: at } });
  return count === 1;
}

export interface AttentionCounts {
  failedEvents: number;
  shipmentsAtRisk: number;
  exchangeRequests: number;
}

export async function attentionCounts(db: DatabaseClient, shop: string): Promise<AttentionCounts> {
  const [failedEvents, shipmentsAtRisk, exchangeRequests] = await Promise.all([
    db.failedJob.count({ where: { shop, retriedAt: null } }),
    db.shipmentRisk.count({ where: { shop, resolvedAt: null, handledAt: null } }),
    db.exchangeOutcome.count({ where: { shop, status: "requested" } }),
  ]);
  return { failedEvents, shipmentsAtRisk, exchangeRequests };
}
