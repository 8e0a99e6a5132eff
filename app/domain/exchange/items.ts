// The items of an order as the exchange rules read them: what was bought,
// what it cost the shopper, when it arrived, and how much of it Shopify says
// can still be returned. Built from plain data (the Admin API's answers),
// so the rules can be tested without Shopify.
import { parseDecimalToMinor } from "../money";

export interface SelectedOption {
  name: string;
  value: string;
}

/** One line of an order, as the exchange rules see it. */
export interface OrderItem {
  lineItemId: string;
  title: string;
  variantTitle: string | null;
  productId: string | null;
  productTitle: string | null;
  variantId: string | null;
  selectedOptions: SelectedOption[];
  productTags: string[];
  collectionIds: string[];
  isGiftCard: boolean;
  quantity: number;
  /** Units no longer on the order: refunded or removed. */
  removedQuantity: number;
  /** Units in a return that is not cancelled or declined. */
  inReturnQuantity: number;
  /** Units shipped. */
  fulfilledQuantity: number;
  /** What Shopify says can still be returned, and from which fulfillment line. */
  returnableQuantity: number;
  fulfillmentLineItemId: string | null;
  /** What the shopper paid for one unit, after every discount, in minor units. */
  paidUnitMinor: bigint;
  currencyCode: string;
  /** When the item's shipment was delivered (null: no delivery scan). */
  deliveredAt: string | null;
  /** When the item was shipped. */
  fulfilledAt: string | null;
}

/** The Admin API's order, reduced to what this module reads. */
export interface OrderFacts {
  currencyCode: string;
  lineItems: {
    nodes: {
      id: string;
      title: string;
      variantTitle: string | null;
      quantity: number;
      currentQuantity: number;
      isGiftCard: boolean;
      discountedUnitPriceAfterAllDiscountsSet: { shopMoney: { amount: string; currencyCode: string } };
      variant: { id: string; selectedOptions: SelectedOption[] } | null;
      product: { id: string; title: string; tags: string[]; collections: { nodes: { id: string }[] } } | null;
    }[];
  };
  fulfillments: {
    status: string;
    createdAt: string;
    deliveredAt: string | null;
    fulfillmentLineItems: { nodes: { id: string; quantity: number | null; lineItem: { id: string } }[] };
  }[];
  returns: {
    nodes: {
      id?: string;
      name?: string;
      status: string;
      returnLineItems: {
        nodes: {
          quantity: number;
          returnReasonNote?: string | null;
          fulfillmentLineItem?: { id?: string; lineItem: { id: string } };
        }[];
      };
    }[];
  };
}

/** Shopify's returnableFulfillments, reduced to its line items. */
export interface ReturnableFacts {
  fulfillmentLineItemId: string;
  lineItemId: string;
  quantity: number;
}

const LIVE_RETURN = new Set(["OPEN", "REQUESTED", "CLOSED"]);

/** Items of the order the shopper got from the merchant, one per order line. */
export function orderItemsOf(order: OrderFacts, returnable: readonly ReturnableFacts[]): OrderItem[] {
  return order.lineItems.nodes.map((line) => {
    const shipments = order.fulfillments
      .filter((fulfillment) => fulfillment.status === "SUCCESS")
      .flatMap((fulfillment) =>
        fulfillment.fulfillmentLineItems.nodes
          .filter((fli) => fli.lineItem.id === line.id)
          .map((fli) => ({ fli, createdAt: fulfillment.createdAt, deliveredAt: fulfillment.deliveredAt })),
      );
    const returnableHere = returnable.filter((item) => item.lineItemId === line.id && item.quantity > 0);
    // The shipment a return would come from: the first one with units left to return.
    const source =
      shipments.find((shipment) => returnableHere.some((item) => item.fulfillmentLineItemId === shipment.fli.id)) ?? shipments.at(-1);
    const price = line.discountedUnitPriceAfterAllDiscountsSet.shopMoney;
    return {
      lineItemId: line.id,
      title: line.product?.title ?? line.title,
      variantTitle: line.variantTitle,
      productId: line.product?.id ?? null,
      productTitle: line.product?.title ?? null,
      variantId: line.variant?.id ?? null,
      selectedOptions: line.variant?.selectedOptions ?? [],
      productTags: line.product?.tags ?? [],
      collectionIds: line.product?.collections.nodes.map((collection) => collection.id) ?? [],
      isGiftCard: line.isGiftCard,
      quantity: line.quantity,
      removedQuantity: Math.max(0, line.quantity - line.currentQuantity),
      inReturnQuantity: order.returns.nodes
        .filter((ret) => LIVE_RETURN.has(ret.status))
        .flatMap((ret) => ret.returnLineItems.nodes)
        .filter((returned) => returned.fulfillmentLineItem?.lineItem.id === line.id)
        .reduce((sum, returned) => sum + returned.quantity, 0),
      fulfilledQuantity: shipments.reduce((sum, shipment) => sum + (shipment.fli.quantity ?? 0), 0),
      returnableQuantity: returnableHere.reduce((sum, item) => sum + item.quantity, 0),
      fulfillmentLineItemId: source
        ? (returnableHere.find((item) => item.fulfillmentLineItemId === source.fli.id)?.fulfillmentLineItemId ?? null)
        : null,
      paidUnitMinor: parseDecimalToMinor(price.amount, price.currencyCode),
      currencyCode: price.currencyCode,
      deliveredAt: source?.deliveredAt ?? null,
      fulfilledAt: source?.createdAt ?? null,
    };
  });
}
