// The largest amount each money field of the admin takes, in whole units of
// the shop currency. Every form refuses more, with the limit in its message,
// so a slip of the keyboard (twenty zeros) never reaches Shopify, a sum or the
// database. The limits are in whole units rather than minor units so they say
// something to the merchant ("at most $1,000,000.00"); they are generous
// because a unit is worth little in some currencies: a support ticket costs
// tens of thousands of dong, rupiah or won. All stay far below
// MAX_AMOUNT_MINOR (./money), so months of them still add up exactly.

export const AMOUNT_LIMITS = {
  /** A fixed amount off an order: an agent's personal code, a delight code, an exchange offer's upsell. */
  discount: 10_000_000,
  /** The order subtotal a personal code asks for. */
  minimumSubtotal: 100_000_000,
  /** An agent's monthly "surprise and delight" budget, and the shop's default for it. */
  monthlyDelightBudget: 100_000_000,
  /** What one support ticket costs the merchant (the tracking page's deflection figure). */
  costPerTicket: 1_000_000,
  /** A month of the support team's salaries, tools or other costs. */
  teamCostPerMonth: 10_000_000_000,
  /** The amount a customer has spent, in a VIP rule's condition. */
  vipAmountSpent: 10_000_000_000,
  /** What a VIP tier lets Concierge refund at once, per refund and per customer per month. */
  instantRefund: 100_000_000,
} as const;

export type AmountLimit = keyof typeof AMOUNT_LIMITS;
