// GET /helpdesk/<shop>.myshopify.com/card?email=…&agent=…: Concierge's
// customer card beside a helpdesk ticket, as JSON (a Gorgias HTTP-integration
// widget shows it). Authenticated by the shop's helpdesk secret.
import type { LoaderFunctionArgs } from "@remix-run/node";
import db from "../db.server";
import { env } from "../env.server";
import { customerCard } from "../services/customer-card.server";
import { cardResponse, shopFromPath } from "../http/helpdesk.server";

export const loader = async ({ request, params }: LoaderFunctionArgs) => {
  const shop = shopFromPath(params.shop);
  if (!shop) return Response.json({ error: "Unknown shop" }, { status: 404 });
  const result = await customerCard(
    { db, shop, now: new Date() },
    { url: new URL(request.url), headers: request.headers, apiKey: env.SHOPIFY_API_KEY },
  );
  return cardResponse(result);
};
