import { formatMinorAsDecimal } from "../domain/money";
import type { CurrencyCode, MoneyInput } from "../types/admin.types";

/** Shopify's MoneyInput; the currency is one Shopify gave (an order's or the shop's, one of its CurrencyCode values). */
export function moneyInput(minor: bigint, currencyCode: string): MoneyInput {
  return { amount: formatMinorAsDecimal(minor, currencyCode), currencyCode: currencyCode as CurrencyCode };
}
