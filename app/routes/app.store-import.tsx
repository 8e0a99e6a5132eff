// "Import the store's history again" (the Profit and home pages): queues an
// import, or answers with the one already running. The pages show its
// progress from their own loaders (loadStoreImportView).
import type { ActionFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { storeImportRequestSchema } from "../domain/store-import";
import { queueStoreImport } from "../services/store-import.server";
import { adminContext } from "../http/admin-context.server";
import { answeringShopifyUnavailable } from "../http/shopify-unavailable.server";
import { readForm } from "../http/form-data.server";

export const action = answeringShopifyUnavailable(async ({ request }: ActionFunctionArgs) => {
  const { context } = await adminContext(request);
  const parsed = storeImportRequestSchema.safeParse(Object.fromEntries(await readForm(request)));
  if (!parsed.success) return json({ error: "Unknown action" }, { status: 400 });
  const record = await queueStoreImport(context.db, context.shop, "merchant", context.now);
  return json({ importId: record.id, status: record.status });
});
