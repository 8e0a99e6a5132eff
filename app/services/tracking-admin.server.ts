// The tracking page as the merchant manages it: settings, the lookups it
// answered (tickets saved), and the shipments at risk that agents should
// get ahead of.
import type { Database } from "../db.server";
import { adminQuery, type AdminGraphqlClient } from "../admin-api.server";
import { findTrackingSettings, lookupsBetween, saveTrackingSettings } from "../data/tracking.server";
import { numericId } from "../domain/shopify-ids";
import { dayInTimeZone } from "../domain/time/days";
import { deflection, type TrackingSettingsForm } from "../domain/tracking/settings";
import { buildTrackingView } from "../domain/tracking/timeline";
import { RecentShipmentsQuery, type RecentShipments } from "../graphql/shipments-at-risk";
import { shopSettings } from "./shop-settings.server";

const DAY_MS = 24 * 60 * 60 * 1000;

export interface AtRiskShipment {
  orderId: string;
  orderName: string;
  customerName: string | null;
  email: string | null;
  phone: string | null;
  reasons: { kind: string; since: string | null }[];
  carrier: string | null;
  trackingNumber: string | null;
  trackingUrl: string | null;
}

/**
 * Orders of the last `days` days with a package delayed, failed, attempted or
 * late, newest first, at most `maxPages` × 50 orders: three Admin API calls a
 * page view, within Shopify's cost budget. (A store shipping more than that
 * in two weeks needs the list kept from fulfillment webhooks instead.)
 */
export async function shipmentsAtRisk(admin: AdminGraphqlClient, now: Date, days = 14, maxPages = 3): Promise<AtRiskShipment[]> {
  const since = new Date(now.getTime() - days * DAY_MS).toISOString().slice(0, 10);
  const query = `(fulfillment_status:shipped OR fulfillment_status:partial) created_at:>=${since}`;
  const atRisk: AtRiskShipment[] = [];
  let after: string | null = null;
  for (let page = 0; page < maxPages; page++) {
    const { orders }: RecentShipments = await adminQuery(admin, RecentShipmentsQuery, { query, after });
    for (const order of orders.nodes) {
      const view = buildTrackingView(
        {
          name: order.name,
          createdAt: order.createdAt,
          processedAt: order.processedAt,
          cancelledAt: order.cancelledAt,
          cancelReason: null,
          confirmed: order.confirmed,
          displayFinancialStatus: order.displayFinancialStatus,
          displayFulfillmentStatus: order.displayFulfillmentStatus,
          totalPrice: order.totalPriceSet.presentmentMoney,
          refunds: [],
          fulfillmentOrders: [],
          fulfillments: order.fulfillments.map((fulfillment) => ({
            ...fulfillment,
            events: [...fulfillment.events.nodes].reverse(),
            fulfillmentLineItems: [],
          })),
        },
        { now },
      );
      if (!view.atRisk) continue;
      const first = order.fulfillments.find((fulfillment) => fulfillment.id === view.atRiskReasons[0]?.fulfillmentId);
      atRisk.push({
        orderId: numericId(order.id),
        orderName: order.name,
        customerName: order.customer?.displayName ?? null,
        email: order.email,
        phone: order.phone,
        reasons: view.atRiskReasons.map((reason) => ({ kind: reason.kind, since: reason.since?.toISOString() ?? null })),
        carrier: first?.trackingInfo[0]?.company ?? null,
        trackingNumber: first?.trackingInfo[0]?.number ?? null,
        trackingUrl: first?.trackingInfo[0]?.url ?? null,
      });
    }
    if (!orders.pageInfo.hasNextPage) break;
    after = orders.pageInfo.endCursor;
  }
  return atRisk;
}

export async function trackingOverview(input: { db: Database; admin: AdminGraphqlClient; shop: string; now: Date }) {
  const settings = await shopSettings(input.db, input.admin, input.shop);
  const stored = await findTrackingSettings(input.db, input.shop);
  const costPerTicketMinor = stored?.costPerTicketMinor ?? 500n;
  const to = dayInTimeZone(input.now, settings.ianaTimezone);
  const from = dayInTimeZone(new Date(input.now.getTime() - 29 * DAY_MS), settings.ianaTimezone);
  const days = await lookupsBetween(input.db, input.shop, from, to);
  return {
    currencyCode: settings.currencyCode,
    settings: stored,
    costPerTicketMinor,
    days,
    deflection: deflection(days, costPerTicketMinor),
    misses: days.reduce((sum, day) => sum + day.misses, 0),
  };
}

export async function updateTrackingSettings(db: Database, shop: string, form: TrackingSettingsForm) {
  await saveTrackingSettings(db, shop, {
    headline: form.headline ?? null,
    logoUrl: form.logoUrl ?? null,
    primaryColor: form.primaryColor ?? null,
    accentColor: form.accentColor ?? null,
    supportEmail: form.supportEmail ?? null,
    supportPhone: form.supportPhone ?? null,
    supportWhatsApp: form.supportWhatsApp ?? null,
    faqLinks: form.faqLinks,
    pinnedCollection: form.pinnedCollection ?? null,
    costPerTicketMinor: form.costPerTicket.minor,
  });
}
