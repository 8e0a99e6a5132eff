// Concierge's customer card for a helpdesk (a Gorgias HTTP-integration
// widget, any helpdesk that can call a URL): the customer's tier and what it
// gives, lifetime spend, recent orders with their tracking status and page,
// open exchange requests and their offers, the asking agent's delight budget
// left, who is on shift, and the agent desk on this customer. Authenticated
// like touches; read from what Concierge holds, so it answers without
// calling Shopify. Only the asking shop's customer is ever found.
import type { ServiceContext } from "./context";
import { authenticateHelpdeskRequest, type HelpdeskAuthentication } from "./support-touches.server";
import { budgetOf } from "./agent-desk.server";
import { weeklyHoursOf } from "./agent-pages.server";
import { findShopSettings } from "../data/shops.server";
import { findCustomerTier, findVipRule } from "../data/vip.server";
import { listAgents } from "../data/agents.server";
import { agentIdByEmail, customerIdByContact } from "../data/support-touches.server";
import { isOnShift } from "../domain/agents/availability";
import {
  agentDeskUrl,
  cardLanguage,
  cardQuerySchema,
  orderStatusLines,
  shiftSuggestions,
  tierBenefits,
  trackingPageUrl,
} from "../domain/helpdesk/card";
import { agentLanguageOf, type AgentLanguage } from "../domain/agents/languages";
import { normalizePhone } from "../domain/helpdesk/touches";
import { formatMoneyIn } from "../domain/money";
import { phrase, phraseText } from "../domain/phrase";
import { serverTranslate } from "../i18n/resources.server";
import { fieldErrorsOf, type FieldErrors } from "../domain/forms";

export type CardContext = Pick<ServiceContext, "db" | "shop" | "now">;

/** Cards one shop may ask for a minute: one per ticket opened. */
export const CARDS_PER_MINUTE = 600;
const RECENT_ORDERS = 5;

export type CardResult =
  | { kind: "card"; card: CustomerCard }
  | { kind: "no_customer" }
  | { kind: "invalid"; errors: FieldErrors }
  | Extract<HelpdeskAuthentication, { ok: false }>["result"];

export interface CustomerCard {
  customer: { id: string | null; name: string | null; email: string | null; phone: string | null };
  tier: { name: string; gives: string[] } | null;
  lifetime: { orders: number; spent: string } | null;
  recentOrders: Array<{
    name: string;
    placedAt: string;
    total: string;
    payment: string | null;
    fulfillment: string;
    cancelled: boolean;
    /** Payment and fulfilment (or "cancelled") in the card's language: "paid · fulfilled". */
    status: string;
    trackingPage: string;
  }>;
  exchangeRequests: Array<{ order: string; offer: string; requestedAt: string }>;
  askingAgent: { name: string; delightBudgetLeft: string } | null;
  /** The customer's language, when the helpdesk said it and Concierge writes in it. */
  language: string | null;
  /** The language the card's lines and amounts are written in (cardLanguage): the asking agent's. */
  writtenIn: AgentLanguage;
  /** On shift now, those speaking the customer's language first. */
  onShift: Array<{ name: string; team: string | null; languages: string[]; speaksCustomerLanguage: boolean }>;
  /** Who to hand the conversation to: on shift and speaking the customer's language. */
  suggestedAgent: string | null;
  agentDesk: string;
}

export async function customerCard(context: CardContext, request: { url: URL; headers: Headers; apiKey: string }): Promise<CardResult> {
  const { db, shop, now } = context;
  // A GET has no body: the signature covers its method, path and query.
  const signed = `GET ${request.url.pathname}${request.url.search}`;
  const auth = await authenticateHelpdeskRequest(
    context,
    { signed, headers: request.headers },
    { key: "helpdesk:card", perMinute: CARDS_PER_MINUTE },
  );
  if (!auth.ok) return auth.result;
  // Zendesk signs bodies only: its signature on a GET would not cover which customer is asked for.
  if (auth.scheme === "zendesk")
    return {
      kind: "unauthorized",
      reason: "Send the secret as X-Concierge-Token, or Concierge's signature over the method, path and query",
    };

  const parsed = cardQuerySchema.safeParse(Object.fromEntries([...request.url.searchParams].filter(([, value]) => value.trim() !== "")));
  if (!parsed.success) return { kind: "invalid", errors: fieldErrorsOf(parsed.error) };
  const query = parsed.data;
  const phone = normalizePhone(query.phone);

  const customerId = await customerIdByContact(db, shop, query.email ?? null, phone);
  const customer = customerId ? await db.customer.findUnique({ where: { shop_customerId: { shop, customerId } } }) : null;
  const email = query.email ?? customer?.email?.toLowerCase() ?? null;
  const ordersWhere = {
    shop,
    OR: [...(customerId ? [{ customerId }] : []), ...(email ? [{ email: { equals: email, mode: "insensitive" as const } }] : [])],
  };
  if (ordersWhere.OR.length === 0) return { kind: "no_customer" };
  const [recent, lifetime] = await Promise.all([
    db.order.findMany({ where: ordersWhere, orderBy: { processedAt: "desc" }, take: RECENT_ORDERS }),
    db.order.groupBy({
      by: ["currencyCode"],
      where: { ...ordersWhere, cancelledAt: null },
      _count: { _all: true },
      _sum: { totalPriceMinor: true, refundedMinor: true },
    }),
  ]);
  if (!customer && recent.length === 0) return { kind: "no_customer" };

  const settings = await findShopSettings(db, shop);
  const timeZone = settings?.ianaTimezone ?? "UTC";
  const tierRow = customerId ? await findCustomerTier(db, shop, customerId) : null;
  const rule = tierRow?.ruleId ? await findVipRule(db, shop, tierRow.ruleId) : null;

  const requests = await db.exchangeOutcome.findMany({
    where: {
      shop,
      status: "requested",
      OR: [...(customerId ? [{ customerId }] : []), { orderId: { in: recent.map((order) => order.orderId) } }],
    },
    orderBy: { createdAt: "desc" },
    take: 10,
  });
  const offers = new Map(
    (
      await db.exchangeOffer.findMany({
        where: { shop, id: { in: [...new Set(requests.map((request) => request.offerId))] } },
        select: { id: true, name: true },
      })
    ).map((offer) => [offer.id, offer.name]),
  );
  const orderNames = new Map(recent.map((order) => [order.orderId, order.name]));

  const team = await listAgents(db, shop);
  const askingId = query.agent ? await agentIdByEmail(db, shop, query.agent) : null;
  const asking = askingId ? (team.find((agent) => agent.id === askingId) ?? null) : null;
  const budget = asking ? await budgetOf(db, shop, asking, now, timeZone) : null;

  const language = agentLanguageOf(query.language);
  const writtenIn = cardLanguage(query.ui, asking?.languages ?? null);
  const t = serverTranslate(writtenIn);
  const money = (minor: bigint, currencyCode: string) => formatMoneyIn(writtenIn, { minor, currencyCode });
  const shift = shiftSuggestions(
    team
      .filter(
        (agent) =>
          agent.id !== askingId &&
          isOnShift({ timeZone: agent.timeZone, workingHours: weeklyHoursOf(agent.workingHours), active: agent.active }, now),
      )
      .map((agent) => ({ name: agent.name, team: agent.team, languages: agent.languages })),
    language,
  );
  // The store's own currency first; other currencies (a rare multi-currency shop) are left out of the sum, not converted.
  const home = lifetime.find((row) => row.currencyCode === settings?.currencyCode) ?? lifetime[0];
  const contact = email ?? phone;
  const card: CustomerCard = {
    customer: {
      id: customerId,
      name: [customer?.firstName, customer?.lastName].filter(Boolean).join(" ") || null,
      email,
      phone: customer?.phone ?? phone,
    },
    tier: tierRow?.tierName ? { name: tierRow.tierName, gives: tierBenefits(rule).map((line) => phraseText(line, t)) } : null,
    lifetime: home
      ? {
          orders: home._count._all,
          spent: money((home._sum.totalPriceMinor ?? 0n) - (home._sum.refundedMinor ?? 0n), home.currencyCode),
        }
      : null,
    recentOrders: recent.map((order) => ({
      name: order.name,
      placedAt: order.processedAt.toISOString(),
      total: money(order.totalPriceMinor, order.currencyCode),
      payment: order.financialStatus,
      fulfillment: order.fulfillmentStatus ?? "unfulfilled",
      cancelled: order.cancelledAt !== null,
      status: orderStatusLines({ ...order, cancelled: order.cancelledAt !== null })
        .map((line) => phraseText(line, t))
        .join(" · "),
      trackingPage: trackingPageUrl(shop, order.name, contact),
    })),
    exchangeRequests: requests.map((request) => ({
      order: orderNames.get(request.orderId) ?? request.orderId,
      offer: offers.get(request.offerId) ?? phraseText(phrase("helpdesks:cardText.offerRemoved"), t),
      requestedAt: request.createdAt.toISOString(),
    })),
    askingAgent: asking && budget ? { name: asking.name, delightBudgetLeft: formatMoneyIn(writtenIn, budget.remaining) } : null,
    language,
    writtenIn,
    onShift: shift.onShift,
    suggestedAgent: shift.suggested?.name ?? null,
    agentDesk: agentDeskUrl(shop, request.apiKey, contact ?? ""),
  };
  return { kind: "card", card };
}
