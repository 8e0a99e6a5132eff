// Who is asking, for a storefront request that reached the app through
// Shopify's app proxy: the logged-in customer if any, else the shopper's
// address as Shopify forwards it. Used only as a rate-limit key (hashed).
export function visitorOf(request: Request, url: URL): string {
  const customer = url.searchParams.get("logged_in_customer_id");
  if (customer) return `customer:${customer}`;
  const forwarded = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return `address:${forwarded || request.headers.get("x-real-ip") || "unknown"}`;
}
