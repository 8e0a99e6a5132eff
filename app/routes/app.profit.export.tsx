// The profit dashboard as CSV: every table with its parts (?table= for one),
// for the period the dashboard shows (?period=, ?from=, ?to=).
import type { LoaderFunctionArgs } from "@remix-run/node";
import db from "../db.server";
import { authenticate } from "../shopify.server";
import { profitCsv } from "../services/profit-dashboard.server";
import { adminLocale } from "../i18n/locale.server";
import { answeringShopifyUnavailable } from "../http/shopify-unavailable.server";

export const loader = answeringShopifyUnavailable(async ({ request }: LoaderFunctionArgs) => {
  const { admin, session } = await authenticate.admin(request);
  const locale = await adminLocale(request, session);
  const { filename, csv } = await profitCsv({ db, admin, shop: session.shop, now: new Date(), locale }, new URL(request.url).searchParams);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
    },
  });
});
