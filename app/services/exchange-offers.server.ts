// The exchange offers pages: the offers in precedence order with what they
// brought in, the shoppers' requests waiting for an agent, and saving,
// reordering and deleting offers.
import { adminQuery } from "../admin-api.server";
import {
  createExchangeOffer,
  deleteExchangeOffer,
  findExchangeOffer,
  listExchangeOffers,
  outcomeGroups,
  listRequestedOutcomes,
  moveExchangeOffer,
  updateExchangeOffer,
  type ExchangeOfferRecord,
} from "../data/exchanges.server";
import { summarizeOutcomes, outcomePeriod, type OutcomeSummaryRow } from "../domain/exchange/outcomes";
import { FINISH_AFTER_MS, mayFinish } from "../domain/exchange/made-returns";
import { awaitingPaymentText } from "../domain/exchange/payments";
import { missingTranslations, offerFormValues, type OfferDefinition, type OfferInput } from "../domain/exchange/offers";
import { formatBasisPointsAsPercent } from "../domain/forms";
import { formatMoney } from "../domain/money";
import { resolveLocale } from "../domain/profit/views";
import type { PageRequest } from "../domain/paging";
import { phrase, verbatim, type Phrase, type PhraseValue } from "../domain/phrase";
import { numericId, shopifyGid } from "../domain/shopify-ids";
import { ExchangeOfferOptionsQuery, type ExchangeOfferOptions } from "../graphql/exchange-offer-options";
import { OrderNamesQuery } from "../graphql/order-names";
import { shopSettings } from "./shop-settings.server";
import type { ShopContext } from "./context";

export type OffersContext = ShopContext;

export interface OfferFormOptions {
  shopCurrency: string;
  products: { value: string; label: string }[];
  variants: { value: string; label: string; productId: string }[];
  collections: { value: string; label: string }[];
}

/** What the offer form lets the merchant choose: gift cards are neither exchanged to nor given. */
export async function offerFormOptions(ctx: OffersContext): Promise<OfferFormOptions> {
  const [settings, options] = await Promise.all([
    shopSettings(ctx.db, ctx.admin, ctx.shop),
    adminQuery(ctx.admin, ExchangeOfferOptionsQuery, {}),
  ]);
  return {
    shopCurrency: settings.currencyCode,
    products: options.products.nodes
      .filter((product) => !product.isGiftCard)
      .map((product) => ({ value: product.id, label: product.title })),
    variants: options.productVariants.nodes
      .filter((variant) => !variant.product.isGiftCard)
      .map((variant) => ({
        value: variant.id,
        label: `${variant.product.title}${variant.title === "Default Title" ? "" : ` – ${variant.title}`} · ${variant.price} ${settings.currencyCode}`,
        productId: variant.product.id,
      }))
      .sort((a, b) => a.label.localeCompare(b.label, "en")),
    collections: options.collections.nodes.map((collection) => ({ value: collection.id, label: collection.title })),
  };
}

function labelsOf(options: ExchangeOfferOptions) {
  const labels = new Map<string, string>();
  for (const product of options.products.nodes) labels.set(product.id, product.title);
  for (const variant of options.productVariants.nodes)
    labels.set(variant.id, variant.title === "Default Title" ? variant.product.title : `${variant.product.title} – ${variant.title}`);
  for (const collection of options.collections.nodes) labels.set(collection.id, collection.title);
  return labels;
}

/**
 * "Classic Chino, collection Trousers, tag chino" and the like, for the list: phrases the page reads in the
 * staff member's language (offers.json's list.summary), with the shop's names as they are.
 */
function describeOffer(definition: OfferDefinition, labels: Map<string, string>) {
  const name = (id: string) => verbatim(labels.get(id) ?? numericId(id));
  const summary = (key: string, values?: Readonly<Record<string, PhraseValue>>) => phrase(`offers:list.summary.${key}`, values);
  const match: Phrase[] = [
    ...definition.match.productIds.map(name),
    ...definition.match.collectionIds.map((id) => summary("collection", { name: name(id) })),
    ...definition.match.tags.map((tag) => summary("tag", { tag: verbatim(tag) })),
  ];
  const exchange =
    definition.exchange.kind === "same_product"
      ? summary("anotherSize")
      : definition.exchange.kind === "product"
        ? name(definition.exchange.productId)
        : name(definition.exchange.variantId);
  const bonus =
    definition.bonus.kind === "none"
      ? summary("noBonus")
      : definition.bonus.kind === "free_gift"
        ? summary("freeGift", { item: name(definition.bonus.variantId) })
        : summary("discounted", {
            item: name(definition.bonus.variantId),
            off:
              definition.bonus.discount.kind === "percentage"
                ? `${formatBasisPointsAsPercent(definition.bonus.discount.basisPoints)}%`
                : definition.bonus.discount.amount,
          });
  return {
    match,
    exchange,
    bonus,
    /** The return reasons the offer answers (none: any), each shown with its label in the staff member's language. */
    reasons: definition.reasons,
    dates:
      definition.startsOn || definition.endsOn
        ? verbatim(`${definition.startsOn ?? "…"} → ${definition.endsOn ?? "…"}`)
        : summary("always"),
    returnWindow: summary("returnWindow", { count: definition.returnWindowDays }),
    missingLanguages: missingTranslations(definition.texts),
  };
}

function summaryRowView(row: OutcomeSummaryRow, currencyCode: string, locale: string) {
  const formatted = (minor: bigint) => formatMoney({ minor, currencyCode }, locale);
  return {
    key: row.key,
    label: row.label,
    unnamed: row.unnamed ?? null,
    shown: row.shown,
    accepted: row.accepted,
    refused: row.refused,
    pending: row.pending,
    acceptance:
      row.acceptanceBps === null
        ? "—"
        : new Intl.NumberFormat(locale, { style: "percent", minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
            row.acceptanceBps / 10_000,
          ),
    kept: formatted(row.keptMinor),
    upsell: formatted(row.upsellMinor),
    bonusCost: formatted(row.bonusCostMinor),
    net: formatted(row.netMinor),
    netMinor: row.netMinor.toString(),
    awaiting: row.awaitingDraftOrders === 0 ? "—" : formatted(row.awaitingMinor),
    awaitingText: row.awaitingDraftOrders === 0 ? null : awaitingPaymentText(formatted(row.awaitingMinor), row.awaitingDraftOrders),
  };
}

/** The requests' orders by name ("#1014") with their customer's name (else the order's email): never an internal id. */
async function orderNames(ctx: OffersContext, orderIds: string[]) {
  const names = new Map<string, { name: string; customer: string | null }>();
  const ids = [...new Set(orderIds)];
  if (ids.length === 0) return names;
  const { nodes } = await adminQuery(ctx.admin, OrderNamesQuery, { ids: ids.map((id) => shopifyGid("Order", id)) });
  for (const node of nodes) {
    if (node && "name" in node)
      names.set(numericId(node.id), { name: node.name, customer: node.customer?.displayName ?? node.email ?? null });
  }
  return names;
}

/** The offers index: offers, outcomes by offer and by agent over the period, and one page of the request queue. */
export async function loadOffersIndex(ctx: OffersContext, query: URLSearchParams, requestsPage: PageRequest) {
  const period = outcomePeriod(query.get("period"), ctx.now);
  const [settings, offers, options, figures, agents, requests] = await Promise.all([
    shopSettings(ctx.db, ctx.admin, ctx.shop),
    listExchangeOffers(ctx.db, ctx.shop),
    adminQuery(ctx.admin, ExchangeOfferOptionsQuery, {}),
    outcomeGroups(ctx.db, ctx.shop, period.from),
    ctx.db.agent.findMany({ where: { shop: ctx.shop }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    listRequestedOutcomes(ctx.db, ctx.shop, requestsPage, new Date(ctx.now.getTime() - FINISH_AFTER_MS)),
  ]);
  const currencyCode = settings.currencyCode;
  const locale = resolveLocale(ctx.locale);
  const labels = labelsOf(options);
  const summary = summarizeOutcomes(figures, { currencyCode, offers, agents });
  const offerNames = new Map(offers.map((offer) => [offer.id, offer.name]));
  const names = await orderNames(
    ctx,
    requests.rows.map((request) => request.orderId),
  );
  return {
    currencyCode,
    period: { days: period.days },
    offers: offers.map((offer, index) => ({
      id: offer.id,
      name: offer.name,
      enabled: offer.enabled,
      precedence: offer.precedence,
      first: index === 0,
      last: index === offers.length - 1,
      ...describeOffer(offer.definition, labels),
    })),
    outcomes: {
      byOffer: summary.byOffer.map((row) => summaryRowView(row, currencyCode, locale)),
      byAgent: summary.byAgent.map((row) => summaryRowView(row, currencyCode, locale)),
      totals: summaryRowView(summary.totals, currencyCode, locale),
      otherCurrencyRows: summary.otherCurrencyRows,
    },
    requestsPage: requests.page,
    requests: requests.rows.map((request) => ({
      id: request.id,
      orderId: request.orderId,
      orderName: names.get(request.orderId)?.name ?? null,
      customerName: names.get(request.orderId)?.customer ?? null,
      lineItemId: request.lineItemId,
      /** Null: the offer was deleted since. */
      offerName: offerNames.get(request.offerId) ?? null,
      /** The shopper's reason (a RETURN_REASONS code), labelled in the staff member's language by the page. */
      reason: request.returnReason,
      exchange: request.exchangeVariantId ? (labels.get(request.exchangeVariantId) ?? request.exchangeVariantId) : "—",
      proposedNet: formatMoney(
        { minor: request.keptMinor + request.upsellMinor - request.bonusCostMinor, currencyCode: request.currencyCode },
        locale,
      ),
      requestedAt: request.createdAt.toISOString(),
      // Accepted, and stopped half-way (decision 054).
      finishable: mayFinish(request, ctx.now),
    })),
    timeZone: settings.ianaTimezone,
  };
}

export type OffersIndex = Awaited<ReturnType<typeof loadOffersIndex>>;

export type OfferSaveResult = { kind: "not_found" } | { kind: "saved"; offer: ExchangeOfferRecord };

/** Saves a new offer (offerId null) or an edited one, as the offer form parsed it. */
export async function saveExchangeOffer(ctx: OffersContext, input: OfferInput, offerId: string | null): Promise<OfferSaveResult> {
  if (offerId && !(await findExchangeOffer(ctx.db, ctx.shop, offerId))) return { kind: "not_found" };
  const offer = offerId ? await updateExchangeOffer(ctx.db, ctx.shop, offerId, input) : await createExchangeOffer(ctx.db, ctx.shop, input);
  return offer ? { kind: "saved", offer } : { kind: "not_found" };
}

/** The offer's form values, or null when the shop has no such offer. */
export async function loadOfferForm(ctx: OffersContext, offerId: string) {
  const offer = await findExchangeOffer(ctx.db, ctx.shop, offerId);
  if (!offer) return null;
  return {
    offer: { id: offer.id, name: offer.name, enabled: offer.enabled, precedence: offer.precedence },
    values: offerFormValues({ ...offer.definition, name: offer.name, enabled: offer.enabled }),
  };
}

export function blankOfferFormValues() {
  return offerFormValues(null);
}

export async function moveOffer(ctx: OffersContext, offerId: string, direction: "up" | "down") {
  return moveExchangeOffer(ctx.db, ctx.shop, offerId, direction);
}

export async function deleteOffer(ctx: OffersContext, offerId: string) {
  return deleteExchangeOffer(ctx.db, ctx.shop, offerId);
}
