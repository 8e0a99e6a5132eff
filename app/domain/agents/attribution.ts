// Which sale an agent is credited with, what it is worth, and what it pays.
// The rule is deliberately simple enough to print in the app word for word
// (attributionRule): an agent paid on commission must be able to check
// every cent of it with a calculator.
import { type Money } from "../money";
import { phrase, type Phrase } from "../phrase";
import { normalizeCode } from "./codes";
import { applyBasisPoints, assertBasisPoints, assertSameCurrency } from "../money/arithmetic";

/** Where a sale came from, highest precedence first. An order is credited to one of them at most. */
export const ATTRIBUTION_PRECEDENCE = ["agent_code", "chat", "support_touch", "outreach", "tracking_page"] as const;
export type AttributionSource = (typeof ATTRIBUTION_PRECEDENCE)[number];

/** Set by Concierge's chat on the cart it builds; its value is the chat's id. */
export const CHAT_CART_ATTRIBUTE = "_concierge_chat";
/** Set by Concierge's order-tracking page on a cart started from it. */
export const TRACKING_PAGE_CART_ATTRIBUTE = "_concierge_track";

/**
 * The rule as merchants and agents read it in the app, line by line: agents.json's attributionRule
 * (in English, Arabic and French). Keep its texts true to the code below.
 */
export const ATTRIBUTION_RULE_LINES = ["intro", "agentCode", "chat", "helpdesk", "email", "trackingPage", "revenue", "commission"] as const;

/** The rule with the shop's attribution window filled in, as the Agents and Profit pages print it. */
export function attributionRule(windowDays: number): Phrase[] {
  return ATTRIBUTION_RULE_LINES.map((line) =>
    line === "helpdesk" ? phrase(`agents:attributionRule.${line}`, { count: windowDays }) : phrase(`agents:attributionRule.${line}`),
  );
}

/** A helpdesk conversation with the customer before the order, by an agent Concierge knows. */
export interface TouchCredit {
  agentId: string;
  channel: string;
  conversationId: string;
  touchedAt: Date;
}

export interface OrderAttributionInput {
  /** In the order's own order: when codes of two agents compete, the first wins. */
  discountCodes: readonly string[];
  cartAttributes: Readonly<Record<string, string>>;
  /** Every agent's personal and delight codes, upper-case, to the agent's id. */
  codeOwners: ReadonlyMap<string, string>;
  /** Chat ids (the value of the chat cart attribute) to the agent who handled the chat. */
  chatOwners?: ReadonlyMap<string, string>;
  /** The last touch of the order's customer within the window before the order (any channel). */
  lastTouch?: TouchCredit | null;
  /** The last chat-channel touch within the window: the agent of a chat-assisted order when the chat id isn't known. */
  lastChatTouch?: TouchCredit | null;
  /** The last click on a link of a Concierge email to the customer within the window before the order. */
  lastClick?: ClickCredit | null;
}

/** A click on a link of an email Concierge sent the customer, before the order. */
export interface ClickCredit {
  messageId: string;
  /** The agent who signs the email (a campaign's); none for delay and stage emails. */
  agentId: string | null;
  clickedAt: Date;
}

export interface Attribution {
  /** null: nothing Concierge did led to this order. */
  source: AttributionSource | null;
  agentId: string | null;
  /** The code credited, upper-case, for source "agent_code". */
  code: string | null;
  /** The email credited, for source "outreach". */
  messageId?: string;
  /** One or two sentences for the order's page in the app. */
  explanation: string;
}

/**
 * Shopify's cart API removes an attribute by setting it to "", and some
 * themes leave it that way; an empty attribute is an absent one.
 */
function cartAttribute(attributes: Readonly<Record<string, string>>, name: string): string | null {
  if (!Object.prototype.hasOwnProperty.call(attributes, name)) return null;
  const value = String(attributes[name] ?? "").trim();
  return value === "" ? null : value;
}

function alsoIgnored(chat: boolean, trackingPage: boolean, winner: AttributionSource, touch = false, click = false): string {
  const ignored = [
    chat && "a chat",
    touch && "a helpdesk conversation",
    click && "a Concierge email",
    trackingPage && "the tracking page",
  ].filter(Boolean);
  if (ignored.length === 0) return "";
  const outranks =
    winner === "agent_code"
      ? "an agent's code comes first"
      : winner === "chat"
        ? "a chat comes first"
        : winner === "support_touch"
          ? "a helpdesk conversation comes first"
          : "a Concierge email comes first";
  return ` The order also came through ${ignored.join(" and ")}, but ${outranks}, so only one source is credited.`;
}

/** Credits an order to exactly one source (or none), by ATTRIBUTION_PRECEDENCE. */
export function attributeOrder(input: OrderAttributionInput): Attribution {
  const chatId = cartAttribute(input.cartAttributes, CHAT_CART_ATTRIBUTE);
  const fromTrackingPage = cartAttribute(input.cartAttributes, TRACKING_PAGE_CART_ATTRIBUTE) !== null;

  // The agents' codes on the order, first listed first, each code once.
  let first: { code: string; agentId: string } | null = null;
  let sameAgentCodes: string[] | null = null;
  let otherAgentCodes: string[] | null = null;
  for (const rawCode of input.discountCodes) {
    const code = normalizeCode(rawCode);
    const agentId = input.codeOwners.get(code);
    if (agentId === undefined) continue;
    if (first === null) {
      first = { code, agentId };
    } else if (code !== first.code) {
      if (agentId === first.agentId) {
        if (!sameAgentCodes?.includes(code)) (sameAgentCodes ??= []).push(code);
      } else if (!otherAgentCodes?.includes(code)) {
        (otherAgentCodes ??= []).push(code);
      }
    }
  }

  if (first) {
    let explanation = `Discount code ${first.code} is an agent's code, so its agent is credited.`;
    if (sameAgentCodes) {
      explanation += ` ${sameAgentCodes.join(", ")} ${sameAgentCodes.length === 1 ? "is" : "are"} the same agent's, credited once.`;
    }
    if (otherAgentCodes) {
      explanation += ` Other agents' codes are on the order too (${otherAgentCodes.join(", ")}); ${first.code} is listed first, so only its agent is credited.`;
    }
    explanation += alsoIgnored(chatId !== null, fromTrackingPage, "agent_code", Boolean(input.lastTouch), Boolean(input.lastClick));
    return { source: "agent_code", agentId: first.agentId, code: first.code, explanation };
  }

  if (chatId !== null) {
    const agentId = input.chatOwners?.get(chatId) ?? input.lastChatTouch?.agentId ?? null;
    const explanation =
      (agentId === null
        ? `The cart came from Concierge chat ${chatId}, which isn't linked to an agent: credited to chat, no agent.`
        : `The cart came from Concierge chat ${chatId}, so the agent who handled it is credited.`) +
      alsoIgnored(false, fromTrackingPage, "chat", false, Boolean(input.lastClick));
    return { source: "chat", agentId, code: null, explanation };
  }

  if (input.lastTouch) {
    return {
      source: "support_touch",
      agentId: input.lastTouch.agentId,
      code: null,
      explanation:
        `The agent who last handled a conversation with the customer (${input.lastTouch.channel}, ${input.lastTouch.conversationId}) within the attribution window is credited.` +
        alsoIgnored(false, fromTrackingPage, "support_touch", false, Boolean(input.lastClick)),
    };
  }

  if (input.lastClick) {
    const { agentId, messageId } = input.lastClick;
    return {
      source: "outreach",
      agentId,
      code: null,
      messageId,
      explanation:
        (agentId === null
          ? "The customer clicked a link in an email Concierge sent them within the attribution window: credited to that email, no agent."
          : "The customer clicked a link in an email Concierge sent them within the attribution window: credited to that email and the agent who signs it.") +
        alsoIgnored(false, fromTrackingPage, "outreach"),
    };
  }

  if (fromTrackingPage) {
    return {
      source: "tracking_page",
      agentId: null,
      code: null,
      explanation: "The cart was started from the Concierge tracking page: credited to the tracking page, no agent.",
    };
  }

  return {
    source: null,
    agentId: null,
    code: null,
    explanation: "No agent's code, chat, helpdesk conversation, Concierge email or tracking page led to this order: not attributed.",
  };
}

/**
 * Collects each agent's codes into the map attributeOrder reads, upper-cased.
 * A code can only earn for one agent, so a code listed for two throws.
 */
export function codeOwnersOf(agents: ReadonlyArray<{ agentId: string; codes: readonly string[] }>): Map<string, string> {
  const owners = new Map<string, string>();
  for (const agent of agents) {
    for (const rawCode of agent.codes) {
      const code = normalizeCode(rawCode);
      const owner = owners.get(code);
      if (owner !== undefined && owner !== agent.agentId) {
        throw new Error(`Code ${code} belongs to both agent ${owner} and agent ${agent.agentId}`);
      }
      owners.set(code, agent.agentId);
    }
  }
  return owners;
}

export interface OrderMoney {
  /** The order's total as Shopify reports it (total_price), in shop currency. */
  totalPrice: Money;
  /** Every refund's amount returned to the customer, in the same currency. */
  refunds: readonly Money[];
  /** Cancelled, or its payment voided. */
  cancelled: boolean;
}

export function netRevenueMinor(order: OrderMoney, currencyCode: string): bigint {
  assertSameCurrency(currencyCode, order.totalPrice, "An order's total");
  if (order.totalPrice.minor < 0n) throw new RangeError("An order's total can't be negative");
  let net = order.totalPrice.minor;
  for (const refund of order.refunds) {
    assertSameCurrency(currencyCode, refund, "A refund");
    if (refund.minor < 0n) throw new RangeError("A refund can't be negative");
    net -= refund.minor;
  }
  // A cancelled order is worth nothing, whatever was or wasn't refunded yet;
  // refunds beyond the total (a goodwill extra) can't make revenue negative.
  return order.cancelled || net < 0n ? 0n : net;
}

/**
 * What an attributed order is worth to the agent: its total less refunds,
 * never below zero; a cancelled order is worth zero. Exact, and all in one
 * currency: a refund in another currency throws rather than being converted.
 */
export function attributedRevenue(order: OrderMoney): Money {
  const currencyCode = order.totalPrice.currencyCode.toUpperCase();
  return { minor: netRevenueMinor(order, currencyCode), currencyCode };
}

/**
 * An order's commission: net revenue × rate, rounded half-up to the minor unit
 * ($100.00 at 7.5% is $7.50; $0.10 at 5% is $0.01).
 *
 * Half-up rather than banker's rounding because it is the rounding agents
 * check their pay with (a calculator, a spreadsheet's ROUND); banker's only
 * differs on exact half cents, which at whole-basis-point rates are rare, and
 * its fairness over many orders isn't worth a payslip nobody can reproduce.
 *
 * A period's commission is always the sum of its orders' commissions, never
 * the rate applied to the period's revenue, so the two can't drift apart and
 * a refund changes exactly one order's line.
 */
export function commission(netRevenue: Money, rateBasisPoints: number): Money {
  assertBasisPoints(rateBasisPoints, "A commission rate");
  if (netRevenue.minor < 0n) throw new RangeError("Commission is paid on revenue of zero or more");
  return applyBasisPoints(netRevenue, rateBasisPoints);
}
