// /links/<shop>/unsubscribe/<message>?s=<signature>: the unsubscribe link of a
// marketing email (decision 026). GET asks, in the message's language; POST
// (the page's button, or a mail client's one-click unsubscribe, RFC 8058)
// records it and queues the consent update in Shopify, then confirms. A
// forged or altered link answers 404 and changes nothing.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import db from "../db.server";
import { shopFromPath } from "../http/helpdesk.server";
import { INVALID_LINK_PAGE, unsubscribe, unsubscribePage, type LinkPageResult } from "../services/outreach-links.server";

const messageId = z.string().regex(/^[a-z0-9]{10,40}$/);
const signature = z.string().max(64);

function readLink(request: Request, params: LoaderFunctionArgs["params"]) {
  const url = new URL(request.url);
  const shop = shopFromPath(params.shop);
  const id = messageId.safeParse(params.messageId);
  const s = signature.safeParse(url.searchParams.get("s"));
  if (!shop || !id.success || !s.success) return null;
  return { shop, messageId: id.data, signature: s.data, formAction: `${url.pathname}${url.search}` };
}

const page = (result: LinkPageResult) =>
  new Response(result.html, {
    status: result.status,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" },
  });

export const loader = async ({ request, params }: LoaderFunctionArgs) => {
  const link = readLink(request, params);
  return page(link ? await unsubscribePage(db, link) : INVALID_LINK_PAGE);
};

export const action = async ({ request, params }: ActionFunctionArgs) => {
  if (request.method !== "POST") return new Response(null, { status: 405, headers: { Allow: "GET, POST" } });
  const link = readLink(request, params);
  return page(link ? await unsubscribe({ db, now: new Date() }, link) : INVALID_LINK_PAGE);
};
