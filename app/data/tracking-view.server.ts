// Everything a view of the tracking page reads, in one SQL statement sent
// through node-postgres (no Prisma query compilation on the storefront's
// hot path): whether the shop has Concierge's session, the visitor's view count, the shop's currency and time zone,
// the page's branding, the kept order (by number and contact key, or by id),
// the shop's exchange offers and the kept catalog rows they and the order's
// kept exchange facts may need. Decision 034.
import type { Prisma } from "@prisma/client";
import { sqlPool, type DatabaseClient } from "../db.server";
import type { StoredOffer } from "../domain/exchange/matching";
import type { OfferDefinition } from "../domain/exchange/offers";
import type { TrackingBranding } from "../domain/tracking/page";
import type { ProductRow, VariantRow } from "./catalog.server";
import { storedDocument } from "./json";

/** Which kept order the view may show: the one matched by number and contact key, or a logged-in shopper's by id. */
export type KeptOrderKey = { orderName: string; contactKey: string } | { orderId: string };

/** A kept order as the page reads it (TrackingSnapshot). */
export interface SnapshotRow {
  orderId: string;
  customerId: string | null;
  data: Prisma.JsonValue;
  exchangeData: Prisma.JsonValue | null;
  fetchedAt: Date;
  invalidatedAt: Date | null;
}

/** The merchant's page settings (TrackingSettings) as the page reads them. */
export type BrandingRow = Omit<TrackingBranding, "faqLinks"> & { faqLinks: Prisma.JsonValue };

export interface TrackingViewRead {
  /** Whether the shop has Concierge's offline session (installed). */
  installed: boolean;
  /** Hits the visitor's view counter has in PostgreSQL for the window. */
  viewHits: number;
  settings: { currencyCode: string | null; ianaTimezone: string | null } | null;
  branding: BrandingRow | null;
  snapshot: SnapshotRow | null;
  /** The shop's offers, first tried first. */
  offers: StoredOffer[];
  /** Kept catalog rows the enabled offers may need for the kept order's items (a superset). */
  catalog: { products: ProductRow[]; variants: VariantRow[] };
}

const SNAPSHOT_BY_CONTACT = `SELECT "orderId", "customerId", "data", "exchangeData", "fetchedAt", "invalidatedAt" FROM "TrackingSnapshot"
  WHERE "shop" = $1 AND "orderName" = $4 AND "contactKeys" @> ARRAY[$5::text] ORDER BY "fetchedAt" DESC LIMIT 1`;
const SNAPSHOT_BY_ID = `SELECT "orderId", "customerId", "data", "exchangeData", "fetchedAt", "invalidatedAt" FROM "TrackingSnapshot"
  WHERE "shop" = $1 AND "orderId" = $4`;
const NO_SNAPSHOT = `SELECT "orderId", "customerId", "data", "exchangeData", "fetchedAt", "invalidatedAt" FROM "TrackingSnapshot" WHERE false`;

const statement = (snapshot: string) => `
WITH snap AS (${snapshot}),
offers AS (SELECT "id", "name", "precedence", "enabled", "definition" FROM "ExchangeOffer" WHERE "shop" = $1),
wanted AS (
  SELECT jsonb_path_query(snap."exchangeData", '$.order.lineItems.nodes[*].product.id') #>> '{}' AS id
    FROM snap WHERE EXISTS (SELECT 1 FROM offers WHERE "enabled")
  UNION
  SELECT target.id FROM offers,
    LATERAL (VALUES ("definition" #>> '{exchange,variantId}'), ("definition" #>> '{exchange,productId}'), ("definition" #>> '{bonus,variantId}')) AS target(id)
    WHERE offers."enabled" AND target.id IS NOT NULL
),
products AS (
  SELECT "productId", "title", "options", "variantIds" FROM "CatalogProduct" WHERE "shop" = $1 AND "productId" IN (SELECT id FROM wanted)
),
variants AS (
  SELECT "variantId", "productId", "productTitle", "title", "currencyCode", "priceMinor"::text AS "priceMinor",
    "unitCostMinor"::text AS "unitCostMinor", "inventoryQuantity", "availableForSale", "selectedOptions"
  FROM "CatalogVariant"
  -- The wanted ids as one array, looked up in the primary key (and the products' variants in the
  -- (shop, productId) index): an OR over two columns, or a join the planner sizes by guess, reads
  -- every variant of the shop, 17-28 ms a view at 50,000 variants (bench/track-lookup --catalog).
  WHERE "shop" = $1 AND "variantId" = ANY (ARRAY(
    SELECT id FROM wanted
    UNION
    SELECT by_product."variantId" FROM "CatalogVariant" AS by_product
      WHERE by_product."shop" = $1 AND by_product."productId" = ANY (ARRAY(SELECT "productId" FROM products))
  ))
)
SELECT
  EXISTS (SELECT 1 FROM "Session" WHERE "id" = 'offline_' || $1) AS "installed",
  (SELECT "hits" FROM "RateLimitBucket" WHERE "shop" = $1 AND "bucketKey" = $2 AND "windowStart" = $3) AS "viewHits",
  (SELECT json_build_object('currencyCode', "currencyCode", 'ianaTimezone', "ianaTimezone") FROM "Shop" WHERE "shop" = $1) AS "settings",
  (SELECT json_build_object('headline', "headline", 'logoUrl', "logoUrl", 'primaryColor', "primaryColor", 'accentColor', "accentColor",
      'supportEmail', "supportEmail", 'supportPhone', "supportPhone", 'supportWhatsApp', "supportWhatsApp", 'faqLinks', "faqLinks",
      'pinnedCollection', "pinnedCollection")
    FROM "TrackingSettings" WHERE "shop" = $1) AS "branding",
  snap."orderId", snap."customerId", snap."data", snap."exchangeData", snap."fetchedAt", snap."invalidatedAt",
  (SELECT coalesce(json_agg(offers ORDER BY "precedence", "id"), '[]') FROM offers) AS "offers",
  (SELECT coalesce(json_agg(products), '[]') FROM products) AS "products",
  (SELECT coalesce(json_agg(variants), '[]') FROM variants) AS "variants"
FROM (SELECT 1) AS one LEFT JOIN snap ON true`;

const STATEMENTS = { none: statement(NO_SNAPSHOT), id: statement(SNAPSHOT_BY_ID), contact: statement(SNAPSHOT_BY_CONTACT) };

interface Row {
  installed: boolean;
  viewHits: number | null;
  settings: TrackingViewRead["settings"];
  branding: BrandingRow | null;
  orderId: string | null;
  customerId: string | null;
  data: Prisma.JsonValue;
  exchangeData: Prisma.JsonValue | null;
  fetchedAt: Date | null;
  invalidatedAt: Date | null;
  offers: (Omit<StoredOffer, "definition"> & { definition: Prisma.JsonValue })[];
  products: ProductRow[];
  variants: (Omit<VariantRow, "priceMinor" | "unitCostMinor"> & { priceMinor: string; unitCostMinor: string | null })[];
}

type ViewInput = { shop: string; viewCounter: { key: string; windowStart: Date }; kept: KeptOrderKey | null };

/** The statement a view sends, its prepared name and its values (the bench explains it). */
export function trackingViewStatement(input: ViewInput): { name: string; text: string; values: unknown[] } {
  const { kept } = input;
  const variant = kept === null ? "none" : "orderId" in kept ? "id" : "contact";
  const values: unknown[] = [input.shop, input.viewCounter.key, input.viewCounter.windowStart];
  if (kept && "orderId" in kept) values.push(kept.orderId);
  else if (kept) values.push(kept.orderName, kept.contactKey);
  return { name: `tracking-view-${variant}`, text: STATEMENTS[variant], values };
}

/** What a view of the tracking page reads, in one round trip. */
export async function readTrackingView(db: DatabaseClient, input: ViewInput): Promise<TrackingViewRead> {
  const { name, text, values } = trackingViewStatement(input);
  const pool = sqlPool(db);
  // Named: each connection parses and plans it once.
  const [row] = pool ? (await pool.query<Row>({ name, text, values })).rows : await db.$queryRawUnsafe<Row[]>(text, ...values);
  return {
    installed: row!.installed,
    viewHits: row!.viewHits ?? 0,
    settings: row!.settings,
    branding: row!.branding,
    snapshot:
      row!.orderId === null || row!.fetchedAt === null
        ? null
        : {
            orderId: row!.orderId,
            customerId: row!.customerId,
            data: row!.data,
            exchangeData: row!.exchangeData,
            fetchedAt: new Date(row!.fetchedAt),
            invalidatedAt: row!.invalidatedAt === null ? null : new Date(row!.invalidatedAt),
          },
    offers: row!.offers.map((offer) => ({ ...offer, definition: storedDocument<OfferDefinition>(offer.definition) })),
    catalog: {
      products: row!.products,
      variants: row!.variants.map((variant) => ({
        ...variant,
        priceMinor: BigInt(variant.priceMinor),
        unitCostMinor: variant.unitCostMinor === null ? null : BigInt(variant.unitCostMinor),
      })),
    },
  };
}
