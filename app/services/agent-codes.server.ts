// Agents' codes in Shopify: created with discountCodeBasicCreate, stopped
// with discountCodeDeactivate when their agent is deactivated and started
// again with discountCodeActivate. Shopify is the only place a code works;
// Concierge keeps the AgentCode row that credits the agent with its sales.
import { adminMutation, adminQuery, AdminUserErrors, NOT_IDEMPOTENT, type AdminGraphqlClient } from "../admin-api.server";
import type { Database, DatabaseClient } from "../db.server";
import { agentCodesWithStatus, discountHeld, setCodeStatus } from "../data/agents.server";
import type { PersonalCode } from "../domain/agents/agent";
import type { DiscountValue } from "../domain/agents/discount-value";
import { BASIS_POINTS_PER_WHOLE } from "../domain/money/arithmetic";
import { formatMinorAsDecimal, type Money } from "../domain/money";
import { DiscountCodeBasicCreateMutation } from "../graphql/discount-code-basic-create";
import type { DiscountCodeBasicInput } from "../types/admin.types";
import { DiscountCodeBasicUpdateMutation } from "../graphql/discount-code-basic-update";
import { DiscountCodeSetActiveMutation } from "../graphql/discount-code-set-active";
import { AgentCodeDetailsQuery, type AgentCodeDetail } from "../graphql/agent-code-details";
import { ConciergeCodeByCodeQuery } from "../graphql/concierge-code-by-code";

/** Tags every code Concierge makes carries in Shopify, so merchants can find them. */
export const CONCIERGE_CODE_TAGS = { personal: ["concierge", "concierge-personal"], delight: ["concierge", "concierge-delight"] } as const;

export function customerGetsOf(value: DiscountValue): NonNullable<DiscountCodeBasicInput["customerGets"]> {
  return {
    value:
      value.kind === "percentage"
        ? // Shopify wants 0.1 for 10%; basis points / 10,000 is exact at 4 decimals.
          { percentage: value.basisPoints / BASIS_POINTS_PER_WHOLE }
        : { discountAmount: { amount: formatMinorAsDecimal(value.amount.minor, value.amount.currencyCode), appliesOnEachItem: false } },
    items: { all: true },
  };
}

function minimumOf(minimum: Money | null): DiscountCodeBasicInput["minimumRequirement"] {
  return minimum ? { subtotal: { greaterThanOrEqualToSubtotal: formatMinorAsDecimal(minimum.minor, minimum.currencyCode) } } : null;
}

export function personalCodeInput(agentName: string, code: PersonalCode, startsAt: Date): DiscountCodeBasicInput {
  return {
    title: `${agentName} · personal code (Concierge)`,
    code: code.code,
    startsAt: startsAt.toISOString(),
    customerGets: customerGetsOf(code.discount),
    context: { all: "ALL" },
    ...(code.minimumSubtotal ? { minimumRequirement: minimumOf(code.minimumSubtotal) } : {}),
    usageLimit: code.usageLimit,
    appliesOncePerCustomer: code.appliesOncePerCustomer,
    tags: [...CONCIERGE_CODE_TAGS.personal],
  };
}

export function delightCodeInput(input: {
  agentName: string;
  code: string;
  value: DiscountValue;
  customerGid: string | null;
  startsAt: Date;
  endsAt: Date;
}): DiscountCodeBasicInput {
  return {
    title: `${input.agentName} · delight code (Concierge)`,
    code: input.code,
    startsAt: input.startsAt.toISOString(),
    endsAt: input.endsAt.toISOString(),
    customerGets: customerGetsOf(input.value),
    context: input.customerGid ? { customers: { add: [input.customerGid] } } : { all: "ALL" },
    usageLimit: 1,
    appliesOncePerCustomer: true,
    tags: [...CONCIERGE_CODE_TAGS.delight],
  };
}

export type CreateCodeResult = { ok: true; discountNodeId: string } | { ok: false; taken: boolean; message: string };

/** Creates the code in Shopify. A refusal (TAKEN or another userError) is an answer, not an exception. */
export async function createCodeInShopify(admin: AdminGraphqlClient, input: DiscountCodeBasicInput): Promise<CreateCodeResult> {
  try {
    // Never sent twice by one call (decision 054): a code whose answer was lost is found again by its
    // code (orphanConciergeCode, a campaign's lookup), not refused as taken by Concierge's own retry.
    const payload = await adminMutation(
      admin,
      DiscountCodeBasicCreateMutation,
      { basicCodeDiscount: input },
      "discountCodeBasicCreate",
      NOT_IDEMPOTENT,
    );
    if (!payload.codeDiscountNode) return { ok: false, taken: false, message: "Shopify did not create the code" };
    return { ok: true, discountNodeId: payload.codeDiscountNode.id };
  } catch (error) {
    if (error instanceof AdminUserErrors) {
      return { ok: false, taken: error.hasCode("TAKEN"), message: error.refusal };
    }
    throw error;
  }
}

/**
 * The code of this kind Concierge made in Shopify under `code` that none of
 * the shop's codes holds: left by a save whose answer Shopify lost after
 * making it (decision 054). Null when Shopify holds none, or a discount
 * Concierge did not make or still holds.
 */
export async function orphanConciergeCode(
  db: DatabaseClient,
  admin: AdminGraphqlClient,
  shop: string,
  code: string,
  kind: keyof typeof CONCIERGE_CODE_TAGS,
): Promise<string | null> {
  const { codeDiscountNodeByCode: node } = await adminQuery(admin, ConciergeCodeByCodeQuery, { code });
  const tags = node?.codeDiscount.__typename === "DiscountCodeBasic" ? node.codeDiscount.tags : [];
  if (!node || !CONCIERGE_CODE_TAGS[kind].every((tag) => tags.includes(tag))) return null;
  return (await discountHeld(db, shop, node.id)) ? null : node.id;
}

export async function updateCodeInShopify(admin: AdminGraphqlClient, discountNodeId: string, input: DiscountCodeBasicInput) {
  await adminMutation(admin, DiscountCodeBasicUpdateMutation, { id: discountNodeId, basicCodeDiscount: input }, "discountCodeBasicUpdate");
}

/** What Shopify says of these codes now, by DiscountCodeNode id. */
export async function codeDetails(admin: AdminGraphqlClient, discountNodeIds: string[]): Promise<Map<string, AgentCodeDetail>> {
  const details = new Map<string, AgentCodeDetail>();
  // nodes(ids:) takes at most 250 ids.
  for (let index = 0; index < discountNodeIds.length; index += 250) {
    const { nodes } = await adminQuery(admin, AgentCodeDetailsQuery, { ids: discountNodeIds.slice(index, index + 250) });
    for (const node of nodes) {
      if (node?.__typename === "DiscountCodeNode" && node.codeDiscount.__typename === "DiscountCodeBasic") {
        details.set(node.id, node.codeDiscount);
      }
    }
  }
  return details;
}

/**
 * Stops every working code of the agent in Shopify (their personal code and
 * their delight codes). Each code is marked as it goes, so a failure half-way
 * is finished by the next attempt without deactivating anything twice.
 */
export async function deactivateAgentCodes(input: { db: Database; admin: AdminGraphqlClient; shop: string; agentId: string }) {
  for (const code of await agentCodesWithStatus(input.db, input.shop, input.agentId, "active")) {
    if (!code.discountNodeId) continue;
    await adminMutation(input.admin, DiscountCodeSetActiveMutation, { id: code.discountNodeId, active: false }, "discountCodeDeactivate");
    await setCodeStatus(input.db, input.shop, code.id, "deactivated");
  }
}

/**
 * Starts the agent's codes again: the personal code, and each delight code
 * that has not reached its own end date. Shopify deactivates a code by ending
 * it now, and activating it clears that end, so a delight code gets its
 * original end date back right after.
 */
export async function reactivateAgentCodes(input: { db: Database; admin: AdminGraphqlClient; shop: string; agentId: string; now: Date }) {
  for (const code of await agentCodesWithStatus(input.db, input.shop, input.agentId, "deactivated")) {
    if (!code.discountNodeId) continue;
    if (code.expiresAt && code.expiresAt.getTime() <= input.now.getTime()) continue;
    await adminMutation(input.admin, DiscountCodeSetActiveMutation, { id: code.discountNodeId, active: true }, "discountCodeActivate");
    if (code.expiresAt) {
      await updateCodeInShopify(input.admin, code.discountNodeId, { endsAt: code.expiresAt.toISOString() });
    }
    await setCodeStatus(input.db, input.shop, code.id, "active");
  }
}
