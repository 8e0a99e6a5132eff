// Issuing a delight code from the agent desk: a single-use code for one
// customer, within what is left of the agent's monthly budget, created in
// Shopify and written once (a code taken in Concierge or in Shopify is drawn
// again), with a reply ready to paste in the customer's language.
import { randomBytes as cryptoRandomBytes } from "node:crypto";
import { codeKeyTaken, deletePendingCode, markCodeCreated, reserveDelightCode, shopOrderTotals } from "../data/agents.server";
import { isShopifyUnavailable, unlessShopifyUnavailable } from "../admin-api.server";
import { isUniqueViolation } from "../db.server";
import { agentLanguageOf } from "../domain/agents/languages";
import {
  budgetPeriod,
  canIssue,
  costOfDelightCode,
  expiresAt as delightExpiry,
  generateDelightCode,
  remainingBudget,
  type RandomBytes,
} from "../domain/agents/delight-codes";
import { formatExpiry, readyReply, type DelightCodeRequest } from "../domain/agents/desk";
import { discountValuePhrase } from "../domain/agents/discount-value";
import { resolveLocale } from "../domain/profit/views";
import { divideRoundHalfUp } from "../domain/money/arithmetic";
import type { FieldErrors } from "../domain/forms";
import { formMessage } from "../domain/form-message";
import { phrase, type Phrase } from "../domain/phrase";
import { formatMoney, moneyOfMinor, type Money } from "../domain/money";
import { shopifyGid } from "../domain/shopify-ids";
import { createCodeInShopify, delightCodeInput, orphanConciergeCode } from "./agent-codes.server";
import { shopSettings } from "./shop-settings.server";
import { averageOrderOf, budgetOf, deskAgent, profileOf, type DeskContext } from "./agent-desk.server";

/** How many codes to draw before giving up when each one is already taken (in Concierge or in Shopify). */
export const DELIGHT_CODE_ATTEMPTS = 5;
/** The shop's average order is taken over this many days of orders. */
const SHOP_AVERAGE_WINDOW_DAYS = 90;

export interface IssuedDelightCode {
  code: string;
  /** What the code takes off, in the staff member's language. */
  value: Phrase;
  expiresAt: string;
  expiresLabel: string;
  cost: string;
  remaining: string;
  customerId: string | null;
  reply: string;
}

export type IssueResult = { ok: true; issued: IssuedDelightCode } | { ok: false; fieldErrors: FieldErrors };

/**
 * Issues a delight code as the signed-in agent (the form parsed by delightCodeFormSchema): costs the
 * code (a fixed amount costs itself; a percentage costs that share of the
 * customer's average order, else the shop's), reserves the cost against the
 * month's budget, creates the code in Shopify (single use, for that customer
 * only when known, ending after the chosen days) and returns a ready reply.
 * Shopify refusing the code leaves nothing behind: no row, no budget spent.
 */
export async function issueDelightCode(
  context: DeskContext & { randomBytes?: RandomBytes },
  request: DelightCodeRequest,
): Promise<IssueResult> {
  const { db, admin, shop, now } = context;
  const locale = resolveLocale(context.locale);
  // node:crypto unless a test injects a known sequence.
  const random = context.randomBytes ?? cryptoRandomBytes;
  const agent = await deskAgent(context);
  if (!agent)
    return {
      ok: false,
      fieldErrors: { form: formMessage("desk:refusals.notAnAgent") },
    };
  if (!agent.active) return { ok: false, fieldErrors: { form: formMessage("desk:refusals.inactive") } };

  const settings = await shopSettings(db, admin, shop);
  const { discount, expiresInDays, customerId } = request;

  const profile = customerId ? await profileOf(admin, customerId) : null;
  if (customerId && !profile) return { ok: false, fieldErrors: { customerId: formMessage("desk:refusals.customerGone") } };

  let cost: Money;
  if (discount.kind === "fixed_amount") cost = costOfDelightCode(discount);
  else {
    let reference = profile ? averageOrderOf(profile) : null;
    if (!reference) {
      const since = new Date(now.getTime() - SHOP_AVERAGE_WINDOW_DAYS * 24 * 60 * 60 * 1000);
      const totals = await shopOrderTotals(db, shop, since, settings.currencyCode);
      if (totals.orders > 0 && totals.netMinor > 0n)
        reference = moneyOfMinor(divideRoundHalfUp(totals.netMinor, BigInt(totals.orders)), settings.currencyCode);
    }
    if (!reference) {
      return {
        ok: false,
        fieldErrors: { "discount.kind": formMessage("desk:refusals.noHistory") },
      };
    }
    cost = costOfDelightCode(discount, { expectedOrderSubtotal: reference });
  }

  const period = budgetPeriod(now, settings.ianaTimezone);
  const monthlyBudget = moneyOfMinor(agent.monthlyBudgetMinor, agent.currencyCode);
  // Shopify keeps whole seconds; so does Concierge, so both say the same end.
  const endsAt = new Date(Math.floor(delightExpiry(now, expiresInDays).getTime() / 1000) * 1000);
  let refusal: Phrase | null = null;

  for (let attempt = 0; attempt < DELIGHT_CODE_ATTEMPTS; attempt++) {
    const code = generateDelightCode(agent.name, random);
    if (await codeKeyTaken(db, shop, code)) continue;

    let decision: ReturnType<typeof canIssue> = { ok: true };
    let reservation: Awaited<ReturnType<typeof reserveDelightCode>>;
    try {
      reservation = await reserveDelightCode(
        db,
        shop,
        {
          agentId: agent.id,
          code,
          kind: "delight",
          ...(discount.kind === "percentage"
            ? { valueKind: "percentage", valueBasisPoints: discount.basisPoints, valueAmountMinor: null }
            : { valueKind: "fixed_amount", valueBasisPoints: null, valueAmountMinor: discount.amount.minor }),
          costMinor: cost.minor,
          currencyCode: cost.currencyCode,
          customerId,
          expiresAt: endsAt,
          createdAt: now,
        },
        period,
        (spentMinor) => {
          decision = canIssue({
            remaining: remainingBudget({ monthlyBudget, spent: [moneyOfMinor(spentMinor, agent.currencyCode)] }),
            cost,
          });
          return decision.ok;
        },
      );
    } catch (error) {
      if (isUniqueViolation(error)) continue; // the same code drawn by another request a moment ago
      throw error;
    }
    if (!reservation.reserved) {
      const denied = decision as ReturnType<typeof canIssue>;
      return { ok: false, fieldErrors: { form: denied.ok ? formMessage("desk:refusals.overBudgetShort") : denied.reason } };
    }

    let created: Awaited<ReturnType<typeof createCodeInShopify>>;
    try {
      created = await createCodeInShopify(
        admin,
        delightCodeInput({
          agentName: agent.name,
          code,
          value: discount,
          customerGid: customerId ? shopifyGid("Customer", customerId) : null,
          startsAt: now,
          endsAt,
        }),
      );
    } catch (error) {
      // Shopify's answer lost: the code may be there, made for this reservation (decision 054).
      const made = isShopifyUnavailable(error)
        ? await unlessShopifyUnavailable(orphanConciergeCode(db, admin, shop, code, "delight"))
        : null;
      if (!made?.data) {
        await deletePendingCode(db, shop, reservation.codeId);
        throw error;
      }
      created = { ok: true, discountNodeId: made.data };
    }
    if (!created.ok) {
      await deletePendingCode(db, shop, reservation.codeId);
      if (created.taken) {
        refusal = phrase("desk:refusals.codeInShopify", { code });
        continue; // another discount in Shopify has this code: draw another
      }
      return { ok: false, fieldErrors: { form: formMessage("desk:refusals.shopifyRefused", { message: created.message }) } };
    }
    await markCodeCreated(db, shop, reservation.codeId, created.discountNodeId);

    const after = await budgetOf(db, shop, agent, now, settings.ianaTimezone);
    return {
      ok: true,
      issued: {
        code,
        value: discountValuePhrase(discount, locale),
        expiresAt: endsAt.toISOString(),
        expiresLabel: formatExpiry(endsAt, settings.ianaTimezone),
        cost: formatMoney(cost, locale),
        remaining: formatMoney(after.remaining, locale),
        customerId,
        reply: readyReply({
          customerFirstName: profile?.firstName ?? null,
          agentName: agent.name,
          code,
          value: discount,
          expiresAt: endsAt,
          timeZone: settings.ianaTimezone,
          language: agentLanguageOf(profile?.locale),
        }),
      },
    };
  }
  return {
    ok: false,
    fieldErrors: {
      form: formMessage("desk:refusals.everyCodeRefused", { why: refusal ?? phrase("desk:refusals.everyCodeTaken") }),
    },
  };
}
