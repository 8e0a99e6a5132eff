// An agent as the Agents page saves one, with personal discount codes already
// live in Shopify (the "active" status the code takes by default): for
// tests and benchmarks that need orders credited to a code. Takes the database
// client, so a benchmark's own client works too.
import type { DatabaseClient } from "../../app/db.server";

export interface AgentWithCodesOptions {
  /** The agent's commission, 600 (6%) unless given. */
  commissionBps?: number;
  /** Personal codes, each 10% off. */
  codes?: string[];
  /** `first.last@<shop>` from the name unless given. */
  email?: string;
  timeZone?: string;
  monthlyBudgetMinor?: bigint;
}

export async function agentWithCodes(db: DatabaseClient, shop: string, name: string, options: AgentWithCodesOptions = {}) {
  const agent = await db.agent.create({
    data: {
      shop,
      name,
      email: options.email ?? `${name.toLowerCase().replace(/\W+/g, ".")}@${shop}`,
      timeZone: options.timeZone ?? "America/New_York",
      workingHours: {},
      commissionBps: options.commissionBps ?? 600,
      monthlyBudgetMinor: options.monthlyBudgetMinor ?? 50_000n,
      currencyCode: "USD",
    },
  });
  for (const code of options.codes ?? []) {
    await db.agentCode.create({
      data: {
        shop,
        agentId: agent.id,
        code,
        codeKey: code.toUpperCase(),
        kind: "personal",
        valueKind: "percentage",
        valueBasisPoints: 1000,
        currencyCode: "USD",
      },
    });
  }
  return agent;
}
