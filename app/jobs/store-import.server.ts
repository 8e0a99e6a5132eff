// Drives an import of the store's history (StoreImport row) to its end on a
// worker. Its progress is on the row, so a retry after a worker died picks
// up after the last batch written; a driver still beating elsewhere makes
// this attempt wait for a retry rather than run beside it. The attempt that
// fails for good ends the import as failed, with the reason, for the admin.
import { findStoreImport, isActiveImport } from "../data/store-imports.server";
import { driveStoreImport, failStoreImport } from "../services/store-import.server";
import type { JobDefinition } from "./job";

export const storeImportJob: JobDefinition<"store-import"> = {
  adminPurpose: "backfill",
  async run({ shop, importId }, { db, adminFor, now, signal }) {
    const record = await findStoreImport(db, shop, importId);
    if (!record || !isActiveImport(record)) return;
    const driven = await driveStoreImport({ db, admin: await adminFor(shop), shop, now, signal }, importId);
    if (driven === null) throw new Error("Another worker is still importing this store's history");
  },
  async describe() {
    return "Importing the store's history";
  },
  async onFailedForGood({ shop, importId }, error, { db, now }) {
    await failStoreImport(db, shop, importId, error, now());
  },
};
