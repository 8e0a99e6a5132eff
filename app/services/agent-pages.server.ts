// What the agent pages show: one agent's form with their codes as Shopify
// holds them and this month's budget, and the roster with its leaderboard.
import { attributionWindowDays } from "../data/support-touches.server";
import { delightSpendMinor, findAgent, issuedAgentCodes, listAgents, personalCodeOf, personalCodesOf } from "../data/agents.server";
import { storedDocument } from "../data/json";
import type { Prisma } from "@prisma/client";
import { DEFAULT_WORKING_HOURS, WEEKDAYS, workingHoursFormValues, type AgentFormValues, type WeeklyHours } from "../domain/agents/agent";
import { attributionRule } from "../domain/agents/attribution";
import { isOnShift, nextShiftStart } from "../domain/agents/availability";
import { mondayOfWeek, weekCoverage } from "../domain/agents/coverage";
import { budgetPeriod, remainingBudget } from "../domain/agents/delight-codes";
import { discountValuePhrase, type DiscountValue } from "../domain/agents/discount-value";
import { leaderboardView } from "../domain/agents/leaderboard-view";
import { leaderboardMonth, parseLeaderboardPeriod } from "../domain/agents/leaderboard-period";
import { formatBasisPointsAsPercent } from "../domain/forms";
import { formatMinorAsDecimal, formatMoney, moneyOfMinor } from "../domain/money";
import { pageOfList, type PageRequest } from "../domain/paging";
import { resolveLocale } from "../domain/profit/views";
import type { AgentCodeDetail } from "../graphql/agent-code-details";
import { codeDetails } from "./agent-codes.server";
import { shopSettings } from "./shop-settings.server";
import { periodLeaderboard } from "./agent-leaderboard.server";
import { AgentsContext, agentFormContext, shopifyRules } from "./agents.server";
import { customerNames } from "../data/customers.server";

export function weeklyHoursOf(stored: Prisma.JsonValue): WeeklyHours {
  if (stored === null || typeof stored !== "object" || Array.isArray(stored)) return { ...DEFAULT_WORKING_HOURS };
  const parsed = storedDocument<Partial<WeeklyHours>>(stored);
  return Object.fromEntries(WEEKDAYS.map((day) => [day, parsed[day] ?? null])) as WeeklyHours;
}

function describeStoredValue(
  code: {
    valueKind: string;
    valueBasisPoints: number | null;
    valueAmountMinor: bigint | null;
    currencyCode: string;
  },
  locale: string,
) {
  return discountValuePhrase(storedValue(code), locale);
}

function storedValue(code: {
  valueKind: string;
  valueBasisPoints: number | null;
  valueAmountMinor: bigint | null;
  currencyCode: string;
}): DiscountValue {
  return code.valueKind === "percentage"
    ? { kind: "percentage", basisPoints: code.valueBasisPoints ?? 0 }
    : { kind: "fixed_amount", amount: { minor: code.valueAmountMinor ?? 0n, currencyCode: code.currencyCode } };
}

/** Everything the agent's page shows: the form, one page of their codes as Shopify sees them, and this month's budget. */
export async function loadAgent(context: AgentsContext, agentId: string, codesPage: PageRequest) {
  const { db, admin, shop, now } = context;
  const locale = resolveLocale(context.locale);
  const agent = await findAgent(db, shop, agentId);
  if (!agent) return null;
  const { settings, options } = await agentFormContext(context);
  const [personal, codes] = await Promise.all([personalCodeOf(db, shop, agentId), issuedAgentCodes(db, shop, agentId, codesPage)]);
  // Shopify is asked about this page's codes and the personal code (the form's rules), never every code ever issued.
  const live = [...new Set([personal, ...codes.rows].flatMap((code) => (code?.discountNodeId ? [code.discountNodeId] : [])))];
  const customerIds = codes.rows.flatMap((code) => (code.customerId ? [code.customerId] : []));
  const [details, customers] = await Promise.all([
    live.length > 0 ? codeDetails(admin, live) : new Map<string, AgentCodeDetail>(),
    // Named as Concierge knows them (customers/update, the history import); the page shows the id of one it never met.
    customerNames(db, shop, customerIds),
  ]);
  const rules = shopifyRules(personal?.discountNodeId ? details.get(personal.discountNodeId) : undefined, settings.currencyCode);

  const hours = weeklyHoursOf(agent.workingHours);
  const values: AgentFormValues = {
    name: agent.name,
    email: agent.email,
    team: agent.team ?? "",
    languages: [...agent.languages],
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
  const budget = moneyOfMinor(agent.monthlyBudgetMinor, agent.currencyCode);
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
      budget: formatMoney(budget, locale),
      spent: formatMoney(moneyOfMinor(spent, agent.currencyCode), locale),
      remaining: formatMoney(remainingBudget({ monthlyBudget: budget, spent: [moneyOfMinor(spent, agent.currencyCode)] }), locale),
    },
    codesPage: codes.page,
    codes: codes.rows.map((code) => {
      const detail = code.discountNodeId ? details.get(code.discountNodeId) : undefined;
      return {
        id: code.id,
        code: code.code,
        kind: code.kind,
        value: describeStoredValue(code, locale),
        cost: formatMoney(moneyOfMinor(code.costMinor, code.currencyCode), locale),
        costMinor: code.costMinor.toString(),
        customerId: code.customerId,
        customerName: code.customerId ? (customers.get(code.customerId) ?? null) : null,
        issuedAt: code.createdAt.toISOString(),
        expiresAt: code.expiresAt?.toISOString() ?? null,
        status: code.status,
        shopifyStatus: detail?.status ?? null,
        timesUsed: detail?.asyncUsageCount ?? null,
      };
    }),
  };
}

function scheduleOf(agent: { timeZone: string; workingHours: Prisma.JsonValue; active: boolean }) {
  return { timeZone: agent.timeZone, workingHours: weeklyHoursOf(agent.workingHours), active: agent.active };
}

/**
 * The roster page: every agent with who is on shift now (each on their own
 * clock), their personal code, and the leaderboard for the chosen period.
 */
export async function loadRoster(context: AgentsContext, query: URLSearchParams, rosterPage: PageRequest) {
  const { db, admin, shop, now } = context;
  const locale = resolveLocale(context.locale);
  const settings = await shopSettings(db, admin, shop);
  // A period the form got wrong shows this month, with the errors next to the fields.
  const parsedPeriod = parseLeaderboardPeriod(query, now, settings.ianaTimezone);
  const period = parsedPeriod.ok ? parsedPeriod.period : leaderboardMonth("this_month", now, settings.ianaTimezone);
  const currencyCode = settings.currencyCode;

  // Every agent counts in the leaderboard and the week's coverage; the roster table shows one page of them.
  // The statements that do not need each other's answers are sent together.
  const agentsRead = listAgents(db, shop);
  const [agents, personalCodes, { board, otherCurrencyOrders }, windowDays] = await Promise.all([
    agentsRead,
    agentsRead.then(async (all) => {
      const ids = pageOfList(all, rosterPage).rows.map((agent) => agent.id);
      return new Map((await personalCodesOf(db, shop, ids)).map((code) => [code.agentId, code]));
    }),
    periodLeaderboard({ db, shop, now }, { agents: agentsRead, currencyCode, timeZone: settings.ianaTimezone, period }),
    attributionWindowDays(db, shop),
  ]);
  const roster = pageOfList(agents, rosterPage);

  return {
    currencyCode,
    timeZone: settings.ianaTimezone,
    onShiftNames: agents.filter((agent) => isOnShift(scheduleOf(agent), now)).map((agent) => agent.name),
    agentCount: agents.length,
    rosterPage: roster.page,
    agents: roster.rows.map((agent) => {
      const schedule = scheduleOf(agent);
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
        monthlyBudget: formatMoney(moneyOfMinor(agent.monthlyBudgetMinor, agent.currencyCode), locale),
        personalCode: code ? { code: code.code, value: describeStoredValue(code, locale), status: code.status } : null,
      };
    }),
    leaderboard: {
      period: { key: period.key, from: period.from, to: period.to, label: period.label },
      periodErrors: parsedPeriod.ok ? null : parsedPeriod.fieldErrors,
      ...leaderboardView(board, locale),
      otherCurrencyOrders,
    },
    attributionRule: attributionRule(windowDays),
    coverage: coverageView(agents, now, settings.ianaTimezone),
  };
}

/**
 * This week on the shop's clock, hour by hour: who covers each hour and the
 * gaps nobody covers (follow the sun).
 */
function coverageView(agents: Awaited<ReturnType<typeof listAgents>>, now: Date, timeZone: string) {
  const names = new Map(agents.map((agent) => [agent.id, agent.name]));
  const coverage = weekCoverage(
    agents.map((agent) => ({
      id: agent.id,
      timeZone: agent.timeZone,
      workingHours: weeklyHoursOf(agent.workingHours),
      active: agent.active,
      languages: agent.languages,
    })),
    mondayOfWeek(now, timeZone),
    timeZone,
  );
  return {
    ...coverage,
    days: coverage.days.map((day) => ({
      ...day,
      hours: day.hours.map((hour) => ({ ...hour, agents: hour.agentIds.map((id) => names.get(id) ?? "") })),
    })),
  };
}
