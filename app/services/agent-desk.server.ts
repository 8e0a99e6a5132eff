// The agent desk: the signed-in staff member is the agent (matched by the
// Shopify staff account, then by email), finds a customer by email, phone or
// order number, sees them at a glance, and issues a single-use delight code
// from what is left of the month's budget.
import { adminQuery, type AdminGraphqlClient } from "../admin-api.server";
import type { Database } from "../db.server";
import { customerTierName, delightSpendMinor, findAgentForStaff, linkAgentToStaff, listAgents } from "../data/agents.server";
import { firstToComeOn, isOnShift, shopClockLabel } from "../domain/agents/availability";
import { agentLanguageOf, LANGUAGE_NAMES } from "../domain/agents/languages";
import { shiftSuggestions } from "../domain/helpdesk/card";
import { budgetPeriod, remainingBudget } from "../domain/agents/delight-codes";
import { customerSearchQuery, parseCustomerLookup, type CustomerLookup } from "../domain/agents/desk";
import { divideRoundHalfUp } from "../domain/money/arithmetic";
import { formatMoney, moneyOfMinor, parseDecimalToMinor, type Money } from "../domain/money";
import { resolveLocale } from "../domain/profit/views";
import { numericId, shopifyGid } from "../domain/shopify-ids";
import { phrase, type Phrase } from "../domain/phrase";
import { orderNameSearch } from "../domain/tracking/lookup";
import { CustomerProfileQuery, type CustomerProfile } from "../graphql/customer-profile";
import { CustomerSearchQuery } from "../graphql/customer-search";
import type { DeskOrderFields } from "../graphql/fragments/desk-order";
import { OrderCustomerQuery } from "../graphql/order-customer";
import { shopSettings } from "./shop-settings.server";
import { weeklyHoursOf } from "./agent-pages.server";
import type { ServiceContext, StaffMember } from "./context";

/** Who is signed in to the app: the Shopify staff member of the online session. */

interface OnlineSessionLike {
  onlineAccessInfo?: {
    associated_user?: { id?: number | string | null; email?: string | null; first_name?: string | null; last_name?: string | null };
  } | null;
}

/**
 * The staff member of an online session, or null for an offline one. The
 * session storage turns a missing email into the text "null", so only a real
 * address counts.
 */
export function staffMemberOf(session: OnlineSessionLike): StaffMember | null {
  const user = session.onlineAccessInfo?.associated_user;
  if (!user || user.id === undefined || user.id === null) return null;
  const email = typeof user.email === "string" && user.email.includes("@") ? user.email.trim().toLowerCase() : null;
  const names = [user.first_name, user.last_name].filter(
    (part): part is string => typeof part === "string" && part !== "null" && part !== "",
  );
  return { userId: String(user.id), email, name: names.length > 0 ? names.join(" ") : null };
}

export type DeskContext = Pick<ServiceContext, "db" | "admin" | "shop" | "now" | "staff" | "locale">;

/** The agent the signed-in staff member is, linking the two the first time they meet. */
export async function deskAgent(context: Pick<DeskContext, "db" | "shop" | "staff">) {
  if (!context.staff) return null;
  const agent = await findAgentForStaff(context.db, context.shop, context.staff);
  if (agent && agent.staffUserId !== context.staff.userId) {
    await linkAgentToStaff(context.db, context.shop, agent.id, context.staff.userId);
    return { ...agent, staffUserId: context.staff.userId };
  }
  return agent;
}

/** An agent's delight budget this month on the shop's clock: what it is, what is spent, what is left. */
export async function budgetOf(
  db: Database,
  shop: string,
  agent: { id: string; monthlyBudgetMinor: bigint; currencyCode: string },
  now: Date,
  timeZone: string,
) {
  const period = budgetPeriod(now, timeZone);
  const spentMinor = await delightSpendMinor(db, shop, agent.id, period);
  const monthlyBudget = moneyOfMinor(agent.monthlyBudgetMinor, agent.currencyCode);
  const remaining = remainingBudget({ monthlyBudget, spent: [moneyOfMinor(spentMinor, agent.currencyCode)] });
  return { period, monthlyBudget, spent: moneyOfMinor(spentMinor, agent.currencyCode), remaining };
}

type Profile = NonNullable<CustomerProfile["customer"]>;

/** The customer's average order so far, half-up to the minor unit; null before their first order. */
export function averageOrderOf(profile: Profile): Money | null {
  const orders = BigInt(profile.numberOfOrders);
  if (orders === 0n) return null;
  const spent = parseDecimalToMinor(profile.amountSpent.amount, profile.amountSpent.currencyCode);
  if (spent <= 0n) return null;
  return moneyOfMinor(divideRoundHalfUp(spent, orders), profile.amountSpent.currencyCode);
}

export async function profileOf(admin: AdminGraphqlClient, customerId: string): Promise<Profile | null> {
  const { customer } = await adminQuery(admin, CustomerProfileQuery, { id: shopifyGid("Customer", customerId) });
  return customer;
}

type OrderNode = DeskOrderFields;

export type CustomerLookupResult =
  { status: "found"; customerId: string; otherMatches: number; order: OrderNode | null } | { status: "not_found"; message: Phrase };

async function findCustomer(admin: AdminGraphqlClient, lookup: CustomerLookup): Promise<CustomerLookupResult> {
  if (lookup.kind === "order") {
    const { orders } = await adminQuery(admin, OrderCustomerQuery, { query: orderNameSearch(lookup.orderName) });
    const order = orders.nodes.find((node) => node.name.toUpperCase() === lookup.orderName.toUpperCase());
    if (!order) return { status: "not_found", message: phrase("desk:lookupErrors.noOrder", { order: lookup.orderName }) };
    if (!order.customer) return { status: "not_found", message: phrase("desk:lookupErrors.noCustomerAccount", { order: order.name }) };
    return { status: "found", customerId: numericId(order.customer.id), otherMatches: 0, order };
  }
  const { customers } = await adminQuery(admin, CustomerSearchQuery, { query: customerSearchQuery(lookup) });
  const [first, ...others] = customers.nodes;
  if (!first) {
    return {
      status: "not_found",
      message:
        lookup.kind === "email"
          ? phrase("desk:lookupErrors.noEmail", { email: lookup.email })
          : phrase("desk:lookupErrors.noPhone", { phone: lookup.phone }),
    };
  }
  return { status: "found", customerId: numericId(first.id), otherMatches: others.length, order: null };
}

/** One order as the desk lists it. */
function orderRow(order: OrderNode, locale: string) {
  const { amount, currencyCode } = order.totalPriceSet.shopMoney;
  return {
    id: numericId(order.id),
    name: order.name,
    processedAt: order.processedAt,
    total: formatMoney(moneyOfMinor(parseDecimalToMinor(amount, currencyCode), currencyCode), locale),
    financialStatus: order.displayFinancialStatus,
    fulfillmentStatus: order.displayFulfillmentStatus,
    cancelled: order.cancelledAt !== null,
  };
}

/** The customer as the desk shows them, money in the staff member's locale. */
function profileView(profile: Profile, tier: string | null, locale: string) {
  const average = averageOrderOf(profile);
  return {
    id: numericId(profile.id),
    name: profile.displayName,
    firstName: profile.firstName,
    language: agentLanguageOf(profile.locale),
    email: profile.defaultEmailAddress?.emailAddress ?? null,
    phone: profile.defaultPhoneNumber?.phoneNumber ?? null,
    tags: profile.tags,
    tier,
    totalSpent: formatMoney(
      moneyOfMinor(parseDecimalToMinor(profile.amountSpent.amount, profile.amountSpent.currencyCode), profile.amountSpent.currencyCode),
      locale,
    ),
    orderCount: Number(profile.numberOfOrders),
    averageOrder: average ? formatMoney(average, locale) : null,
    customerSince: profile.createdAt,
    recentOrders: profile.orders.nodes.map((order) => orderRow(order, locale)),
  };
}

export type CustomerView = ReturnType<typeof profileView>;

/** Everything the desk shows: the agent and their budget, who else is on shift, and the customer looked up. */
export async function loadDesk(context: DeskContext, query: URLSearchParams) {
  const { db, admin, shop, now } = context;
  const locale = resolveLocale(context.locale);
  const settings = await shopSettings(db, admin, shop);
  const agent = await deskAgent(context);
  const team = await listAgents(db, shop);
  const schedules = team.map((member) => ({ ...member, workingHours: weeklyHoursOf(member.workingHours) }));
  const onShift = schedules
    .filter((member) => isOnShift(member, now))
    .map((member) => ({ id: member.id, name: member.name, team: member.team, timeZone: member.timeZone, languages: member.languages }));
  // With nobody on shift, the desk says when the first agent comes back, on the shop's clock.
  const comingOn = onShift.length === 0 ? firstToComeOn(schedules, now) : null;
  const nextOnShift = comingOn
    ? {
        name: comingOn.agent.name,
        startsAt: comingOn.next.startsAt.toISOString(),
        shopClock: shopClockLabel(comingOn.next.startsAt, settings.ianaTimezone),
      }
    : null;

  let budget = null;
  if (agent) {
    const { period, monthlyBudget, spent, remaining } = await budgetOf(db, shop, agent, now, settings.ianaTimezone);
    budget = {
      month: period.month,
      budget: formatMoney(monthlyBudget, locale),
      spent: formatMoney(spent, locale),
      remaining: formatMoney(remaining, locale),
      remainingMinor: remaining.minor.toString(),
    };
  }

  const search = query.get("q")?.trim() ?? "";
  type Lookup = {
    query: string;
    error: Phrase | null;
    customer: CustomerView | null;
    otherMatches: number;
    order?: ReturnType<typeof orderRow>;
  };
  let lookup: Lookup | null = null;
  if (search) {
    const parsed = parseCustomerLookup(search);
    if (!parsed.ok) lookup = { query: search, error: parsed.error, customer: null, otherMatches: 0 };
    else {
      const found = await findCustomer(admin, parsed.lookup);
      if (found.status === "not_found") lookup = { query: search, error: found.message, customer: null, otherMatches: 0 };
      else {
        const profile = await profileOf(admin, found.customerId);
        lookup = profile
          ? {
              query: search,
              error: null,
              customer: profileView(profile, await customerTierName(db, shop, found.customerId), locale),
              otherMatches: found.otherMatches,
              // Searched by order number: that order, whether or not it is among the customer's latest.
              ...(found.order ? { order: orderRow(found.order, locale) } : {}),
            }
          : { query: search, error: phrase("desk:lookupErrors.customerGone"), customer: null, otherMatches: 0 };
      }
    }
  }

  // Who on shift speaks the customer's language, them first.
  const shift = shiftSuggestions(onShift, lookup?.customer?.language ?? null);
  return {
    shopCurrency: settings.currencyCode,
    shopTimeZone: settings.ianaTimezone,
    staff: context.staff ? { name: context.staff.name, email: context.staff.email } : null,
    agent: agent ? { id: agent.id, name: agent.name, active: agent.active, team: agent.team } : null,
    budget,
    onShift: shift.onShift,
    nextOnShift,
    suggestedAgent:
      shift.suggested && lookup?.customer?.language
        ? { name: shift.suggested.name, language: LANGUAGE_NAMES[lookup.customer.language] }
        : null,
    lookup,
  };
}
