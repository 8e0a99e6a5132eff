// A worker process of the app for the multi-process tests: the app's own
// worker (every queue, supervision every second) against DATABASE_URL.
// Prints "working" once it has started.
import { applyTestEnvironment } from "../setup/test-environment";

applyTestEnvironment();
const { default: db } = await import("../../app/db.server");
const { startWorker } = await import("../../app/jobs/worker.server");
const worker = await startWorker(
  {
    db,
    adminFor: async (shop) => {
      const { unauthenticated } = await import("../../app/shopify.server");
      return (await unauthenticated.admin(shop)).admin;
    },
  },
  { superviseIntervalSeconds: 1, pollingIntervalSeconds: 0.5, concurrency: 2 },
);
console.log("working");
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, () => {
    void worker.stop().then(() => process.exit(0));
  });
}
