// What a service is handed: the database, the shop's Admin API client, the
// shop and the time, passed in by the route, the job or the test that calls
// it, never imported. Each service names the part it uses with Pick, so a
// test builds only that part and a reader sees at a glance what a service
// touches (the database? Shopify? the clock?).
import type { AdminGraphqlClient } from "../admin-api.server";
import type { Database } from "../db.server";

/** The signed-in staff member of an admin page, from their online session. */
export interface StaffMember {
  userId: string;
  email: string | null;
  name: string | null;
}

export interface ServiceContext {
  db: Database;
  admin: AdminGraphqlClient;
  /** The shop's myshopify.com domain: every read and write is filtered by it. */
  shop: string;
  /** "Now" for the whole call, so one request never sees two different times. */
  now: Date;
  /** The signed-in staff member (admin pages); null when the session names none. */
  staff: StaffMember | null;
  /** The staff member's locale, from their session; English when absent or unknown. */
  locale?: string | null;
}

/** What a job hands a service: the database, the shop's Admin API client, and a clock read anew at each step of a long run. */
export type JobServiceContext = Pick<ServiceContext, "db" | "admin"> & { now: () => Date };

/** The usual four: the database, Shopify, the shop and the time. */
export type ShopContext = Pick<ServiceContext, "db" | "admin" | "shop" | "now" | "locale">;
