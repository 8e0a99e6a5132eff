// A customers/data_request report as a file to send to the customer:
// ?format=json (the report as Concierge wrote it) or ?format=csv.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { getDataRequest } from "../data/compliance.server";
import { dataReportCsv, dataReportOf } from "../domain/compliance/data-report";
import { adminContext } from "../http/admin-context.server";
import { answeringShopifyUnavailable } from "../http/shopify-unavailable.server";

const formatSchema = z.enum(["json", "csv"]);

export const loader = answeringShopifyUnavailable(async ({ request, params }: LoaderFunctionArgs) => {
  const { context, language } = await adminContext(request);
  const format = formatSchema.safeParse(new URL(request.url).searchParams.get("format"));
  if (!format.success) return new Response("Ask for format=json or format=csv", { status: 400 });
  // Scoped by shop: another shop's report id finds nothing.
  const stored = await getDataRequest(context.db, context.shop, params.id ?? "");
  if (!stored) return new Response("Not found", { status: 404 });
  const report = dataReportOf(stored.report);
  const filename = `concierge-data-request-${stored.customerId ?? "customer"}-${stored.createdAt.toISOString().slice(0, 10)}.${format.data}`;
  return new Response(format.data === "json" ? JSON.stringify(report, null, 2) : dataReportCsv(report, language.t), {
    headers: {
      "Content-Type": format.data === "json" ? "application/json; charset=utf-8" : "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
    },
  });
});
