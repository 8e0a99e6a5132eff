// GET /links/<shop>/click/<message>?to=<page of the shop>&s=<signature>: a
// link in one of Concierge's emails. Signed for exactly that shop, message
// and destination (decision 026): logged, then the destination; anything
// else is a 404 and nothing is recorded.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import db from "../db.server";
import { shopFromPath } from "../http/helpdesk.server";
import { followClickLink } from "../services/outreach-links.server";

const query = z.object({ to: z.string().min(1).max(2048), s: z.string().max(64) });
const messageId = z.string().regex(/^[a-z0-9]{10,40}$/);

export const loader = async ({ request, params }: LoaderFunctionArgs) => {
  const shop = shopFromPath(params.shop);
  const id = messageId.safeParse(params.messageId);
  const url = new URL(request.url);
  const parsed = query.safeParse({ to: url.searchParams.get("to"), s: url.searchParams.get("s") });
  if (!shop || !id.success || !parsed.success) return notFound();
  const result = await followClickLink(
    { db, now: new Date() },
    { shop, messageId: id.data, destination: parsed.data.to, signature: parsed.data.s },
  );
  if (result.kind === "invalid") return notFound();
  return new Response(null, {
    status: 302,
    headers: { Location: result.to, "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" },
  });
};

const notFound = () =>
  new Response("This link does not work: it is incomplete or has been changed.", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
