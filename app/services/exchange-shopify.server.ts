// The exchange made for real in Shopify once accepted: a return whose
// exchange line items are released at once, and a draft order for whatever
// the shopper pays on top, in steps an interrupted attempt can finish
// without making anything twice. See decisions 007, 011 and 054.
import {
  AdminApiError,
  adminMutation,
  adminQuery,
  AdminUserErrors,
  isShopifyUnavailable,
  NOT_IDEMPOTENT,
  type AdminGraphqlClient,
} from "../admin-api.server";
import type { OrderItem } from "../domain/exchange/items";
import { exchangeReference } from "../domain/exchange/made-returns";
import { numericId } from "../domain/shopify-ids";
import type { Proposal } from "../domain/exchange/matching";
import { RETURN_REASON_HANDLES, type ReturnReason } from "../domain/exchange/offers";
import { EXCHANGE_ATTRIBUTE, RETURN_ATTRIBUTE } from "../domain/exchange/payments";
import { variantLabel } from "../domain/exchange/texts";
import { formatMinorAsDecimal } from "../domain/money";
import { ExchangeDraftOrderCreateMutation } from "../graphql/exchange-draft-order-create";
import { ExchangeDraftOrdersQuery } from "../graphql/exchange-draft-orders";
import { ExchangeReturnLinesQuery } from "../graphql/exchange-return-lines";
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

/** What an earlier attempt at the outcome's exchange already made in Shopify. */
export interface EarlierAttempt {
  /** The return it made, found again from the order (null: none). */
  madeReturn: { id: string; name: string } | null;
  /** When it began: a draft order it may have made is no older. */
  since: Date;
}

/** Why a step did not happen: Shopify refused it, asked Concierge to wait (nothing ran), or did not answer. */
type StepFailure = {
  /** Shopify's words when it refused; null when it did not answer or was busy. */
  refusal: string | null;
  /** Shopify answered THROTTLED: the step did not run, and nothing of it was made. */
  busy: boolean;
};

/** Where making the exchange stopped: nothing made, or the return made and a later step not done. */
export type ExchangeStop = {
  step: "return" | "release" | "draft_order";
  /** The return made, when the exchange got that far. */
  madeReturn: { id: string; name: string } | null;
} & StepFailure;

export type ExchangeMade = { ok: true; created: CreatedExchange } | ({ ok: false } & ExchangeStop);

type Step<T> = { ok: true; value: T } | ({ ok: false } & StepFailure);

/** One call to Shopify as a step: its value, Shopify's refusal, its "wait", or no answer (a timeout, an HTTP failure). */
async function step<T>(call: Promise<T>): Promise<Step<T>> {
  try {
    return { ok: true, value: await call };
  } catch (error) {
    if (error instanceof AdminUserErrors) return { ok: false, refusal: error.refusal, busy: false };
    if (error instanceof AdminApiError && error.kind === "throttled") return { ok: false, refusal: null, busy: true };
    if (isShopifyUnavailable(error) || (error instanceof AdminApiError && error.kind === "no-data"))
      return { ok: false, refusal: null, busy: false };
    throw error;
  }
}

/** The stop at `at`, for the step that failed. */
const stopAt = (at: ExchangeStop["step"], madeReturn: ExchangeStop["madeReturn"], failed: StepFailure): { ok: false } & ExchangeStop => ({
  ok: false,
  step: at,
  madeReturn,
  refusal: failed.refusal,
  busy: failed.busy,
});

/**
 * The exchange, for real, in steps that an attempt cut short can finish
 * without making anything twice (decision 054): a return for one unit of the
 * item, its line's note naming the outcome, with the exchange line items the
 * shopper gets at no charge; those released at once by returnProcess (only
 * the exchange lines: the returned item is processed by the merchant when it
 * arrives); then a draft order for what the shopper pays, when anything,
 * its attributes naming the outcome. `earlier` is what an attempt before
 * this one made: its return is not made again, its released lines are not
 * released again, its draft order is found rather than made again.
 * `onReturn` records the return before anything else is asked of Shopify.
 */
export async function makeExchangeInShopify(
  admin: AdminGraphqlClient,
  input: {
    order: ShopifyOrder;
    item: OrderItem;
    proposal: Proposal;
    reason: ReturnReason;
    outcomeId: string;
    currencyCode: string;
    now: Date;
    earlier: EarlierAttempt | null;
  },
  onReturn: (madeReturn: { id: string; name: string }) => Promise<void>,
): Promise<ExchangeMade> {
  const { order, item, proposal } = input;
  const plan = proposal.plan;
  let madeReturn = input.earlier?.madeReturn ?? null;
  let toRelease: { id: string; quantity: number }[];
  if (madeReturn) {
    const lines = await step(adminQuery(admin, ExchangeReturnLinesQuery, { id: madeReturn.id }));
    if (!lines.ok) return stopAt("release", madeReturn, lines);
    madeReturn = { id: madeReturn.id, name: lines.value.return?.name ?? madeReturn.name };
    toRelease = (lines.value.return?.exchangeLineItems.nodes ?? [])
      .map((line) => ({ id: line.id, quantity: line.quantity - line.processedQuantity }))
      .filter((line) => line.quantity > 0);
  } else {
    if (!item.fulfillmentLineItemId) throw new Error(`${item.title} has nothing left to return`);
    const created = await step(createExchangeReturn(admin, input, item.fulfillmentLineItemId));
    if (!created.ok) return stopAt("return", null, created);
    const ret = created.value.return;
    if (!ret) return stopAt("return", null, { refusal: null, busy: false });
    madeReturn = { id: ret.id, name: ret.name };
    toRelease = ret.exchangeLineItems.nodes.map((line) => ({ id: line.id, quantity: line.quantity }));
  }
  await onReturn(madeReturn);

  if (toRelease.length > 0) {
    const released = await step(
      adminMutation(
        admin,
        ReturnProcessMutation,
        { input: { returnId: madeReturn.id, exchangeLineItems: toRelease } },
        "returnProcess",
        NOT_IDEMPOTENT,
      ),
    );
    if (!released.ok) return stopAt("release", madeReturn, released);
  }
  const exchange = { returnId: madeReturn.id, returnName: madeReturn.name };
  if (plan.draftLines.length === 0)
    return { ok: true, created: { ...exchange, draftOrderId: null, draftOrderName: null, invoiceUrl: null } };

  if (input.earlier) {
    const found = await step(earlierDraftOrder(admin, order, input.outcomeId, input.earlier.since));
    if (!found.ok) return stopAt("draft_order", madeReturn, found);
    if (found.value) return { ok: true, created: { ...exchange, ...found.value } };
  }
  const draft = await step(
    adminMutation(
      admin,
      ExchangeDraftOrderCreateMutation,
      { input: draftOrderInput(input, madeReturn.name) },
      "draftOrderCreate",
      NOT_IDEMPOTENT,
    ),
  );
  if (!draft.ok) return stopAt("draft_order", madeReturn, draft);
  const draftOrder = draft.value.draftOrder;
  return {
    ok: true,
    created: {
      ...exchange,
      draftOrderId: draftOrder?.id ?? null,
      draftOrderName: draftOrder?.name ?? null,
      invoiceUrl: draftOrder?.invoiceUrl ?? null,
    },
  };
}

type ExchangeInput = Parameters<typeof makeExchangeInShopify>[1];

async function createExchangeReturn(admin: AdminGraphqlClient, input: ExchangeInput, fulfillmentLineItemId: string) {
  const { proposal, reason } = input;
  const plan = proposal.plan;
  const note =
    plan.mode === "draft"
      ? `Exchange (${proposal.offer.name}): the item's value is credited on a Concierge draft order, do not refund it.`
      : `Exchange (${proposal.offer.name}) for ${variantLabel(proposal.exchange)}.`;
  // The reference last, never cut: it is how an unfinished attempt finds this return again.
  const reference = ` ${exchangeReference(input.outcomeId)}`;
  const returnReasonDefinitionId = await returnReasonDefinitionIdOf(admin, reason);
  return adminMutation(
    admin,
    ExchangeReturnCreateMutation,
    {
      input: {
        orderId: input.order.id,
        requestedAt: input.now.toISOString(),
        returnLineItems: [
          {
            fulfillmentLineItemId,
            quantity: 1,
            ...(returnReasonDefinitionId ? { returnReasonDefinitionId } : {}),
            returnReasonNote: note.slice(0, 255 - reference.length) + reference,
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
    NOT_IDEMPOTENT,
  );
}

function draftOrderInput(input: ExchangeInput, returnName: string) {
  const { order, item, proposal, currencyCode } = input;
  const returnedLabel = item.variantTitle ? `${item.title} – ${item.variantTitle}` : item.title;
  const titles = { credit: `Credit for the returned ${returnedLabel}`, gift: "Free gift", upsell: proposal.offer.name };
  const lineItems: DraftOrderLineItemInput[] = proposal.plan.draftLines.map((line) => ({
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
  return {
    ...(order.customer ? { purchasingEntity: { customerId: order.customer.id } } : {}),
    ...(order.email ? { email: order.email } : {}),
    note: `Exchange for ${order.name} (return ${returnName}): ${proposal.offer.name}`,
    tags: ["concierge-exchange"],
    // The order made from the draft order carries these too: orders/paid finds the outcome by them.
    customAttributes: [
      { key: EXCHANGE_ATTRIBUTE, value: input.outcomeId },
      { key: RETURN_ATTRIBUTE, value: returnName },
    ],
    lineItems,
  };
}

/** The draft order an earlier attempt made for the outcome, by the attribute that names it; null when there is none. */
async function earlierDraftOrder(admin: AdminGraphqlClient, order: ShopifyOrder, outcomeId: string, since: Date) {
  const customer = order.customer ? ` customer_id:${numericId(order.customer.id)}` : "";
  const { draftOrders } = await adminQuery(admin, ExchangeDraftOrdersQuery, {
    query: `tag:concierge-exchange created_at:>='${new Date(since.getTime() - 60_000).toISOString()}'${customer}`,
  });
  const draft = draftOrders.nodes.find((candidate) =>
    candidate.customAttributes.some((attribute) => attribute.key === EXCHANGE_ATTRIBUTE && attribute.value === outcomeId),
  );
  return draft ? { draftOrderId: draft.id, draftOrderName: draft.name, invoiceUrl: draft.invoiceUrl ?? null } : null;
}
