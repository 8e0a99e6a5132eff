// The exchange made for real in Shopify once accepted: a return whose
// exchange line items are released at once, and a draft order for whatever
// the shopper pays on top. See decisions 007 and 011.
import { adminMutation, adminQuery, AdminUserErrors, type AdminGraphqlClient } from "../admin-api.server";
import type { OrderItem } from "../domain/exchange/items";
import type { Proposal } from "../domain/exchange/matching";
import { RETURN_REASON_HANDLES, type ReturnReason } from "../domain/exchange/offers";
import { EXCHANGE_ATTRIBUTE, RETURN_ATTRIBUTE } from "../domain/exchange/payments";
import { variantLabel } from "../domain/exchange/texts";
import type { FieldErrors } from "../domain/forms";
import { formMessage } from "../domain/form-message";
import { formatMinorAsDecimal } from "../domain/money";
import { ExchangeDraftOrderCreateMutation } from "../graphql/exchange-draft-order-create";
import type { DraftOrderLineItemInput } from "../types/admin.types";
import { moneyInput } from "../graphql/money-input";
import { ExchangeReturnCreateMutation } from "../graphql/exchange-return-create";
import { ReturnProcessMutation } from "../graphql/return-process";
import { ReturnReasonDefinitionsQuery } from "../graphql/return-reason-definitions";
import type { ShopifyOrder } from "./exchange-orders.server";

export interface CreatedExchange {
  returnId: string;
  returnName: string;
  draftOrderId: string | null;
  draftOrderName: string | null;
  invoiceUrl: string | null;
}

/** The id of the reason's definition in Shopify's library, or null when the library has no live one by its handle. */
async function returnReasonDefinitionIdOf(admin: AdminGraphqlClient, reason: ReturnReason): Promise<string | null> {
  const handle = RETURN_REASON_HANDLES[reason];
  const { returnReasonDefinitions } = await adminQuery(admin, ReturnReasonDefinitionsQuery, { handles: [handle] });
  return returnReasonDefinitions.nodes.find((definition) => definition.handle === handle && !definition.deleted)?.id ?? null;
}

/**
 * The exchange, for real: a return for one unit of the item with the
 * exchange line items the shopper gets at no charge (released at once by
 * returnProcess: only the exchange lines are processed, the returned item
 * is processed by the merchant when it arrives), then a draft order for
 * what the shopper pays, when anything.
 */
export async function createExchangeInShopify(
  admin: AdminGraphqlClient,
  input: {
    order: ShopifyOrder;
    item: OrderItem;
    proposal: Proposal;
    reason: ReturnReason;
    outcomeId: string;
    currencyCode: string;
    now: Date;
  },
): Promise<CreatedExchange> {
  const { order, item, proposal, reason, currencyCode } = input;
  const plan = proposal.plan;
  if (!item.fulfillmentLineItemId) throw new Error(`${item.title} has nothing left to return`);
  const returnedLabel = item.variantTitle ? `${item.title} – ${item.variantTitle}` : item.title;
  const note =
    plan.mode === "draft"
      ? `Exchange (${proposal.offer.name}): the item's value is credited on a Concierge draft order, do not refund it.`
      : `Exchange (${proposal.offer.name}) for ${variantLabel(proposal.exchange)}.`;
  const returnReasonDefinitionId = await returnReasonDefinitionIdOf(admin, reason);
  const created = await adminMutation(
    admin,
    ExchangeReturnCreateMutation,
    {
      input: {
        orderId: order.id,
        requestedAt: input.now.toISOString(),
        returnLineItems: [
          {
            fulfillmentLineItemId: item.fulfillmentLineItemId,
            quantity: 1,
            ...(returnReasonDefinitionId ? { returnReasonDefinitionId } : {}),
            returnReasonNote: note.slice(0, 255),
          },
        ],
        exchangeLineItems: plan.returnExchangeLines.map((line) => ({
          variantId: line.variantId,
          quantity: line.quantity,
          ...(line.free
            ? { appliedDiscount: { description: `Free gift: ${proposal.offer.name}`.slice(0, 255), value: { percentage: 100 } } }
            : {}),
        })),
      },
    },
    "returnCreate",
  );
  const ret = created.return;
  if (!ret) throw new Error("Shopify created no return");
  const exchangeLines = ret.exchangeLineItems.nodes;
  if (exchangeLines.length > 0) {
    await adminMutation(
      admin,
      ReturnProcessMutation,
      { input: { returnId: ret.id, exchangeLineItems: exchangeLines.map((line) => ({ id: line.id, quantity: line.quantity })) } },
      "returnProcess",
    );
  }
  if (plan.draftLines.length === 0)
    return { returnId: ret.id, returnName: ret.name, draftOrderId: null, draftOrderName: null, invoiceUrl: null };

  const titles = { credit: `Credit for the returned ${returnedLabel}`, gift: "Free gift", upsell: proposal.offer.name };
  const lineItems: DraftOrderLineItemInput[] = plan.draftLines.map((line) => ({
    variantId: line.variantId,
    quantity: line.quantity,
    ...(line.discount
      ? {
          appliedDiscount:
            line.discount.kind === "gift"
              ? { title: titles.gift, valueType: "PERCENTAGE" as const, value: 100 }
              : {
                  title: titles[line.discount.kind].slice(0, 255),
                  valueType: "FIXED_AMOUNT" as const,
                  value: Number(formatMinorAsDecimal(line.discount.amountMinor, currencyCode)),
                  amountWithCurrency: moneyInput(line.discount.amountMinor, currencyCode),
                },
        }
      : {}),
  }));
  const draftInput = {
    ...(order.customer ? { purchasingEntity: { customerId: order.customer.id } } : {}),
    ...(order.email ? { email: order.email } : {}),
    note: `Exchange for ${order.name} (return ${ret.name}): ${proposal.offer.name}`,
    tags: ["concierge-exchange"],
    // The order made from the draft order carries these too: orders/paid finds the outcome by them.
    customAttributes: [
      { key: EXCHANGE_ATTRIBUTE, value: input.outcomeId },
      { key: RETURN_ATTRIBUTE, value: ret.name },
    ],
    lineItems,
  };
  let draft;
  try {
    draft = await adminMutation(admin, ExchangeDraftOrderCreateMutation, { input: draftInput }, "draftOrderCreate");
  } catch (error) {
    throw new PartialExchangeError(ret.name, error);
  }
  const draftOrder = draft.draftOrder;
  return {
    returnId: ret.id,
    returnName: ret.name,
    draftOrderId: draftOrder?.id ?? null,
    draftOrderName: draftOrder?.name ?? null,
    invoiceUrl: draftOrder?.invoiceUrl ?? null,
  };
}

/** The words of Shopify's refusal, for the agent; null when the error is not one. */
export function shopifyRefusal(error: unknown): FieldErrors | null {
  if (error instanceof AdminUserErrors)
    return {
      form: formMessage("exchanges:refusals.shopifyRefused", { message: error.refusal }),
    };
  return null;
}

/** Shopify made part of the exchange and refused the rest. */
export class PartialExchangeError extends Error {
  constructor(
    readonly returnName: string,
    readonly cause: unknown,
  ) {
    super(`Return ${returnName} was created, but Shopify refused the draft order`);
    this.name = "PartialExchangeError";
  }
}
