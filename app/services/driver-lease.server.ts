// The lease that keeps one driver per job (the VIP backfill, the history
// import): claimed when a driver starts, renewed by a heartbeat of its own,
// and taken over by another driver once it is older than a minute.

/** A driver whose heartbeat is older than this is taken to be dead, and another may take over. */
const DRIVER_LEASE_MS = 60_000;
const HEARTBEAT_MS = 15_000;

/** Drivers whose heartbeat is older than this, at `now`, are taken to be dead. */
export function leaseCutoff(now: Date) {
  return new Date(now.getTime() - DRIVER_LEASE_MS);
}

function describeDriverError(error: unknown) {
  if (!(error instanceof Error)) return "Unknown error";
  return `${error.name}: ${error.message}`.slice(0, 500);
}

export interface DriverLease {
  /** Takes the job if no live driver holds it (false: another one does). */
  claim(now: Date, staleBefore: Date): Promise<boolean>;
  /** Renews the lease. */
  beat(): Promise<unknown>;
  /** Records a failure (`message`: its name and message, 500 characters at most) before it is thrown. */
  fail(error: unknown, message: string): Promise<unknown>;
}

/**
 * Runs `drive` while holding the job's lease, renewed every 15 seconds;
 * null when another driver holds it. A failure is recorded, then thrown.
 */
export async function leasedDrive<T>(now: () => Date, lease: DriverLease, drive: () => Promise<T>): Promise<T | null> {
  if (!(await lease.claim(now(), leaseCutoff(now())))) return null;
  const stopHeartbeat = keepLeaseAlive(() => lease.beat());
  try {
    return await drive();
  } catch (error) {
    stopHeartbeat();
    await lease.fail(error, describeDriverError(error));
    throw error;
  } finally {
    stopHeartbeat();
  }
}

/**
 * Keeps a driver's lease with a beat of its own, every 15 seconds: one batch
 * may wait on Shopify (its rate limit, a bulk query slot) for longer than the
 * lease. Returns what stops it.
 */
function keepLeaseAlive(beat: () => Promise<unknown>): () => void {
  const timer = setInterval(() => {
    beat().catch(() => {
      // The next beat (or the driver's own next update) tries again.
    });
  }, HEARTBEAT_MS);
  timer.unref();
  return () => clearInterval(timer);
}
