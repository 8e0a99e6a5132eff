// The products and variants exchange offers point at, as Shopify last said
// (CatalogProduct, CatalogVariant): read by the tracking page instead of the
// Admin API, written by the catalog refresh (services/catalog-cache.server.ts).
import type { Prisma } from "@prisma/client";
import type { DatabaseClient } from "../db.server";
import type { Catalog, CatalogProduct, CatalogVariant } from "../domain/exchange/matching";
import { storedDocument, toJson } from "./json";

/** A variant as kept: what the offers read, plus its inventory item (inventory_levels/update names it). */
export type KeptVariant = CatalogVariant & { inventoryItemId: string | null };

/** A CatalogProduct row, as the catalog is built from it. */
export interface ProductRow {
  productId: string;
  title: string;
  options: Prisma.JsonValue;
  variantIds: string[];
}

/** A CatalogVariant row, as the catalog is built from it. */
export interface VariantRow {
  variantId: string;
  productId: string;
  productTitle: string;
  title: string;
  currencyCode: string;
  priceMinor: bigint;
  unitCostMinor: bigint | null;
  inventoryQuantity: number | null;
  availableForSale: boolean;
  selectedOptions: Prisma.JsonValue;
}

/**
 * The catalog of `ids` (product or variant GIDs) in `currencyCode` from the
 * rows read for them (more rows than needed are fine), and the ids not kept
 * (or kept in another currency) to ask Shopify for.
 */
export function catalogFromRows(
  productRows: readonly ProductRow[],
  variantRows: readonly VariantRow[],
  ids: readonly string[],
  currencyCode: string,
): { catalog: Catalog; missing: string[] } {
  const variants = new Map<string, CatalogVariant>();
  for (const row of variantRows) {
    if (row.currencyCode !== currencyCode) continue;
    variants.set(row.variantId, {
      id: row.variantId,
      productId: row.productId,
      productTitle: row.productTitle,
      title: row.title,
      priceMinor: row.priceMinor,
      unitCostMinor: row.unitCostMinor,
      inventoryQuantity: row.inventoryQuantity,
      availableForSale: row.availableForSale,
      selectedOptions: storedDocument<CatalogVariant["selectedOptions"]>(row.selectedOptions),
    });
  }
  const products = new Map<string, CatalogProduct>();
  for (const row of productRows) {
    // A product whose variants are not all kept in this currency is asked for again.
    if (!row.variantIds.every((id) => variants.has(id))) continue;
    products.set(row.productId, {
      id: row.productId,
      title: row.title,
      options: storedDocument<CatalogProduct["options"]>(row.options),
      variantIds: row.variantIds,
    });
  }
  const missing = ids.filter((id) => !products.has(id) && !variants.has(id));
  return { catalog: { variants, products }, missing };
}

/**
 * What is kept of `ids` (product or variant GIDs) in `currencyCode`: the
 * catalog, and the ids not kept (or kept in another currency) to ask Shopify for.
 */
export async function readCatalog(
  db: DatabaseClient,
  shop: string,
  ids: readonly string[],
  currencyCode: string,
): Promise<{ catalog: Catalog; missing: string[] }> {
  if (ids.length === 0) return { catalog: { variants: new Map(), products: new Map() }, missing: [] };
  const productRows = await db.catalogProduct.findMany({ where: { shop, productId: { in: [...ids] } } });
  const variantRows = await db.catalogVariant.findMany({
    where: { shop, currencyCode, OR: [{ variantId: { in: [...ids] } }, { productId: { in: productRows.map((row) => row.productId) } }] },
  });
  return catalogFromRows(productRows, variantRows, ids, currencyCode);
}

/** Keeps what Shopify said of these products and variants, replacing what was kept of them. */
export async function saveCatalog(
  db: DatabaseClient,
  shop: string,
  entries: { products: CatalogProduct[]; variants: KeptVariant[] },
  currencyCode: string,
  refreshedAt: Date,
) {
  const statements = [
    ...entries.products.map((product) => {
      const data = { title: product.title, options: toJson(product.options), variantIds: product.variantIds, refreshedAt };
      return db.catalogProduct.upsert({
        where: { shop_productId: { shop, productId: product.id } },
        create: { shop, productId: product.id, ...data },
        update: data,
      });
    }),
    ...entries.variants.map((variant) => {
      const data = {
        productId: variant.productId,
        productTitle: variant.productTitle,
        title: variant.title,
        currencyCode,
        priceMinor: variant.priceMinor,
        unitCostMinor: variant.unitCostMinor,
        inventoryQuantity: variant.inventoryQuantity,
        availableForSale: variant.availableForSale,
        selectedOptions: toJson(variant.selectedOptions),
        inventoryItemId: variant.inventoryItemId,
        refreshedAt,
      };
      return db.catalogVariant.upsert({
        where: { shop_variantId: { shop, variantId: variant.id } },
        create: { shop, variantId: variant.id, ...data },
        update: data,
      });
    }),
  ];
  for (const statement of statements) await statement;
}

/** A product Shopify no longer has (or no longer shows): it and its variants are forgotten. */
export async function forgetProducts(db: DatabaseClient, shop: string, productIds: readonly string[]) {
  if (productIds.length === 0) return;
  await db.catalogVariant.deleteMany({ where: { shop, productId: { in: [...productIds] } } });
  await db.catalogProduct.deleteMany({ where: { shop, productId: { in: [...productIds] } } });
}

/** Variants Shopify no longer has. */
export async function forgetVariants(db: DatabaseClient, shop: string, variantIds: readonly string[]) {
  if (variantIds.length === 0) return;
  await db.catalogVariant.deleteMany({ where: { shop, variantId: { in: [...variantIds] } } });
}

/** The kept products among `productIds` (GIDs), directly or through a kept variant. */
export async function keptProductIds(db: DatabaseClient, shop: string, productIds: readonly string[]): Promise<string[]> {
  const rows = await db.catalogVariant.findMany({
    where: { shop, productId: { in: [...productIds] } },
    distinct: ["productId"],
    select: { productId: true },
  });
  return rows.map((row) => row.productId);
}

/** The kept product of a variant whose inventory item this is, if any. */
export async function productOfInventoryItem(db: DatabaseClient, shop: string, inventoryItemId: string): Promise<string | null> {
  const row = await db.catalogVariant.findFirst({ where: { shop, inventoryItemId }, select: { productId: true } });
  return row?.productId ?? null;
}

/** Up to `limit` kept products (GIDs) of a shop last refreshed before `before`, oldest first. */
export async function staleProductIds(db: DatabaseClient, shop: string, before: Date, limit: number): Promise<string[]> {
  const rows = await db.catalogVariant.groupBy({
    by: ["productId"],
    where: { shop, refreshedAt: { lt: before } },
    _min: { refreshedAt: true },
    orderBy: { _min: { refreshedAt: "asc" } },
    take: limit,
  });
  return rows.map((row) => row.productId);
}

/** The shops with something kept refreshed before `before`. */
export async function shopsWithStaleCatalog(db: DatabaseClient, before: Date): Promise<string[]> {
  const rows = await db.catalogVariant.findMany({ where: { refreshedAt: { lt: before } }, distinct: ["shop"], select: { shop: true } });
  return rows.map((row) => row.shop);
}
