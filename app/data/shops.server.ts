// The shop row and the shop-wide deletions. Every function takes the shop.
import { inTransaction, type Database, type DatabaseClient } from "../db.server";

/** Returns when the app was uninstalled from the shop, if it was (a reinstall), before this install. */
export async function recordInstallation(db: DatabaseClient, input: { shop: string; scopes: string | null }) {
  const before = await db.shop.findUnique({ where: { shop: input.shop }, select: { uninstalledAt: true } });
  await db.shop.upsert({
    where: { shop: input.shop },
    create: { shop: input.shop, scopes: input.scopes },
    update: { scopes: input.scopes, uninstalledAt: null },
  });
  return { uninstalledAt: before?.uninstalledAt ?? null };
}

/** The shop's currency and time zone, as the Admin API last reported them. */
export async function rememberShopSettings(db: Database, shop: string, settings: { currencyCode: string; ianaTimezone: string }) {
  const data = { currencyCode: settings.currencyCode, ianaTimezone: settings.ianaTimezone };
  await db.shop.upsert({ where: { shop }, create: { shop, ...data }, update: data });
}

/** Where /track leads, as the install's setup found it (null: no redirect there). */
export async function rememberTrackRedirect(db: DatabaseClient, shop: string, target: string | null, at: Date) {
  await db.shop.updateMany({ where: { shop }, data: { trackRedirectTarget: target, trackRedirectCheckedAt: at } });
}

export async function findTrackRedirect(db: DatabaseClient, shop: string) {
  return db.shop.findUnique({ where: { shop }, select: { trackRedirectTarget: true, trackRedirectCheckedAt: true } });
}

export async function findShopSettings(db: DatabaseClient, shop: string) {
  return db.shop.findUnique({ where: { shop }, select: { currencyCode: true, ianaTimezone: true } });
}

export async function updateShopScopes(db: DatabaseClient, shop: string, scopes: string[]) {
  const scope = scopes.join(",");
  await inTransaction(db, async (tx) => {
    await tx.session.updateMany({ where: { shop }, data: { scope } });
    await tx.shop.updateMany({ where: { shop }, data: { scopes: scope } });
  });
}

/**
 * app/uninstalled: the shop's access tokens are dead, so its sessions go.
 * Its data stays until shop/redact (48 hours later), in case the merchant
 * reinstalls.
 */
export async function markUninstalled(db: DatabaseClient, shop: string, at: Date) {
  await inTransaction(db, async (tx) => {
    await tx.session.deleteMany({ where: { shop } });
    await tx.shop.updateMany({ where: { shop }, data: { uninstalledAt: at } });
  });
}

/**
 * shop/redact: everything Concierge holds for the shop goes. The webhook
 * ledger goes last, in the same transaction, so a retry after a failure
 * finds nothing half-deleted. Add every new shop-scoped model here; the
 * compliance test fails if one is left behind.
 */
export async function deleteAllShopData(db: DatabaseClient, shop: string) {
  await inTransaction(db, async (tx) => {
    await tx.customerDataRequest.deleteMany({ where: { shop } });
    await tx.rateLimitBucket.deleteMany({ where: { shop } });
    await tx.adminApiBucket.deleteMany({ where: { shop } });
    await tx.vipRule.deleteMany({ where: { shop } });
    await tx.customerTier.deleteMany({ where: { shop } });
    await tx.tierChange.deleteMany({ where: { shop } });
    await tx.vipBackfill.deleteMany({ where: { shop } });
    await tx.agent.deleteMany({ where: { shop } });
    await tx.agentCode.deleteMany({ where: { shop } });
    await tx.attribution.deleteMany({ where: { shop } });
    await tx.attributionMonthly.deleteMany({ where: { shop } });
    await tx.chatEventDaily.deleteMany({ where: { shop } });
    await tx.trackingSettings.deleteMany({ where: { shop } });
    await tx.trackingLookupDaily.deleteMany({ where: { shop } });
    await tx.trackingSnapshot.deleteMany({ where: { shop } });
    await tx.shipmentRisk.deleteMany({ where: { shop } });
    await tx.shipment.deleteMany({ where: { shop } });
    await tx.outreachClick.deleteMany({ where: { shop } });
    await tx.outreachMessage.deleteMany({ where: { shop } });
    await tx.emailSettings.deleteMany({ where: { shop } });
    await tx.outreachChoices.deleteMany({ where: { shop } });
    await tx.exchangeOffer.deleteMany({ where: { shop } });
    await tx.exchangeOutcome.deleteMany({ where: { shop } });
    await tx.profitSettings.deleteMany({ where: { shop } });
    await tx.supportCost.deleteMany({ where: { shop } });
    await tx.supportCampaign.deleteMany({ where: { shop } });
    await tx.orderDaily.deleteMany({ where: { shop } });
    await tx.delightSpendMonthly.deleteMany({ where: { shop } });
    await tx.orderRefund.deleteMany({ where: { shop } });
    await tx.order.deleteMany({ where: { shop } });
    await tx.customer.deleteMany({ where: { shop } });
    await tx.session.deleteMany({ where: { shop } });
    await tx.shop.deleteMany({ where: { shop } });
    await tx.storeImport.deleteMany({ where: { shop } });
    await tx.failedJob.deleteMany({ where: { shop } });
    await tx.webhookEvent.deleteMany({ where: { shop } });
    await tx.supportTouch.deleteMany({ where: { shop } });
    await tx.helpdeskSettings.deleteMany({ where: { shop } });
    await tx.instantRefund.deleteMany({ where: { shop } });
    await tx.instantRefundSettings.deleteMany({ where: { shop } });
  });
}

/** The app is installed on the shop now (not merely once). */
export async function isInstalled(db: DatabaseClient, shop: string): Promise<boolean> {
  const row = await db.shop.findUnique({ where: { shop }, select: { uninstalledAt: true } });
  return row !== null && row.uninstalledAt === null;
}
