// Webhook payloads in Shopify's REST shape, with only what a test changes
// spelled out at the call site.
let sequence = 1000;
const nextId = () => ++sequence;

export function orderPayload(overrides: Record<string, unknown> = {}) {
  const id = (overrides.id as number | undefined) ?? nextId();
  return {
    id,
    admin_graphql_api_id: `gid://shopify/Order/${id}`,
    name: `#${id}`,
    email: "amira@example.com",
    phone: null,
    currency: "USD",
    total_price: "120.00",
    current_total_price: "120.00",
    financial_status: "paid",
    fulfillment_status: null,
    cancelled_at: null,
    created_at: "2026-11-02T10:00:00Z",
    processed_at: "2026-11-02T10:00:00Z",
    updated_at: "2026-11-02T10:00:00Z",
    discount_codes: [],
    note_attributes: [],
    customer: { id: 7001, admin_graphql_api_id: "gid://shopify/Customer/7001" },
    line_items: [],
    refunds: [],
    ...overrides,
  };
}

export function refundPayload(orderId: number, amount: string, overrides: Record<string, unknown> = {}) {
  const id = (overrides.id as number | undefined) ?? nextId();
  return {
    id,
    admin_graphql_api_id: `gid://shopify/Refund/${id}`,
    order_id: orderId,
    created_at: "2026-11-05T09:00:00Z",
    note: null,
    refund_line_items: [],
    transactions: [{ id: nextId(), amount, kind: "refund", status: "success", currency: "USD", gateway: "shopify_payments" }],
    ...overrides,
  };
}

export function customerPayload(overrides: Record<string, unknown> = {}) {
  const id = (overrides.id as number | undefined) ?? nextId();
  return {
    id,
    admin_graphql_api_id: `gid://shopify/Customer/${id}`,
    email: "amira@example.com",
    phone: "+971500000001",
    first_name: "Amira",
    last_name: "Haddad",
    created_at: "2026-01-02T10:00:00Z",
    updated_at: "2026-11-02T10:00:00Z",
    state: "enabled",
    currency: "USD",
    ...overrides,
  };
}
