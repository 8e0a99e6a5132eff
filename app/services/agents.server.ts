// The agent roster's writes: adding an agent with their personal code in
// Shopify, editing them, deactivating them (their codes stop working in
// Shopify). What the pages show is agent-pages.server.ts.
import { AdminUserErrors } from "../admin-api.server";
import {
  codeKeyTaken,
  deleteAgentWithPendingCode,
  emailTaken,
  findAgent,
  findAgentDefaults,
  insertAgentWithPendingCode,
  markCodeCreated,
  personalCodeOf,
  updateAgentRow,
  updatePersonalCodeValue,
} from "../data/agents.server";
import { isUniqueViolation } from "../db.server";
import { toJson } from "../data/json";
import { suggestPersonalCode, type AgentFormOptions, type AgentSettings } from "../domain/agents/agent";
import { type DiscountValue } from "../domain/agents/discount-value";
import { formMessage } from "../domain/form-message";
import { formatBasisPointsAsPercent, type FieldErrors } from "../domain/forms";
import { formatMinorAsDecimal, parseDecimalToMinor } from "../domain/money";
import type { AgentCodeDetail } from "../graphql/agent-code-details";
import {
  codeDetails,
  createCodeInShopify,
  customerGetsOf,
  deactivateAgentCodes,
  orphanConciergeCode,
  personalCodeInput,
  reactivateAgentCodes,
  updateCodeInShopify,
} from "./agent-codes.server";
import { queueCodeAttribution } from "./attribution.server";
import { shopSettings } from "./shop-settings.server";
import type { ShopContext } from "./context";

export type AgentsContext = ShopContext;

export type AgentSaveResult = { ok: true; agentId: string } | { ok: false; fieldErrors: FieldErrors };

/** The shop's currency and time zone, and the defaults a new agent starts from. */
export async function agentFormContext(context: AgentsContext) {
  const [settings, defaults] = await Promise.all([
    shopSettings(context.db, context.admin, context.shop),
    findAgentDefaults(context.db, context.shop),
  ]);
  const options: AgentFormOptions = {
    shopCurrency: settings.currencyCode,
    defaultCommissionBasisPoints: defaults.defaultCommissionBps,
    defaultMonthlyDelightBudget: formatMinorAsDecimal(defaults.defaultDelightBudgetMinor, settings.currencyCode),
  };
  return { settings, options };
}

function agentRow(agent: AgentSettings) {
  return {
    name: agent.name,
    email: agent.email,
    team: agent.team,
    languages: agent.languages,
    timeZone: agent.timeZone,
    workingHours: toJson(agent.workingHours),
    commissionBps: agent.commissionRateBasisPoints,
    monthlyBudgetMinor: agent.monthlyDelightBudget.minor,
    currencyCode: agent.monthlyDelightBudget.currencyCode,
    active: agent.active,
  };
}

function codeValueColumns(value: DiscountValue) {
  return value.kind === "percentage"
    ? { valueKind: "percentage" as const, valueBasisPoints: value.basisPoints, valueAmountMinor: null }
    : { valueKind: "fixed_amount" as const, valueBasisPoints: null, valueAmountMinor: value.amount.minor };
}

function takenMessage(agent: AgentSettings): string {
  const { code, discount } = agent.personalCode;
  const percent = discount.kind === "percentage" ? formatBasisPointsAsPercent(discount.basisPoints) : null;
  const suggestion = percent ? suggestPersonalCode(agent.name, percent, { taken: new Set([code]) }) : null;
  return suggestion
    ? formMessage("agents:refusals.codeInShopifySuggest", { code, suggestion })
    : formMessage("agents:refusals.codeInShopify", { code });
}

/**
 * Adds an agent (as the agent form parsed it): the email and code are claimed
 * in Concierge first, then the code is created in Shopify; if Shopify refuses
 * it (TAKEN: another discount has that code) nothing is kept and the form says why.
 */
export async function createAgent(context: AgentsContext, agent: AgentSettings): Promise<AgentSaveResult> {
  const { db, admin, shop, now } = context;
  const { options } = await agentFormContext(context);

  const conflicts: FieldErrors = {};
  if (await emailTaken(db, shop, agent.email)) conflicts.email = formMessage("agents:refusals.emailTaken");
  if (await codeKeyTaken(db, shop, agent.personalCode.code))
    conflicts["personalCode.code"] = formMessage("agents:refusals.codeTaken", { code: agent.personalCode.code });
  if (Object.keys(conflicts).length > 0) return { ok: false, fieldErrors: conflicts };

  let claimed: Awaited<ReturnType<typeof insertAgentWithPendingCode>>;
  try {
    claimed = await insertAgentWithPendingCode(db, shop, agentRow(agent), {
      code: agent.personalCode.code,
      kind: "personal",
      ...codeValueColumns(agent.personalCode.discount),
      costMinor: 0n,
      currencyCode: options.shopCurrency,
      customerId: null,
      expiresAt: null,
      createdAt: now,
    });
  } catch (error) {
    // Another request claimed the email or the code a moment ago.
    if (isUniqueViolation(error)) return { ok: false, fieldErrors: { form: formMessage("agents:refusals.justSaved") } };
    throw error;
  }

  const input = personalCodeInput(agent.name, agent.personalCode, now);
  let created: Awaited<ReturnType<typeof createCodeInShopify>>;
  try {
    created = await createCodeInShopify(admin, input);
    // Taken by the code an earlier save made, whose answer Shopify lost: that one is this agent's, with this form's rules.
    const orphan = !created.ok && created.taken ? await orphanConciergeCode(db, admin, shop, agent.personalCode.code, "personal") : null;
    if (orphan) {
      await updateCodeInShopify(admin, orphan, input);
      created = { ok: true, discountNodeId: orphan };
    }
  } catch (error) {
    await deleteAgentWithPendingCode(db, shop, claimed.agent.id);
    throw error;
  }
  if (!created.ok) {
    await deleteAgentWithPendingCode(db, shop, claimed.agent.id);
    return {
      ok: false,
      fieldErrors: {
        "personalCode.code": created.taken
          ? takenMessage(agent)
          : formMessage("agents:refusals.shopifyRefusedCode", { message: created.message }),
      },
    };
  }
  await markCodeCreated(db, shop, claimed.code.id, created.discountNodeId);
  // Orders Concierge already holds may have used the code (the store's history, a code made again for this agent).
  await queueCodeAttribution(db, shop, agent.personalCode.code);
  // An agent added as inactive gets a code that does not work until they are activated.
  if (!agent.active) await deactivateAgentCodes({ db, admin, shop, agentId: claimed.agent.id });
  return { ok: true, agentId: claimed.agent.id };
}

/** The personal code's rules as Shopify holds them, for the form and to spot a change. */
export function shopifyRules(detail: AgentCodeDetail | undefined, currencyCode: string) {
  const minimum = detail?.minimumRequirement?.greaterThanOrEqualToSubtotal;
  return {
    minimumSubtotalMinor: minimum ? parseDecimalToMinor(minimum.amount, currencyCode) : null,
    usageLimit: detail?.usageLimit ?? null,
    appliesOncePerCustomer: detail?.appliesOncePerCustomer ?? true,
  };
}

function sameValue(stored: { valueKind: string; valueBasisPoints: number | null; valueAmountMinor: bigint | null }, value: DiscountValue) {
  return value.kind === "percentage"
    ? stored.valueKind === "percentage" && stored.valueBasisPoints === value.basisPoints
    : stored.valueKind === "fixed_amount" && stored.valueAmountMinor === value.amount.minor;
}

/**
 * Saves an edited agent. The personal code's text is fixed once created (the
 * orders it brought are credited by it); its value and rules are changed in
 * Shopify. Deactivating the agent stops all their codes in Shopify;
 * re-activating starts them again. Null when the agent is not this shop's.
 */
export async function updateAgent(context: AgentsContext, agentId: string, agent: AgentSettings): Promise<AgentSaveResult | null> {
  const { db, admin, shop, now } = context;
  const existing = await findAgent(db, shop, agentId);
  if (!existing) return null;
  const { options } = await agentFormContext(context);
  const personal = await personalCodeOf(db, shop, agentId);

  const conflicts: FieldErrors = {};
  if (agent.email !== existing.email && (await emailTaken(db, shop, agent.email, agentId))) {
    conflicts.email = formMessage("agents:refusals.emailTaken");
  }
  if (personal && agent.personalCode.code !== personal.codeKey) {
    conflicts["personalCode.code"] = formMessage("agents:refusals.codeRenamed", { code: personal.code });
  }
  if (Object.keys(conflicts).length > 0) return { ok: false, fieldErrors: conflicts };

  if (personal?.discountNodeId) {
    const detail = (await codeDetails(admin, [personal.discountNodeId])).get(personal.discountNodeId);
    const rules = shopifyRules(detail, options.shopCurrency);
    const wanted = agent.personalCode;
    const changed =
      !sameValue(personal, wanted.discount) ||
      rules.minimumSubtotalMinor !== (wanted.minimumSubtotal?.minor ?? null) ||
      rules.usageLimit !== wanted.usageLimit ||
      rules.appliesOncePerCustomer !== wanted.appliesOncePerCustomer;
    if (changed) {
      try {
        await updateCodeInShopify(admin, personal.discountNodeId, {
          customerGets: customerGetsOf(wanted.discount),
          minimumRequirement: wanted.minimumSubtotal
            ? {
                subtotal: {
                  greaterThanOrEqualToSubtotal: formatMinorAsDecimal(wanted.minimumSubtotal.minor, wanted.minimumSubtotal.currencyCode),
                },
              }
            : null,
          usageLimit: wanted.usageLimit,
          appliesOncePerCustomer: wanted.appliesOncePerCustomer,
        });
      } catch (error) {
        if (error instanceof AdminUserErrors) {
          return {
            ok: false,
            fieldErrors: { "personalCode.code": formMessage("agents:refusals.shopifyRefusedChange", { message: error.refusal }) },
          };
        }
        throw error;
      }
      await updatePersonalCodeValue(db, shop, personal.id, codeValueColumns(wanted.discount));
    }
  }

  if (existing.active && !agent.active) await deactivateAgentCodes({ db, admin, shop, agentId });
  if (!existing.active && agent.active) await reactivateAgentCodes({ db, admin, shop, agentId, now });
  await updateAgentRow(db, shop, agentId, {
    ...agentRow(agent),
    // A new email is a new person until they sign in.
    ...(agent.email !== existing.email ? { staffUserId: null } : {}),
  });
  return { ok: true, agentId };
}
