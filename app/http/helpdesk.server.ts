// What the helpdesk endpoints share: the shop read from the path, and a
// touch's result as the HTTP answer a helpdesk's logs will show.
import type { TouchResult } from "../services/support-touches.server";
import type { CardResult } from "../services/customer-card.server";

const SHOP_DOMAIN = /^[a-z0-9][a-z0-9-]{0,60}\.myshopify\.com$/;

/** The path's shop, when it is a myshopify.com domain; anything else is no shop. */
export function shopFromPath(value: string | undefined): string | null {
  const shop = (value ?? "").trim().toLowerCase();
  return SHOP_DOMAIN.test(shop) ? shop : null;
}

export function touchResponse(result: TouchResult): Response {
  switch (result.kind) {
    case "stored":
    case "tested":
      return Response.json(
        {
          ok: true,
          stored: result.kind === "stored",
          agent: result.agent,
          agentEmail: result.touch.agentEmail,
          channel: result.touch.channel,
          message:
            result.agent === "known"
              ? "Touch received: the agent is known to Concierge."
              : `Touch received, but no Concierge agent has the email ${result.touch.agentEmail}: map it under Settings → Helpdesks.`,
        },
        { status: result.kind === "stored" ? 201 : 200 },
      );
    case "duplicate":
      return Response.json({ error: "This touch was received already: nothing stored" }, { status: 409 });
    case "not_found":
      return Response.json({ error: "Unknown shop" }, { status: 404 });
    case "unauthorized":
      return Response.json({ error: result.reason }, { status: 401 });
    case "invalid":
      return Response.json({ error: "Invalid touch", fields: result.errors }, { status: 400 });
    case "rate_limited":
      return Response.json({ error: "Too many touches" }, { status: 429, headers: { "Retry-After": String(result.retryAfterSeconds) } });
  }
}

export function cardResponse(result: CardResult): Response {
  // A customer's card is personal data: never kept by a proxy or the browser.
  const headers = { "Cache-Control": "no-store" };
  switch (result.kind) {
    case "card":
      return Response.json(result.card, { headers });
    case "no_customer":
      return Response.json({ error: "No customer with that email or phone in this shop" }, { status: 404, headers });
    case "invalid":
      return Response.json({ error: "Invalid request", fields: result.errors }, { status: 400, headers });
    case "not_found":
      return Response.json({ error: "Unknown shop" }, { status: 404, headers });
    case "unauthorized":
      return Response.json({ error: result.reason }, { status: 401, headers });
    case "rate_limited":
      return Response.json(
        { error: "Too many requests" },
        { status: 429, headers: { ...headers, "Retry-After": String(result.retryAfterSeconds) } },
      );
  }
}
