// The catalog facts exchange offers need (products, variants with their
// options, price and stock), kept in PostgreSQL so a tracking page view
// never asks Shopify for them: the first view of an offer's product fetches
// and keeps it; products/* and inventory_levels/update webhooks, and an
// hourly refresh of what they may have missed, keep it true. Decision 022.
import {
  catalogFromRows,
  forgetProducts,
  forgetVariants,
  readCatalog,
  saveCatalog,
  type ProductRow,
  type VariantRow,
} from "../data/catalog.server";
import type { Catalog } from "../domain/exchange/matching";
import { loadCatalog } from "./exchange-orders.server";
import type { ShopContext } from "./context";

/** Asks Shopify for these products and variants and keeps what it says. */
async function fetchAndKeep(ctx: ShopContext, ids: readonly string[], currencyCode: string) {
  const fetched = await loadCatalog(ctx.admin, ids, currencyCode);
  const entries = { products: [...fetched.products.values()], variants: [...fetched.variants.values()] };
  await saveCatalog(ctx.db, ctx.shop, entries, currencyCode, ctx.now);
  return fetched;
}

/**
 * What the page may show: kept facts, and Shopify asked only for what was
 * never kept. `rows`: kept rows already read for these ids (and maybe more).
 */
export async function catalogFor(
  ctx: ShopContext,
  ids: readonly string[],
  currencyCode: string,
  rows: { products: readonly ProductRow[]; variants: readonly VariantRow[] } | null = null,
): Promise<Catalog> {
  const { catalog, missing } = rows
    ? catalogFromRows(rows.products, rows.variants, ids, currencyCode)
    : await readCatalog(ctx.db, ctx.shop, ids, currencyCode);
  if (missing.length === 0) return catalog;
  const fetched = await fetchAndKeep(ctx, missing, currencyCode);
  return {
    variants: new Map([...catalog.variants, ...fetched.variants]),
    products: new Map([...catalog.products, ...fetched.products]),
  };
}

/**
 * Asks Shopify again for these products (GIDs) and keeps what it says: a
 * product it no longer has is forgotten, and so are the variants a product
 * no longer lists. Run by the catalog-refresh job, never by a page view.
 */
export async function refreshCatalog(ctx: ShopContext, productIds: readonly string[], currencyCode: string): Promise<void> {
  if (productIds.length === 0) return;
  const fetched = await fetchAndKeep(ctx, productIds, currencyCode);
  await forgetProducts(
    ctx.db,
    ctx.shop,
    productIds.filter((id) => !fetched.products.has(id)),
  );
  for (const product of fetched.products.values()) {
    const kept = await ctx.db.catalogVariant.findMany({ where: { shop: ctx.shop, productId: product.id }, select: { variantId: true } });
    await forgetVariants(
      ctx.db,
      ctx.shop,
      kept.map((row) => row.variantId).filter((id) => !product.variantIds.includes(id)),
    );
  }
}
