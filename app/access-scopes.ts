// Every Admin API access scope Concierge asks for, and why. Kept in the same
// order as `scopes` in shopify.app.toml; a test checks the two agree.
export const ACCESS_SCOPES = [
  "read_customers", // VIP rules read tags, spend and order counts; the agent desk looks customers up
  "write_customers", // VIP tiers are written back as tags and an app-owned metafield
  "read_orders", // attribution, tracking and the profit dashboard read orders
  // Without it order(id:) and orders(query:) see the last 60 days only: the
  // history import would stop there, the tracking page would not find an
  // older order, and a refund on one would leave its customer's VIP tier
  // stale. Shopify grants it only once it approves the app's request in the
  // Partner Dashboard; a shop installed without it is answered honestly
  // (docs/decisions/012, 016).
  "read_all_orders",
  "write_orders", // kept for order writes around returns until a real store confirms write_returns alone suffices
  "read_products", // exchange offers and tracking-page upsells read products and variants
  "read_inventory", // unit cost for profit, stock for exchange offers
  "read_discounts", // agent codes are read back
  "write_discounts", // agents' personal and delight codes are created in Shopify
  "read_returns", // exchanges read returns
  "write_returns", // exchanges create returns with exchange line items
  "write_draft_orders", // an exchange the shopper pays a difference for becomes a draft order (draftOrderCreate needs this scope, not write_orders)
  "read_fulfillments", // the tracking timeline reads fulfillments and their events
  "read_merchant_managed_fulfillment_orders", // returnable items and delivery method of merchant-fulfilled orders
  "read_third_party_fulfillment_orders", // the same for orders a fulfillment service (a 3PL) ships: without it Shopify leaves their fulfillment orders out and the timeline misses stages
  "read_online_store_navigation", // the /track redirect is read back
  "write_online_store_navigation", // and created on install (urlRedirectCreate)
  "write_app_proxy", // configuring the app proxy needs it (shopify.dev, "About app proxies"): /track, exchange requests and chat beacons go through it
] as const;
