// The tracking page as the Liquid the app proxy returns: Shopify renders it
// inside the shop's own theme. Every string is given in each language
// Concierge speaks and Liquid picks the shopper's (request.locale), so the
// page follows the storefront's language switcher. Anything that came from
// an order (names, carrier text) is escaped for HTML and for Liquid.
import { TRACKING_LOCALES, formatMessage, type MessageParams, type TrackingMessageKey } from "./messages";
import type { PackageTimeline, TimelineStep, TrackingException, TrackingView, UnfulfilledGroup } from "./timeline-facts";
import type { DeliveredItemOffer } from "../exchange/storefront";
import { renderExchangeOffers, renderUpsell } from "./page-offers";

export interface RecentOrder {
  id: string;
  name: string;
  processedAt: Date;
}

export type TrackingPageState =
  | { kind: "form"; input?: { order: string; contact: string }; fieldErrors?: Record<string, string> }
  | { kind: "not_found"; input: { order: string; contact: string } }
  | { kind: "rate_limited"; retryAfterSeconds: number }
  | { kind: "unavailable" }
  /** `asOf`: Shopify couldn't be asked, this is what it said then. */
  | { kind: "found"; view: TrackingView; asOf?: Date }
  /**
   * An order Shopify no longer shows the app (older than 60 days, without
   * read_all_orders): only what its webhooks said, and that this is all.
   */
  | { kind: "archived"; order: ArchivedOrder };

/** What Concierge stored of an order from its webhooks or the history import. */
export interface ArchivedOrder {
  name: string;
  processedAt: Date;
  status: "cancelled" | "shipped" | "open";
}

export interface TrackingBranding {
  headline: string | null;
  logoUrl: string | null;
  primaryColor: string | null;
  accentColor: string | null;
  supportEmail: string | null;
  supportPhone: string | null;
  supportWhatsApp: string | null;
  faqLinks: { label: string; url: string }[];
  pinnedCollection: string | null;
}

export const DEFAULT_BRANDING: TrackingBranding = {
  headline: null,
  logoUrl: null,
  primaryColor: null,
  accentColor: null,
  supportEmail: null,
  supportPhone: null,
  supportWhatsApp: null,
  faqLinks: [],
  pinnedCollection: null,
};

export interface TrackingPageInput {
  state: TrackingPageState;
  recentOrders: RecentOrder[];
  /** The shop's time zone, for dates. */
  timeZone: string;
  /** The proxy path the form posts back to, without the locale prefix. */
  formPath: string;
  branding?: TrackingBranding;
  /** Products of the order shown, for the storefront's own recommendations. */
  recommendationProductIds?: string[];
  /** Exchange offers for the delivered items of the order shown. */
  exchangeOffers?: DeliveredItemOffer[];
  /** What the shopper typed to find the order, carried into an exchange request when not logged in. */
  lookup?: { order: string; contact: string } | null;
  /** After an exchange request: "sent" or "already". */
  exchangeRequest?: string | null;
  /** The order shown, for the exchange request form. */
  orderId?: string | null;
}

/** HTML-escapes and neutralises Liquid delimiters in text that came from outside. */
export function escapeForLiquid(text: string): string {
  if (!/[&<>"'{}]/.test(text)) return text;
  return text.replace(/[&<>"'{}]/g, (character) => `&#${character.charCodeAt(0)};`);
}

const OTHER_LOCALES = TRACKING_LOCALES.filter((locale) => locale !== "en");
const CHOOSE_LANGUAGE = `{% assign concierge_language = request.locale.iso_code | split: '-' | first %}{% case concierge_language %}`;

/** One text in every language (English the fallback), chosen by Liquid at render time. */
export function liquidChoice(textIn: (locale: string) => string): string {
  let cases = "";
  for (const locale of OTHER_LOCALES) cases += `{% when '${locale}' %}${escapeForLiquid(textIn(locale))}`;
  return `${CHOOSE_LANGUAGE}${cases}{% else %}${escapeForLiquid(textIn("en"))}{% endcase %}`;
}

/** The texts without parameters, in every language, made once (a bounded set: the keys). */
const plainTexts = new Map<string, string>();

/** One message in every language, chosen by Liquid at render time. */
function localized(key: TrackingMessageKey, params: MessageParams, timeZone: string): string {
  const plain = Object.keys(params).length === 0;
  const kept = plain ? plainTexts.get(key) : undefined;
  if (kept !== undefined) return kept;
  const text = liquidChoice((locale) => formatMessage(key, locale, params, { timeZone }));
  if (plain) plainTexts.set(key, text);
  return text;
}

const STYLE = `<style>
.concierge-track{max-width:42rem;margin-inline:auto;padding-block:2rem;line-height:1.5}
.concierge-track form{display:grid;gap:.75rem;margin-block:1.5rem}
.concierge-track label{display:grid;gap:.25rem}
.concierge-track input,.concierge-track select{font:inherit;min-height:44px;box-sizing:border-box;padding:.5rem .75rem;border:1px solid currentColor;border-radius:4px}
.concierge-track button{font:inherit;min-height:44px;min-width:44px;padding:.6rem 1rem;justify-self:start;cursor:pointer}
.concierge-track a{display:inline-block;min-height:44px;line-height:44px}
.concierge-track .concierge-eta{font-size:1.25em;font-weight:700;margin-block:.5rem}
.concierge-track time{display:block;font-size:.875em;font-weight:400}
.concierge-track ol{list-style:none;padding:0;margin:1rem 0;border-inline-start:2px solid #ccc}
.concierge-track li{padding-inline-start:1rem;margin-block:.5rem;position:relative}
.concierge-track li[data-state=done]{font-weight:600}
.concierge-track li[data-state=upcoming]{opacity:.65}
.concierge-track li[aria-current=step]::before{content:"";position:absolute;inset-inline-start:-.45rem;top:.45rem;width:.7rem;height:.7rem;border-radius:50%;background:currentColor}
.concierge-track .concierge-alert{padding:.75rem 1rem;border-inline-start:4px solid #b98900;background:#fff8e5;color:#1a1a1a}
.concierge-track .concierge-alert[data-severity=critical]{border-color:#d72c0d;background:#fff4f4}
.concierge-track section{margin-block:1.5rem}
.concierge-track h1,.concierge-track a{color:var(--concierge-primary,inherit)}
.concierge-track button{background:var(--concierge-accent,transparent);border:1px solid currentColor;border-radius:4px}
.concierge-track .concierge-logo{display:block;max-width:160px;height:auto;margin-block-end:1rem}
.concierge-track [data-concierge-products]{display:grid;gap:.5rem;padding:0;list-style:none}
.concierge-visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
</style>`;

export function renderTrackingPage(input: TrackingPageInput): string {
  const t = (key: TrackingMessageKey, params: MessageParams = {}) => localized(key, params, input.timeZone);
  const branding = input.branding ?? DEFAULT_BRANDING;
  const colors = [
    branding.primaryColor && `--concierge-primary:${branding.primaryColor}`,
    branding.accentColor && `--concierge-accent:${branding.accentColor}`,
  ].filter(Boolean);
  const parts: string[] = [STYLE, `<div class="concierge-track"${colors.length ? ` style="${colors.join(";")}"` : ""}>`];
  if (branding.logoUrl)
    parts.push(
      `<img class="concierge-logo" src="${escapeForLiquid(branding.logoUrl)}" alt="{{ shop.name | escape }}" width="160" height="48">`,
    );
  parts.push(`<h1>${branding.headline ? escapeForLiquid(branding.headline) : t("tracking.page.title")}</h1>`);

  if (input.recentOrders.length > 0) {
    parts.push(`<section aria-labelledby="concierge-recent"><h2 id="concierge-recent">${t("tracking.page.recent_orders")}</h2><ul>`);
    for (const order of input.recentOrders) {
      const href = `{{ routes.root_url | append: '${input.formPath}' | replace: '//', '/' }}?order_id=${encodeURIComponent(order.id)}`;
      parts.push(
        `<li><a href="${href}">${escapeForLiquid(order.name)}</a> · ${t("tracking.page.ordered_on", { date: order.processedAt })}</li>`,
      );
    }
    parts.push(`</ul></section>`);
  }

  const { state } = input;
  const status = (body: string, severity = "warning") => `<p class="concierge-alert" role="alert" data-severity="${severity}">${body}</p>`;
  if (state.kind === "not_found") parts.push(status(t("tracking.page.not_found")));
  if (state.kind === "rate_limited") {
    parts.push(status(t("tracking.page.rate_limited", { minutes: { minutes: Math.max(1, Math.ceil(state.retryAfterSeconds / 60)) } })));
  }
  if (state.kind === "unavailable") parts.push(status(t("tracking.page.unavailable")));
  if (state.kind === "archived") {
    const params = { name: state.order.name, date: state.order.processedAt };
    parts.push(
      `<section aria-live="polite" data-archived-order><p>${t(`tracking.page.archived_${state.order.status}`, params)}</p><p>${t("tracking.page.archived_note")}</p></section>`,
    );
  }
  if (input.exchangeRequest === "sent" || input.exchangeRequest === "already") {
    parts.push(
      `<p class="concierge-alert" role="status" data-exchange-request="${input.exchangeRequest}">${t(
        input.exchangeRequest === "sent" ? "tracking.page.exchange_sent" : "tracking.page.exchange_already",
      )}</p>`,
    );
  }
  if (state.kind === "found" && state.asOf) {
    parts.push(
      `<p class="concierge-alert" role="status" data-last-known>${t("tracking.page.last_known", { time: { at: state.asOf } })}</p>`,
    );
  }
  if (state.kind === "found") parts.push(renderView(state.view, t));
  if (state.kind === "found" && input.orderId) parts.push(renderExchangeOffers(input, t));

  if (state.kind === "found") {
    // Nothing sent yet: no "you might also like" (its recommendations would be for an order still being prepared).
    const shipped = state.view.packages.length > 0;
    parts.push(renderUpsell(branding, shipped ? (input.recommendationProductIds ?? []) : [], t));
    parts.push(
      `<p><a href="{{ routes.root_url | append: '${input.formPath}' | replace: '//', '/' }}">${t("tracking.page.another_order")}</a></p>`,
    );
  } else {
    parts.push(renderForm(input, t));
  }
  parts.push(renderHelp(branding, t));
  parts.push(`</div>`);
  return parts.join("\n");
}

/** Support contact and FAQ links the merchant set. */
function renderHelp(branding: TrackingBranding, t: Translate) {
  const contacts = [
    branding.supportWhatsApp &&
      `<a href="https://wa.me/${escapeForLiquid(branding.supportWhatsApp)}" rel="noopener" target="_blank">${t("tracking.page.contact_whatsapp")}</a>`,
    branding.supportPhone && `<a href="tel:${escapeForLiquid(branding.supportPhone)}">${t("tracking.page.contact_phone")}</a>`,
    branding.supportEmail && `<a href="mailto:${escapeForLiquid(branding.supportEmail)}">${t("tracking.page.contact_email")}</a>`,
  ].filter(Boolean);
  const faq = branding.faqLinks.map((link) => `<li><a href="${escapeForLiquid(link.url)}">${escapeForLiquid(link.label)}</a></li>`);
  if (contacts.length === 0 && faq.length === 0) return "";
  return [
    `<section class="concierge-help" aria-labelledby="concierge-help"><h2 id="concierge-help">${t("tracking.page.questions")}</h2>`,
    faq.length ? `<ul>${faq.join("")}</ul>` : "",
    contacts.length ? `<p>${contacts.join(" · ")}</p>` : "",
    `</section>`,
  ].join("");
}

export type Translate = (key: TrackingMessageKey, params?: MessageParams) => string;

function renderForm(input: TrackingPageInput, t: Translate) {
  const values = input.state.kind === "form" || input.state.kind === "not_found" ? input.state.input : undefined;
  const errors = input.state.kind === "form" ? (input.state.fieldErrors ?? {}) : {};
  const field = (name: "order" | "contact", label: TrackingMessageKey, autocomplete: string) => {
    const error = errors[name];
    const errorId = `concierge-${name}-error`;
    return `<label>${t(label)}<input name="${name}" autocomplete="${autocomplete}" required value="${escapeForLiquid(values?.[name] ?? "")}"${
      error ? ` aria-invalid="true" aria-describedby="${errorId}"` : ""
    }></label>${error ? `<span id="${errorId}">${escapeForLiquid(error)}</span>` : ""}`;
  };
  return [
    `<p>${t("tracking.page.intro")}</p>`,
    `<form method="get" action="{{ routes.root_url | append: '${input.formPath}' | replace: '//', '/' }}">`,
    field("order", "tracking.page.order_number", "off"),
    field("contact", "tracking.page.contact", "email"),
    `<button type="submit">${t("tracking.page.submit")}</button>`,
    `</form>`,
  ].join("\n");
}

function renderView(view: TrackingView, t: Translate) {
  const parts = [`<section aria-labelledby="concierge-order"><h2 id="concierge-order">${escapeForLiquid(view.orderName)}</h2>`];
  // The date a worried shopper looks for, first: the earliest still expected.
  const eta = view.packages
    .flatMap((pkg) => (pkg.estimatedDeliveryAt && !pkg.deliveredAt ? [pkg.estimatedDeliveryAt] : []))
    .sort((a, b) => a.getTime() - b.getTime())[0];
  if (eta) parts.push(`<p class="concierge-eta" data-eta>${t("tracking.page.expected_by", { date: eta })}</p>`);
  parts.push(`<p>${t(view.overall.messageKey, view.overall.params)}</p>`);
  for (const exception of view.exceptions.filter((candidate) => candidate.fulfillmentId === null)) {
    parts.push(renderException(exception, view, t));
  }
  view.packages.forEach((pkg, index) => parts.push(renderPackage(pkg, index + 1, view, t)));
  for (const group of view.unfulfilledItems) parts.push(renderUnfulfilled(group, t));
  parts.push(`</section>`);
  return parts.join("\n");
}

function renderPackage(pkg: PackageTimeline, number: number, view: TrackingView, t: Translate) {
  const parts = [`<section class="concierge-package" data-fulfillment="${escapeForLiquid(pkg.fulfillmentId)}">`];
  parts.push(`<h3>${t("tracking.page.package", { number })}${pkg.carrier ? ` · ${escapeForLiquid(pkg.carrier)}` : ""}</h3>`);
  if (pkg.items.length > 0) {
    parts.push(`<p>${itemList(pkg.items)}</p>`);
  }
  if (pkg.trackingNumber) {
    const number = t("tracking.page.tracking_number", { number: pkg.trackingNumber });
    parts.push(
      pkg.trackingUrl
        ? `<p><a href="${escapeForLiquid(pkg.trackingUrl)}" rel="noopener" target="_blank">${number}</a></p>`
        : `<p>${number}</p>`,
    );
  }
  if (pkg.estimatedDeliveryAt && !pkg.deliveredAt) {
    parts.push(`<p>${t("tracking.page.estimated_delivery", { date: pkg.estimatedDeliveryAt })}</p>`);
  }
  if (pkg.exception) parts.push(renderException(pkg.exception, view, t));
  parts.push(renderSteps(pkg.steps, t));
  parts.push(`</section>`);
  return parts.join("\n");
}

function renderUnfulfilled(group: UnfulfilledGroup, t: Translate) {
  return [
    `<section class="concierge-package">`,
    `<h3>${t("tracking.page.not_shipped_yet")}</h3>`,
    `<p>${itemList(group.items.map((item) => ({ ...item, variantTitle: null })))}</p>`,
    `<p>${t(group.messageKey, group.params)}</p>`,
    renderSteps(group.steps, t),
    `</section>`,
  ].join("\n");
}

function renderSteps(steps: TimelineStep[], t: Translate) {
  if (steps.length === 0) return "";
  const items = steps.map(
    (step) =>
      `<li data-step="${step.key}" data-state="${step.state}"${step.state === "current" ? ` aria-current="step"` : ""}>${t(step.messageKey, step.params)}${
        step.at ? ` <time datetime="${step.at.toISOString()}">${t("tracking.page.step_time", { time: { at: step.at } })}</time>` : ""
      }</li>`,
  );
  return `<ol>${items.join("")}</ol>`;
}

function renderException(exception: TrackingException, view: TrackingView, t: Translate) {
  const actions = exception.actions.map((action) => {
    if (action.kind === "contact_support") {
      const subject = `{{ '${escapeForLiquid(formatMessage(view.support.subjectKey, "en", view.support.subjectParams))}' | url_encode }}`;
      return `<a href="mailto:{{ shop.email }}?subject=${subject}">${t(action.messageKey, action.params)}</a>`;
    }
    if (action.kind === "track_with_carrier" && action.url) {
      return `<a href="${escapeForLiquid(action.url)}" rel="noopener" target="_blank">${t(action.messageKey, action.params)}</a>`;
    }
    return `<span>${t(action.messageKey, action.params)}</span>`;
  });
  return `<div class="concierge-alert" role="status" data-exception="${exception.kind}" data-severity="${exception.severity}"><p>${t(
    exception.messageKey,
    exception.params,
  )}</p>${actions.length ? `<p>${actions.join(" · ")}</p>` : ""}</div>`;
}

const listFormats = new Map<string, Intl.ListFormat>();
function listFormat(locale: string): Intl.ListFormat {
  let format = listFormats.get(locale);
  if (!format) listFormats.set(locale, (format = new Intl.ListFormat(locale, { style: "long", type: "unit" })));
  return format;
}

/**
 * "1 × Leather Belt (M), 1 × Linen Overshirt" in each language: each item
 * isolated in <bdi> so "1 × Leather Belt" keeps its order inside Arabic text,
 * joined with the language's own list words (Intl.ListFormat).
 */
function itemList(items: { title: string; variantTitle: string | null; quantity: number | null }[]): string {
  const texts = items.map(
    (item) => `<bdi>${escapeForLiquid(`${item.quantity ?? 1} × ${item.title}${item.variantTitle ? ` (${item.variantTitle})` : ""}`)}</bdi>`,
  );
  const list = (locale: string) => listFormat(locale).format(texts);
  const cases = OTHER_LOCALES.map((locale) => `{% when '${locale}' %}${list(locale)}`).join("");
  return `${CHOOSE_LANGUAGE}${cases}{% else %}${list("en")}{% endcase %}`;
}
