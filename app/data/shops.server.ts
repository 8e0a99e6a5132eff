// The shop row and the shop-wide deletions. Every function takes the shop.
import type { Database, DatabaseClient } from "../db.server";

export async function recordInstallation(db: Database, input: { shop: string; scopes: string | null }) {
  await db.shop.upsert({
    where: { shop: input.shop },
    create: { shop: input.shop, scopes: input.scopes },
    update: { scopes: input.scopes, uninstalledAt: null },
  });
}

/** The shop's currency and time zone, as the Admin API last reported them. */
export async function rememberShopSettings(db: Database, shop: string, settings: { currencyCode: string; ianaTimezone: string }) {
  const data = { currencyCode: settings.currencyCode, ianaTimezone: settings.ianaTimezone };
  await db.shop.upsert({ where: { shop }, create: { shop, ...data }, update: data });
}

export async function findShopSettings(db: DatabaseClient, shop: string) {
  return db.shop.findUnique({ where: { shop }, select: { currencyCode: true, ianaTimezone: true } });
}

export async function updateShopScopes(db: Database, shop: string, scopes: string[]) {
  const scope = scopes.join(",");
  await db.$transaction([
    db.session.updateMany({ where: { shop }, data: { scope } }),
    db.shop.updateMany({ where: { shop }, data: { scopes: scope } }),
  ]);
}

/**
 * app/uninstalled: the shop's access tokens are dead, so its sessions go.
 * Its data stays until shop/redact (48 hours later), in case the merchant
 * reinstalls.
 */
export async function markUninstalled(db: Database, shop: string, at: Date) {
  await db.$transaction([
    db.session.deleteMany({ where: { shop } }),
    db.shop.updateMany({ where: { shop }, data: { uninstalledAt: at } }),
  ]);
}

/**
 * shop/redact: everything Concierge holds for the shop goes. The webhook
 * ledger goes last, in the same transaction, so a retry after a failure
 * finds nothing half-deleted. Add every new shop-scoped model here; the
 * compliance test fails if one is left behind.
 */
export async function deleteAllShopData(db: Database, shop: string) {
  await db.$transaction([
    db.customerDataRequest.deleteMany({ where: { shop } }),
    db.rateLimitBucket.deleteMany({ where: { shop } }),
    db.vipRule.deleteMany({ where: { shop } }),
    db.customerTier.deleteMany({ where: { shop } }),
    db.tierChange.deleteMany({ where: { shop } }),
    db.vipBackfill.deleteMany({ where: { shop } }),
    db.agent.deleteMany({ where: { shop } }),
    db.agentCode.deleteMany({ where: { shop } }),
    db.attribution.deleteMany({ where: { shop } }),
    db.attributionMonthly.deleteMany({ where: { shop } }),
    db.chatEventDaily.deleteMany({ where: { shop } }),
    db.trackingSettings.deleteMany({ where: { shop } }),
    db.trackingLookupDaily.deleteMany({ where: { shop } }),
    db.trackingSnapshot.deleteMany({ where: { shop } }),
    db.exchangeOffer.deleteMany({ where: { shop } }),
    db.exchangeOutcome.deleteMany({ where: { shop } }),
    db.profitSettings.deleteMany({ where: { shop } }),
    db.supportCost.deleteMany({ where: { shop } }),
    db.supportCampaign.deleteMany({ where: { shop } }),
    db.orderDaily.deleteMany({ where: { shop } }),
    db.delightSpendMonthly.deleteMany({ where: { shop } }),
    db.orderRefund.deleteMany({ where: { shop } }),
    db.order.deleteMany({ where: { shop } }),
    db.customer.deleteMany({ where: { shop } }),
    db.session.deleteMany({ where: { shop } }),
    db.shop.deleteMany({ where: { shop } }),
    db.webhookEvent.deleteMany({ where: { shop } }),
  ]);
}
