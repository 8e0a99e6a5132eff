// POST /helpdesk/<shop>.myshopify.com/touches: a helpdesk (Gorgias, Zendesk,
// Re:amaze, Tidio, any JSON webhook) says one of its agents handled a
// customer's conversation. Authenticated by the shop's helpdesk secret
// (Settings → Helpdesks), never by the shop in the URL alone.
import type { ActionFunctionArgs } from "@remix-run/node";
import db from "../db.server";
import { receiveTouch } from "../services/support-touches.server";
import { shopFromPath, touchResponse } from "../http/helpdesk.server";

export const loader = () => new Response(null, { status: 405, headers: { Allow: "POST" } });

export const action = async ({ request, params }: ActionFunctionArgs) => {
  if (request.method !== "POST") return new Response(null, { status: 405, headers: { Allow: "POST" } });
  const shop = shopFromPath(params.shop);
  if (!shop) return Response.json({ error: "Unknown shop" }, { status: 404 });
  const result = await receiveTouch({ db, shop, now: new Date() }, { rawBody: await request.text(), headers: request.headers });
  return touchResponse(result);
};
