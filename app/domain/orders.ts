// Turns an orders/* or refunds/create payload into the facts Concierge keeps.
import { parseDecimalToMinor } from "./money";
import type { OrderPayload, RefundPayload } from "./webhook-payloads";

export interface OrderFacts {
  orderId: string;
  name: string;
  customerId: string | null;
  email: string | null;
  currencyCode: string;
  totalPriceMinor: bigint;
  financialStatus: string | null;
  fulfillmentStatus: string | null;
  discountCodes: string[];
  cartAttributes: Record<string, string>;
  cancelledAt: Date | null;
  processedAt: Date;
  shopifyUpdatedAt: Date;
}

export interface RefundFacts {
  refundId: string;
  orderId: string;
  amountMinor: bigint;
  currencyCode: string;
  createdAt: Date;
}

/** An order's codes as Concierge keys them: Shopify matches codes case-insensitively, so does Concierge. */
export function discountCodeKeys(codes: readonly string[]): string[] {
  return [...new Set(codes.map((code) => code.trim().toUpperCase()))];
}

export function orderFactsFromPayload(payload: OrderPayload): OrderFacts {
  return {
    orderId: payload.id,
    name: payload.name,
    customerId: payload.customer?.id ?? null,
    email: payload.email ?? null,
    currencyCode: payload.currency.toUpperCase(),
    totalPriceMinor: parseDecimalToMinor(payload.total_price, payload.currency),
    financialStatus: payload.financial_status ?? null,
    fulfillmentStatus: payload.fulfillment_status ?? null,
    discountCodes: discountCodeKeys(payload.discount_codes.map((discount) => discount.code)),
    cartAttributes: Object.fromEntries(payload.note_attributes.map((attribute) => [attribute.name, String(attribute.value ?? "")])),
    cancelledAt: payload.cancelled_at ?? null,
    processedAt: payload.processed_at ?? payload.created_at,
    shopifyUpdatedAt: payload.updated_at,
  };
}

/**
 * The money a refund returned to the shopper: its successful refund
 * transactions. (A refund that only restocks returns nothing.)
 */
export function refundFactsFromPayload(
  payload: Omit<RefundPayload, "order_id"> & { order_id?: string },
  orderId: string,
  orderCurrency: string,
): RefundFacts {
  const refunded = payload.transactions.filter(
    (transaction) => transaction.kind === "refund" && (transaction.status ?? "success") === "success",
  );
  const currencyCode = (refunded[0]?.currency ?? orderCurrency).toUpperCase();
  const amountMinor = refunded.reduce((sum, transaction) => sum + parseDecimalToMinor(transaction.amount, currencyCode), 0n);
  return { refundId: payload.id, orderId, amountMinor, currencyCode, createdAt: payload.created_at };
}
