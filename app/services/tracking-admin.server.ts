// The tracking page as the merchant manages it: settings and the lookups it
// answered (tickets saved). Its shipments at risk: shipment-risks.server.ts.
import type { Database } from "../db.server";
import type { AdminGraphqlClient } from "../admin-api.server";
import { findTrackingSettings, lookupsBetween, saveTrackingSettings } from "../data/tracking.server";
import { dayInTimeZone } from "../domain/time/days";
import { deflection, type TrackingSettingsForm } from "../domain/tracking/settings";
import { DEFAULT_STALLED_AFTER_DAYS } from "../domain/tracking/shipment-risk";
import { TRACK_PATH, TRACK_PROXY_PATH, trackLinkOf } from "../domain/tracking/track-link";
import { findTrackRedirect } from "../data/shops.server";
import { shopSettings } from "./shop-settings.server";

const DAY_MS = 24 * 60 * 60 * 1000;

export async function trackingOverview(input: { db: Database; admin: AdminGraphqlClient; shop: string; now: Date }) {
  const settings = await shopSettings(input.db, input.admin, input.shop);
  const stored = await findTrackingSettings(input.db, input.shop);
  const costPerTicketMinor = stored?.costPerTicketMinor ?? 500n;
  const stalledAfterDays = stored?.stalledAfterDays ?? DEFAULT_STALLED_AFTER_DAYS;
  const to = dayInTimeZone(input.now, settings.ianaTimezone);
  const from = dayInTimeZone(new Date(input.now.getTime() - 29 * DAY_MS), settings.ianaTimezone);
  const [days, redirect] = await Promise.all([lookupsBetween(input.db, input.shop, from, to), findTrackRedirect(input.db, input.shop)]);
  return {
    timeZone: settings.ianaTimezone,
    trackLink: {
      ...trackLinkOf(redirect?.trackRedirectTarget ?? null),
      checkedAt: redirect?.trackRedirectCheckedAt ?? null,
      // The shop's myshopify.com address: Shopify sends it on to the primary domain.
      url: `https://${input.shop}${TRACK_PATH}`,
      proxyUrl: `https://${input.shop}${TRACK_PROXY_PATH}`,
    },
    currencyCode: settings.currencyCode,
    settings: stored,
    costPerTicketMinor,
    stalledAfterDays,
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
    stalledAfterDays: form.stalledAfterDays,
  });
}
