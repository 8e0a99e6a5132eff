// The agent roster: adding an agent with their personal code in Shopify,
// editing them, deactivating them (their codes stop working in Shopify), and
// the leaderboard of what each one brought in.
import { AdminUserErrors, type AdminGraphqlClient } from "../admin-api.server";
import type { Database } from "../db.server";
import {
  agentAttributions,
  agentCodes,
  codeKeyTaken,
  deleteAgentWithPendingCode,
  delightCodesIssued,
  delightSpendMinor,
  emailTaken,
  findAgent,
  findAgentDefaults,
  insertAgentWithPendingCode,
  listAgents,
  markCodeCreated,
  personalCodeOf,
  personalCodesOf,
  updateAgentRow,
  updatePersonalCodeValue,
} from "../data/agents.server";
import { isUniqueViolation } from "../db.server";
import { storedDocument, toJson } from "../data/json";
import type { Prisma } from "@prisma/client";
import {
  DEFAULT_WORKING_HOURS,
  suggestPersonalCode,
  WEEKDAYS,
  workingHoursFormValues,
  type AgentFormOptions,
  type AgentFormValues,
  type AgentSettings,
  type WeeklyHours,
} from "../domain/agents/agent";
import { ATTRIBUTION_RULE_TEXT, leaderboard, type AttributedOrderRow } from "../domain/agents/attribution";
import { isOnShift, nextShiftStart } from "../domain/agents/availability";
import { budgetPeriod, remainingBudget } from "../domain/agents/delight-codes";
import { describeDiscountValue, type DiscountValue } from "../domain/agents/discount-value";
import { leaderboardMonth, parseLeaderboardPeriod } from "../domain/agents/leaderboard-period";
import { formatBasisPointsAsPercent, type FieldErrors } from "../domain/forms";
import { formatMinorAsDecimal, formatMoney, parseDecimalToMinor, type Money } from "../domain/money";
import type { AgentCodeDetail } from "../graphql/agent-code-details";
import {
  codeDetails,
  createCodeInShopify,
  customerGetsOf,
  deactivateAgentCodes,
  personalCodeInput,
  reactivateAgentCodes,
  updateCodeInShopify,
} from "./agent-codes.server";
import { queueCodeAttribution } from "./attribution.server";
import { shopSettings } from "./shop-settings.server";

export interface AgentsContext {
  db: Database;
  admin: AdminGraphqlClient;
  shop: string;
  now: Date;
}

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
  return `${code} is already a discount code in your Shopify store. Choose another${suggestion ? `, like ${suggestion}` : ""}.`;
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
  if (await emailTaken(db, shop, agent.email)) conflicts.email = "Another agent already has this email address";
  if (await codeKeyTaken(db, shop, agent.personalCode.code)) conflicts["personalCode.code"] = `${agent.personalCode.code} already belongs to an agent`;
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
    if (isUniqueViolation(error)) return { ok: false, fieldErrors: { form: "Another agent was just saved with this email or code; check the roster" } };
    throw error;
  }

  let created: Awaited<ReturnType<typeof createCodeInShopify>>;
  try {
    created = await createCodeInShopify(admin, personalCodeInput(agent.name, agent.personalCode, now));
  } catch (error) {
    await deleteAgentWithPendingCode(db, shop, claimed.agent.id);
    throw error;
  }
  if (!created.ok) {
    await deleteAgentWithPendingCode(db, shop, claimed.agent.id);
    return {
      ok: false,
      fieldErrors: { "personalCode.code": created.taken ? takenMessage(agent) : `Shopify refused the code: ${created.message}` },
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
function shopifyRules(detail: AgentCodeDetail["codeDiscount"] | undefined, currencyCode: string) {
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
    conflicts.email = "Another agent already has this email address";
  }
  if (personal && agent.personalCode.code !== personal.codeKey) {
    conflicts["personalCode.code"] = `A personal code can't be renamed: the sales made with ${personal.code} are credited by it`;
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
            ? { subtotal: { greaterThanOrEqualToSubtotal: formatMinorAsDecimal(wanted.minimumSubtotal.minor, wanted.minimumSubtotal.currencyCode) } }
            : null,
          usageLimit: wanted.usageLimit,
          appliesOncePerCustomer: wanted.appliesOncePerCustomer,
        });
      } catch (error) {
        if (error instanceof AdminUserErrors) {
          return { ok: false, fieldErrors: { "personalCode.code": `Shopify refused the change: ${error.message}` } };
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

export function weeklyHoursOf(stored: Prisma.JsonValue): WeeklyHours {
  if (stored === null || typeof stored !== "object" || Array.isArray(stored)) return { ...DEFAULT_WORKING_HOURS };
  const parsed = storedDocument<Partial<WeeklyHours>>(stored);
  return Object.fromEntries(WEEKDAYS.map((day) => [day, parsed[day] ?? null])) as WeeklyHours;
}

function describeStoredValue(code: { valueKind: string; valueBasisPoints: number | null; valueAmountMinor: bigint | null; currencyCode: string }) {
  return describeDiscountValue(storedValue(code));
}

function storedValue(code: { valueKind: string; valueBasisPoints: number | null; valueAmountMinor: bigint | null; currencyCode: string }): DiscountValue {
  return code.valueKind === "percentage"
    ? { kind: "percentage", basisPoints: code.valueBasisPoints ?? 0 }
    : { kind: "fixed_amount", amount: { minor: code.valueAmountMinor ?? 0n, currencyCode: code.currencyCode } };
}

const money = (minor: bigint, currencyCode: string): Money => ({ minor, currencyCode });

/** Everything the agent's page shows: the form, their codes as Shopify sees them, and this month's budget. */
export async function loadAgent(context: AgentsContext, agentId: string) {
  const { db, admin, shop, now } = context;
  const agent = await findAgent(db, shop, agentId);
  if (!agent) return null;
  const { settings, options } = await agentFormContext(context);
  const codes = await agentCodes(db, shop, agentId);
  const live = codes.filter((code) => code.discountNodeId !== null);
  const details = live.length > 0 ? await codeDetails(admin, live.map((code) => code.discountNodeId!)) : new Map<string, AgentCodeDetail["codeDiscount"]>();
  const personal = codes.find((code) => code.kind === "personal") ?? null;
  const rules = shopifyRules(personal?.discountNodeId ? details.get(personal.discountNodeId) : undefined, settings.currencyCode);

  const hours = weeklyHoursOf(agent.workingHours);
  const values: AgentFormValues = {
    name: agent.name,
    email: agent.email,
    team: agent.team ?? "",
    timeZone: agent.timeZone,
    workingHours: workingHoursFormValues(hours),
    commissionPercent: formatBasisPointsAsPercent(agent.commissionBps),
    monthlyDelightBudget: formatMinorAsDecimal(agent.monthlyBudgetMinor, agent.currencyCode),
    active: agent.active,
    personalCode: {
      code: personal?.code ?? "",
      discount: {
        kind: personal?.valueKind ?? "percentage",
        value: personal
          ? personal.valueKind === "percentage"
            ? formatBasisPointsAsPercent(personal.valueBasisPoints ?? 0)
            : formatMinorAsDecimal(personal.valueAmountMinor ?? 0n, personal.currencyCode)
          : "",
      },
      minimumSubtotal: rules.minimumSubtotalMinor !== null ? formatMinorAsDecimal(rules.minimumSubtotalMinor, settings.currencyCode) : "",
      appliesOncePerCustomer: rules.appliesOncePerCustomer,
      usageLimit: rules.usageLimit !== null ? String(rules.usageLimit) : "",
    },
  };

  const period = budgetPeriod(now, settings.ianaTimezone);
  const spent = await delightSpendMinor(db, shop, agentId, period);
  const budget = money(agent.monthlyBudgetMinor, agent.currencyCode);
  return {
    agent: {
      id: agent.id,
      name: agent.name,
      active: agent.active,
      linkedToStaff: agent.staffUserId !== null,
      onShift: isOnShift({ timeZone: agent.timeZone, workingHours: hours, active: agent.active }, now),
    },
    values,
    options: { ...options, shopTimeZone: settings.ianaTimezone },
    budget: {
      month: period.month,
      budget: formatMoney(budget),
      spent: formatMoney(money(spent, agent.currencyCode)),
      remaining: formatMoney(remainingBudget({ monthlyBudget: budget, spent: [money(spent, agent.currencyCode)] })),
    },
    codes: codes
      .filter((code) => code.status !== "pending")
      .map((code) => {
        const detail = code.discountNodeId ? details.get(code.discountNodeId) : undefined;
        return {
          id: code.id,
          code: code.code,
          kind: code.kind,
          value: describeStoredValue(code),
          cost: formatMoney(money(code.costMinor, code.currencyCode)),
          costMinor: code.costMinor.toString(),
          customerId: code.customerId,
          issuedAt: code.createdAt.toISOString(),
          expiresAt: code.expiresAt?.toISOString() ?? null,
          status: code.status,
          shopifyStatus: detail?.status ?? null,
          timesUsed: detail?.asyncUsageCount ?? null,
        };
      }),
  };
}

/**
 * The roster page: every agent with who is on shift now (each on their own
 * clock), their personal code, and the leaderboard for the chosen period.
 */
export async function loadRoster(context: AgentsContext, query: URLSearchParams) {
  const { db, admin, shop, now } = context;
  const settings = await shopSettings(db, admin, shop);
  const agents = await listAgents(db, shop);
  const personalCodes = new Map((await personalCodesOf(db, shop, agents.map((agent) => agent.id))).map((code) => [code.agentId, code]));

  // A period the form got wrong shows this month, with the errors next to the fields.
  const parsedPeriod = parseLeaderboardPeriod(query, now, settings.ianaTimezone);
  const period = parsedPeriod.ok ? parsedPeriod.period : leaderboardMonth("this_month", now, settings.ianaTimezone);

  const currencyCode = settings.currencyCode;
  const known = new Set(agents.map((agent) => agent.id));
  const attributions = await agentAttributions(db, shop, period);
  const orders: AttributedOrderRow[] = [];
  let otherCurrencyOrders = 0;
  for (const row of attributions) {
    if (!row.agentId || !known.has(row.agentId)) continue;
    if (row.currencyCode !== currencyCode) {
      otherCurrencyOrders += 1;
      continue;
    }
    orders.push({
      orderId: row.orderId,
      agentId: row.agentId,
      processedAt: row.processedAt,
      commissionRateBasisPoints: row.commissionBps,
      totalPrice: money(row.grossMinor, row.currencyCode),
      refunds: [money(row.refundedMinor, row.currencyCode)],
      cancelled: row.cancelled,
    });
  }
  const delightCodes = (await delightCodesIssued(db, shop, period))
    .filter((code) => known.has(code.agentId) && code.currencyCode === currencyCode)
    .map((code) => ({ agentId: code.agentId, issuedAt: code.createdAt, cost: money(code.costMinor, code.currencyCode) }));
  const board = leaderboard({ currencyCode, agents: agents.map((agent) => ({ agentId: agent.id, name: agent.name })), orders, delightCodes }, period);

  const figures = (row: (typeof board.rows)[number] | typeof board.totals) => ({
    attributedOrders: row.attributedOrders,
    cancelledOrders: row.cancelledOrders,
    netRevenue: formatMoney(row.netRevenue),
    netRevenueMinor: row.netRevenue.minor.toString(),
    averageOrderValue: row.averageOrderValue ? formatMoney(row.averageOrderValue) : null,
    commission: formatMoney(row.commission),
    commissionMinor: row.commission.minor.toString(),
    delightBudgetUsed: formatMoney(row.delightBudgetUsed),
    delightBudgetUsedMinor: row.delightBudgetUsed.minor.toString(),
  });

  return {
    currencyCode,
    timeZone: settings.ianaTimezone,
    agents: agents.map((agent) => {
      const schedule = { timeZone: agent.timeZone, workingHours: weeklyHoursOf(agent.workingHours), active: agent.active };
      const next = nextShiftStart(schedule, now);
      const code = personalCodes.get(agent.id);
      return {
        id: agent.id,
        name: agent.name,
        email: agent.email,
        team: agent.team,
        timeZone: agent.timeZone,
        active: agent.active,
        onShift: isOnShift(schedule, now),
        nextShift: next ? `${next.label} (${next.timeZone})` : null,
        commission: `${formatBasisPointsAsPercent(agent.commissionBps)}%`,
        monthlyBudget: formatMoney(money(agent.monthlyBudgetMinor, agent.currencyCode)),
        personalCode: code ? { code: code.code, value: describeStoredValue(code), status: code.status } : null,
      };
    }),
    leaderboard: {
      period: { key: period.key, from: period.from, to: period.to, label: period.label },
      periodErrors: parsedPeriod.ok ? null : parsedPeriod.fieldErrors,
      rows: board.rows.map((row) => ({ rank: row.rank, agentId: row.agentId, name: row.name, ...figures(row) })),
      totals: figures(board.totals),
      otherCurrencyOrders,
    },
    attributionRule: ATTRIBUTION_RULE_TEXT,
  };
}
