import { adminOperation, type UserError } from "../admin-api.server";

export interface ExchangeDraftOrderLine {
  variantId: string;
  quantity: number;
  appliedDiscount?: {
    title: string;
    description?: string;
    valueType: "FIXED_AMOUNT" | "PERCENTAGE";
    value: number;
    amountWithCurrency?: { amount: string; currencyCode: string };
  };
  customAttributes?: { key: string; value: string }[];
}

/** Shopify's DraftOrderInput, the fields an exchange uses. */
export interface ExchangeDraftOrderInput {
  purchasingEntity?: { customerId: string };
  email?: string;
  note?: string;
  tags?: string[];
  customAttributes?: { key: string; value: string }[];
  lineItems: ExchangeDraftOrderLine[];
}

export interface ExchangeDraftOrderCreate {
  draftOrderCreate: {
    draftOrder: {
      id: string;
      name: string;
      invoiceUrl: string | null;
      totalPriceSet: { shopMoney: { amount: string; currencyCode: string } };
    } | null;
    userErrors: UserError[];
  } | null;
}

/** The draft order a shopper pays for what an exchange costs on top (write_draft_orders). */
export const ExchangeDraftOrderCreateMutation = adminOperation<ExchangeDraftOrderCreate, { input: ExchangeDraftOrderInput }>(`#graphql
  mutation ExchangeDraftOrderCreate($input: DraftOrderInput!) {
    draftOrderCreate(input: $input) {
      draftOrder {
        id
        name
        invoiceUrl
        totalPriceSet {
          shopMoney {
            amount
            currencyCode
          }
        }
      }
      userErrors {
        field
        message
      }
    }
  }
`);
