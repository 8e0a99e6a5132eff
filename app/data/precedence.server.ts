// A shop's list that the merchant puts in order (VIP rules, exchange offers):
// rows numbered 1, 2, 3… by `precedence`, first tried first. Every function
// takes the shop and filters on it; each feature names its own table.
import type { Prisma } from "@prisma/client";
import type { Database, DatabaseClient } from "../db.server";

const BY_PRECEDENCE: ({ precedence: "asc" } | { id: "asc" })[] = [{ precedence: "asc" }, { id: "asc" }];

/** What moving a row did; the buttons answer "gone" and "can't move further" apart. */
export type MoveResult = "moved" | "not_found" | "at_edge";

/** The calls on a precedence-ordered table (Prisma's vipRule, exchangeOffer) that keeping its order needs. */
export interface PrecedenceTable<Row> {
  findMany(args: { where: { shop: string }; orderBy: typeof BY_PRECEDENCE }): Promise<Row[]>;
  findFirst(args: { where: { shop: string; id: string } }): Promise<Row | null>;
  aggregate(args: { where: { shop: string }; _max: { precedence: true } }): Promise<{ _max: { precedence: number | null } }>;
  updateMany(args: { where: { shop: string; id: string; NOT: { precedence: number } }; data: { precedence: number } }): Promise<unknown>;
  deleteMany(args: { where: { shop: string; id: string } }): Promise<{ count: number }>;
}

/**
 * The shop's ordered list in `table`, each row read as the feature reads it:
 * listed in order, found by id, deleted (closing the gap), moved one place.
 */
export function orderedList<Row extends { id: string }, Item>(
  table: (db: DatabaseClient | Prisma.TransactionClient) => PrecedenceTable<Row>,
  read: (row: Row) => Item,
) {
  const orderedIds = async (tx: Prisma.TransactionClient, shop: string) =>
    (await table(tx).findMany({ where: { shop }, orderBy: BY_PRECEDENCE })).map((row) => row.id);
  const renumber = async (tx: Prisma.TransactionClient, shop: string, ids: string[]) => {
    for (const [index, id] of ids.entries()) {
      await table(tx).updateMany({ where: { shop, id, NOT: { precedence: index + 1 } }, data: { precedence: index + 1 } });
    }
  };
  return {
    async list(db: DatabaseClient, shop: string): Promise<Item[]> {
      return (await table(db).findMany({ where: { shop }, orderBy: BY_PRECEDENCE })).map(read);
    },
    async find(db: DatabaseClient, shop: string, id: string): Promise<Item | null> {
      const row = await table(db).findFirst({ where: { shop, id } });
      return row ? read(row) : null;
    },
    /** The precedence of a row added after the shop's others (tried last). */
    async nextPrecedence(tx: Prisma.TransactionClient, shop: string): Promise<number> {
      const last = await table(tx).aggregate({ where: { shop }, _max: { precedence: true } });
      return (last._max.precedence ?? 0) + 1;
    },
    /** Deletes a row and closes the gap it leaves. False when the shop has no such row. */
    async remove(db: Database, shop: string, id: string): Promise<boolean> {
      return db.$transaction(async (tx) => {
        const deleted = await table(tx).deleteMany({ where: { shop, id } });
        if (deleted.count === 0) return false;
        await renumber(tx, shop, await orderedIds(tx, shop));
        return true;
      });
    },
    /**
     * Moves a row one place up (tried earlier) or down: "not_found" when the
     * shop has no such row, "at_edge" when it is already first (up) or last (down).
     */
    async move(db: Database, shop: string, id: string, direction: "up" | "down"): Promise<MoveResult> {
      return db.$transaction(async (tx) => {
        const ids = await orderedIds(tx, shop);
        const from = ids.indexOf(id);
        if (from === -1) return "not_found";
        const to = direction === "up" ? from - 1 : from + 1;
        if (to < 0 || to >= ids.length) return "at_edge";
        [ids[from], ids[to]] = [ids[to], ids[from]];
        await renumber(tx, shop, ids);
        return "moved";
      });
    },
  };
}
