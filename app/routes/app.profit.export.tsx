// The profit dashboard as CSV: every table with its parts (?table= for one),
// for the period the dashboard shows (?period=, ?from=, ?to=).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { adminContext } from "../http/admin-context.server";
import { profitCsv } from "../services/profit-dashboard.server";
import { answeringShopifyUnavailable } from "../http/shopify-unavailable.server";

export const loader = answeringShopifyUnavailable(async ({ request }: LoaderFunctionArgs) => {
  const { context } = await adminContext(request);
  const { filename, csv } = await profitCsv(context, new URL(request.url).searchParams);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
    },
  });
});
