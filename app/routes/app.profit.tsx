// The profit dashboard: what support earned against what it cost, month by
// month, since when it has been a profit center, the funnels behind the
// revenue, the agents and VIP tiers of the same period, and the merchant's
// figures (margin, the team's share of refunds and exchanges, team costs,
// outreach campaigns).
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import {
  Badge,
  Banner,
  BlockStack,
  Box,
  Button,
  Card,
  DataTable,
  FormLayout,
  InlineGrid,
  InlineStack,
  Layout,
  Page,
  Select,
  Text,
  TextField,
} from "@shopify/polaris";
import { PolarisVizProvider } from "@shopify/polaris-viz";
import polarisVizStyles from "@shopify/polaris-viz/build/esm/styles.css?url";
import { useMemo, useState, type FormEvent, type ReactNode } from "react";
import db from "../db.server";
import { authenticate } from "../shopify.server";
import { FigureText } from "../components/profit/FigureText";
import { ProfitCharts } from "../components/profit/ProfitCharts";
import { addMonths } from "../domain/profit/periods";
import { parseCampaignForm, parseProfitSettingsForm, parseTeamCostsForm, type ProfitFormIntent } from "../domain/profit/forms";
import type { FigureView, RateView } from "../domain/profit/views";
import { loadProfitDashboard } from "../services/profit-dashboard.server";
import { saveProfitForm } from "../services/profit-entries.server";
import { loadStoreImportView } from "../services/store-import.server";
import { StoreHistoryCard } from "../components/StoreHistoryCard";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: polarisVizStyles }];

/** The staff member's language, as Shopify gave it with their session. */
const staffLocale = (session: { onlineAccessInfo?: { associated_user?: { locale?: string } } }) =>
  session.onlineAccessInfo?.associated_user?.locale ?? null;

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { admin, session } = await authenticate.admin(request);
  const [dashboard, history] = await Promise.all([
    loadProfitDashboard({ db, admin, shop: session.shop, now: new Date(), locale: staffLocale(session) }, new URL(request.url).searchParams),
    loadStoreImportView(db, session.shop),
  ]);
  return { ...dashboard, history };
};

export const action = async ({ request }: ActionFunctionArgs) => {
  const { admin, session } = await authenticate.admin(request);
  const result = await saveProfitForm({ db, admin, shop: session.shop, now: new Date() }, await request.formData());
  if (!result.ok) return json({ intent: result.intent, fieldErrors: result.fieldErrors, saved: false }, { status: 400 });
  return { intent: result.intent, fieldErrors: {} as Record<string, string>, saved: true };
};

type ActionData = { intent: ProfitFormIntent | null; fieldErrors: Record<string, string>; saved: boolean };

const rate = (view: RateView) => view.text;

function Tile({ title, children, detail }: { title: string; children: ReactNode; detail?: ReactNode }) {
  return (
    <Box padding="400" background="bg-surface-secondary" borderRadius="200">
      <BlockStack gap="100">
        <Text as="h3" variant="headingSm">
          {title}
        </Text>
        <Text as="p" variant="headingXl">
          {children}
        </Text>
        {detail ? (
          <Text as="p" tone="subdued">
            {detail}
          </Text>
        ) : null}
      </BlockStack>
    </Box>
  );
}

function SectionTitle({ title, detail, table }: { title: string; detail?: string; table?: string }) {
  return (
    <InlineStack align="space-between" blockAlign="start" gap="200">
      <BlockStack gap="100">
        <Text as="h2" variant="headingMd">
          {title}
        </Text>
        {detail ? (
          <Text as="p" tone="subdued">
            {detail}
          </Text>
        ) : null}
      </BlockStack>
      {table ? <ExportButton table={table} label="CSV" /> : null}
    </InlineStack>
  );
}

/** Downloads the CSV through App Bridge's fetch, which carries the session token. */
function ExportButton({ table, label }: { table?: string; label: string }) {
  const [searchParams] = useSearchParams();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      const params = new URLSearchParams();
      for (const key of ["period", "from", "to"]) {
        const value = searchParams.get(key);
        if (value) params.set(key, value);
      }
      if (table) params.set("table", table);
      const response = await fetch(`/app/profit/export?${params}`);
      if (!response.ok) throw new Error(`Export failed (${response.status})`);
      const disposition = response.headers.get("Content-Disposition") ?? "";
      const filename = /filename="([^"]+)"/.exec(disposition)?.[1] ?? "concierge-profit.csv";
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement("a");
      link.href = url;
      link.download = filename;
      link.click();
      URL.revokeObjectURL(url);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button onClick={download} loading={busy} accessibilityLabel={table ? `Export this table as CSV` : "Export every table as CSV"}>
      {label}
    </Button>
  );
}

export default function Profit() {
  const data = useLoaderData<typeof loader>();
  const result = useActionData<ActionData>();
  const navigation = useNavigation();
  const submitting = navigation.state === "submitting";
  const [clientErrors, setClientErrors] = useState<{ intent: ProfitFormIntent; errors: Record<string, string> } | null>(null);
  const errorsOf = (intent: ProfitFormIntent): Record<string, string> =>
    clientErrors?.intent === intent ? clientErrors.errors : result?.intent === intent ? result.fieldErrors : {};
  const savedNow = (intent: ProfitFormIntent) => result?.intent === intent && result.saved && clientErrors?.intent !== intent;
  /** The same schemas as the action: mistakes show before the round trip. */
  const check = (intent: ProfitFormIntent, parse: (form: FormData) => { ok: boolean; fieldErrors?: Record<string, string> }) => (event: FormEvent<HTMLFormElement>) => {
    const parsed = parse(new FormData(event.currentTarget));
    setClientErrors(parsed.ok ? null : { intent, errors: parsed.fieldErrors ?? {} });
    if (!parsed.ok) event.preventDefault();
  };

  const [period, setPeriod] = useState(data.period.key);
  const [from, setFrom] = useState(data.period.custom.from);
  const [to, setTo] = useState(data.period.custom.to);
  const [settings, setSettings] = useState(data.settings.values);
  const [costs, setCosts] = useState({ month: data.currentMonth, salaries: "", tools: "", other: "" });
  const [campaign, setCampaign] = useState({ name: "", month: data.currentMonth, contacted: "", replied: "", code: "" });
  const [allAgents, setAllAgents] = useState(false);

  const chartFormat = useMemo(() => {
    const formatter = new Intl.NumberFormat(data.locale, { style: "currency", currency: data.currencyCode, notation: "compact", maximumFractionDigits: 1 });
    return (value: number) => formatter.format(value);
  }, [data.locale, data.currencyCode]);

  const { summary } = data;
  const total = new Map(data.total.figures.map((figure) => [figure.key, figure]));
  const cell = (figure: FigureView | undefined, key: string) =>
    figure ? <FigureText figure={figure} bold={key === "result" || key.startsWith("total")} tone={key === "result" && figure.minor.startsWith("-") ? "critical" : undefined} /> : "—";
  const noTeamCosts = data.teamCosts.every((month) => month.source === "none");
  const agentRows = allAgents ? data.leaderboard.rows : data.leaderboard.rows.slice(0, 20);
  const soFar = data.period.partialMonthLabel ? `Including ${data.period.partialMonthLabel} so far.` : undefined;

  return (
    <PolarisVizProvider>
      <Page
        title="Profit"
        subtitle="What customer support earned against what it cost, month by month"
        backAction={{ url: "/app" }}
        secondaryActions={<ExportButton label="Export CSV" />}
      >
        <Layout>
          {/* The history first while it is being read (the figures below are still filling in), last once it is in. */}
          {data.history?.status !== "completed" ? (
            <Layout.Section>
              <StoreHistoryCard history={data.history} timeZone={data.timeZone} />
            </Layout.Section>
          ) : null}
          {!data.settings.marginEntered ? (
            <Layout.Section>
              <Banner title="Enter your gross margin" tone="warning">
                <p>
                  Goods are costed at a placeholder {data.settings.placeholderMarginPercent}% margin until you enter yours under
                  Settings below.
                </p>
              </Banner>
            </Layout.Section>
          ) : null}
          {noTeamCosts ? (
            <Layout.Section>
              <Banner title="Enter the team's costs" tone="info">
                <p>No salaries or tools are entered for this period yet, so support&apos;s costs leave out the team itself.</p>
              </Banner>
            </Layout.Section>
          ) : null}
          {data.warnings.otherCurrencyOrders > 0 || data.warnings.otherCurrencyRows > 0 ? (
            <Layout.Section>
              <Banner tone="warning" title={`Some figures are in another currency than ${data.currencyCode}`}>
                <p>
                  {data.warnings.otherCurrencyOrders} credited order(s) and {data.warnings.otherCurrencyRows} other record(s) in another currency
                  are not counted: Concierge never converts currencies.
                </p>
              </Banner>
            </Layout.Section>
          ) : null}

          <Layout.Section>
            <Card>
              <BlockStack gap="400">
                <InlineStack align="space-between" blockAlign="end" gap="200">
                  <BlockStack gap="100">
                    <Text as="h2" variant="headingMd">
                      {data.period.label}
                    </Text>
                    <Text as="p" tone="subdued">
                      Months on the shop&apos;s clock ({data.timeZone}), amounts in {data.currencyCode}.
                      {data.period.partialMonthLabel ? ` ${data.period.partialMonthLabel} is in progress: its figures are so far.` : ""}
                    </Text>
                  </BlockStack>
                  <Form method="get">
                    <InlineStack gap="200" blockAlign="end">
                      <Select
                        label="Period"
                        name="period"
                        options={data.periodOptions}
                        value={period}
                        onChange={(value) => setPeriod(value as typeof period)}
                        error={data.periodErrors?.period}
                      />
                      {period === "custom" ? (
                        <>
                          <TextField label="From" type="month" name="from" value={from} onChange={setFrom} autoComplete="off" error={data.periodErrors?.from} />
                          <TextField label="To" type="month" name="to" value={to} onChange={setTo} autoComplete="off" error={data.periodErrors?.to} />
                        </>
                      ) : null}
                      <Button submit>Show</Button>
                    </InlineStack>
                  </Form>
                </InlineStack>
                <InlineGrid columns={{ xs: 1, sm: 2, md: 4 }} gap="400">
                  <Tile title="Revenue support generated" detail={soFar}>
                    <FigureText figure={summary.totalRevenue} />
                  </Tile>
                  <Tile title="Support's costs" detail={soFar}>
                    <FigureText figure={summary.totalCosts} />
                  </Tile>
                  <Tile title={summary.isProfitable ? "Profit" : "Loss"} detail={soFar}>
                    <FigureText figure={summary.result} tone={summary.isProfitable ? "success" : "critical"} />
                  </Tile>
                  <Tile
                    title="Profit center"
                    detail={
                      summary.profitCenterSince
                        ? `Every complete month since has made a profit, through ${summary.lastCompleteMonth.label}.`
                        : `${summary.lastCompleteMonth.label} didn't make a profit.`
                    }
                  >
                    {summary.profitCenterSince ? `Since ${summary.profitCenterSince.label}` : "Not yet"}
                  </Tile>
                </InlineGrid>
              </BlockStack>
            </Card>
          </Layout.Section>

          <Layout.Section>
            <Card>
              <BlockStack gap="400">
                <SectionTitle title="Month by month" detail="The bars are the revenue and the costs; the line is the result. Every number is in the table below." />
                <ProfitCharts months={data.chart} format={chartFormat} />
              </BlockStack>
            </Card>
          </Layout.Section>

          <Layout.Section>
            <Card padding="0">
              <Box padding="400">
                <SectionTitle
                  title="Profit and loss"
                  detail="Hover over or focus an amount to see what it adds up. The CSV lists every part."
                  table="pnl"
                />
              </Box>
              <DataTable
                columnContentTypes={["text", ...data.months.map(() => "numeric" as const), "numeric"]}
                headings={[
                  "",
                  ...data.months.map((month) => (month.partial ? `${month.label} (so far)` : month.label)),
                  "Period",
                ]}
                rows={data.lines.map((line, index) => [
                  <Text key="label" as="span" fontWeight={line.key === "result" || line.key.startsWith("total") ? "semibold" : undefined}>
                    {line.label}
                  </Text>,
                  ...data.months.map((month) => cell(month.figures[index], line.key)),
                  cell(total.get(line.key), line.key),
                ])}
                hasZebraStripingOnData
                stickyHeader
              />
              <Box padding="400">
                <BlockStack gap="200">
                  <Text as="p" tone="subdued">
                    Cost of goods: Concierge doesn&apos;t collect Shopify&apos;s unit costs for credited orders yet, so all of the revenue
                    is costed at your gross margin (revenue with a known cost: none). Exchange bonuses use Shopify&apos;s unit cost of
                    the gift where it is set.
                  </Text>
                  <Text as="h3" variant="headingSm">
                    How orders are credited
                  </Text>
                  {data.attributionRule.split("\n").map((line) => (
                    <Text as="p" key={line}>
                      {line}
                    </Text>
                  ))}
                  <Text as="p">
                    An outreach campaign&apos;s revenue is the orders credited to its agent code in its month; they move from the agent line
                    to the campaign. The refund an exchange avoided on an order already credited is in that order&apos;s revenue, so only
                    exchanges on other orders add revenue of their own.
                  </Text>
                  <Text as="p">
                    What an exchange puts on a draft order (an upsell, its bonus, and the exchange itself when it costs more) counts in the
                    month the shopper pays it, and not before; an upsell whose order is credited to an agent&apos;s code, a chat or the
                    tracking page is in that order&apos;s revenue.
                    {data.funnels.exchange.awaitingPayment ? ` This period: ${data.funnels.exchange.awaitingPayment.text}, not counted until paid (hover over the exchange lines of the table).` : ""}
                  </Text>
                </BlockStack>
              </Box>
            </Card>
          </Layout.Section>

          <Layout.Section>
            <Card>
              <BlockStack gap="400">
                <SectionTitle title="Funnels" detail={`Over ${data.period.label}.`} />
                <InlineGrid columns={{ xs: 1, md: 2 }} gap="400">
                  <Tile
                    title="Chat: prompt shown → opened → chat-assisted orders"
                    detail={`${data.funnels.chat.promptsShown} prompts, ${data.funnels.chat.chatsOpened} chats (${rate(data.funnels.chat.openRate)}). Chat conversion ${rate(data.funnels.chat.chatConversion)} against your store's ${rate(data.funnels.chat.storeConversion)}${data.funnels.chat.versusStore ? ` (${data.funnels.chat.versusStore})` : ""}.`}
                  >
                    {data.funnels.chat.chatAssistedOrders} orders
                  </Tile>
                  <Tile
                    title="Tracking page: lookups → tickets deflected"
                    detail={`${data.funnels.tracking.lookups} lookups, ${data.funnels.tracking.ordersFound} found an order (${rate(data.funnels.tracking.foundRate)}): ${data.funnels.tracking.ticketsDeflected} tickets × ${data.funnels.tracking.costPerTicket.text}.`}
                  >
                    <FigureText figure={data.funnels.tracking.saved} /> saved
                  </Tile>
                  <Tile
                    title="Exchange offers: shown → accepted"
                    detail={`${data.funnels.exchange.accepted} of ${data.funnels.exchange.offersShown} accepted (${rate(data.funnels.exchange.acceptanceRate)}). A further ${data.funnels.exchange.keptOnCreditedOrders.text} of refunds avoided and ${data.funnels.exchange.upsellOnCreditedOrders.text} of upsells on credited orders count in their revenue.${data.funnels.exchange.awaitingPayment ? ` ${data.funnels.exchange.awaitingPayment.text}, not counted until paid.` : ""}`}
                  >
                    <FigureText figure={data.funnels.exchange.revenue} />
                  </Tile>
                  <Tile
                    title="Outreach campaigns: contacted → replied"
                    detail={`${data.funnels.campaigns.replied} of ${data.funnels.campaigns.contacted} replied (${rate(data.funnels.campaigns.replyRate)}).`}
                  >
                    <FigureText figure={data.funnels.campaigns.revenue} />
                  </Tile>
                </InlineGrid>
              </BlockStack>
            </Card>
          </Layout.Section>

          <Layout.Section>
            <Card padding="0">
              <Box padding="400">
                <SectionTitle
                  title="Outreach campaigns"
                  detail="Customers support contacted, how many replied, and the orders credited to the campaign's agent code in its month."
                  table="campaigns"
                />
              </Box>
              {data.campaigns.length > 0 ? (
                <DataTable
                  columnContentTypes={["text", "text", "text", "numeric", "numeric", "numeric", "numeric", "numeric", "text"]}
                  headings={["Month", "Campaign", "Code", "Contacted", "Replied", "Reply rate", "Orders", "Revenue", ""]}
                  rows={data.campaigns.map((row) => [
                    row.monthLabel,
                    row.name,
                    row.code ?? "—",
                    row.contacted,
                    row.replied,
                    row.replyRate.text,
                    row.code ? row.orders : "—",
                    row.revenue.text,
                    <Form key="delete" method="post">
                      <input type="hidden" name="intent" value="deleteCampaign" />
                      <input type="hidden" name="id" value={row.id} />
                      <Button submit variant="plain" tone="critical" accessibilityLabel={`Delete ${row.name}`}>
                        Delete
                      </Button>
                    </Form>,
                  ])}
                />
              ) : (
                <Box paddingInline="400">
                  <Text as="p" tone="subdued">
                    No campaigns in this period.
                  </Text>
                </Box>
              )}
              <Box padding="400">
                <Form method="post" onSubmit={check("addCampaign", (form) => parseCampaignForm(form, { currentMonth: data.currentMonth }))}>
                  <input type="hidden" name="intent" value="addCampaign" />
                  <BlockStack gap="300">
                    {savedNow("addCampaign") ? <Banner tone="success">Campaign added</Banner> : null}
                    {errorsOf("addCampaign").form ? <Banner tone="critical">{errorsOf("addCampaign").form}</Banner> : null}
                    <FormLayout>
                      <FormLayout.Group>
                        <TextField label="Campaign" name="name" value={campaign.name} onChange={(name) => setCampaign({ ...campaign, name })} autoComplete="off" error={errorsOf("addCampaign").name} />
                        <TextField label="Month" type="month" name="month" value={campaign.month} onChange={(month) => setCampaign({ ...campaign, month })} autoComplete="off" error={errorsOf("addCampaign").month} />
                      </FormLayout.Group>
                      <FormLayout.Group>
                        <TextField label="Customers contacted" name="contacted" inputMode="numeric" value={campaign.contacted} onChange={(contacted) => setCampaign({ ...campaign, contacted })} autoComplete="off" error={errorsOf("addCampaign").contacted} />
                        <TextField label="Replied" name="replied" inputMode="numeric" value={campaign.replied} onChange={(replied) => setCampaign({ ...campaign, replied })} autoComplete="off" error={errorsOf("addCampaign").replied} />
                        <TextField
                          label="Agent code in the messages"
                          name="code"
                          value={campaign.code}
                          onChange={(code) => setCampaign({ ...campaign, code })}
                          autoComplete="off"
                          helpText="Optional. Orders with this code in the campaign's month are its revenue."
                          error={errorsOf("addCampaign").code}
                        />
                      </FormLayout.Group>
                    </FormLayout>
                    <InlineStack>
                      <Button submit loading={submitting}>
                        Add campaign
                      </Button>
                    </InlineStack>
                  </BlockStack>
                </Form>
              </Box>
            </Card>
          </Layout.Section>

          <Layout.Section>
            <Card padding="0">
              <Box padding="400">
                <SectionTitle title="Agents" detail={`What each agent brought in over ${data.period.label}, credited by the rule above.`} table="leaderboard" />
              </Box>
              {data.leaderboard.rows.length > 0 ? (
                <DataTable
                  columnContentTypes={["numeric", "text", "numeric", "numeric", "numeric", "numeric", "numeric"]}
                  headings={["#", "Agent", "Orders", "Net revenue", "Average order", "Commission", "Delight codes"]}
                  rows={agentRows.map((row) => [
                    row.rank,
                    row.name,
                    row.orders,
                    row.netRevenue.text,
                    row.averageOrderValue?.text ?? "—",
                    row.commission.text,
                    row.delight.text,
                  ])}
                  totals={["", "", data.leaderboard.totals.orders, data.leaderboard.totals.netRevenue.text, "", data.leaderboard.totals.commission.text, data.leaderboard.totals.delight.text]}
                  showTotalsInFooter
                />
              ) : (
                <Box paddingInline="400" paddingBlockEnd="400">
                  <Text as="p" tone="subdued">
                    No agents yet.
                  </Text>
                </Box>
              )}
              {data.leaderboard.rows.length > 20 ? (
                <Box padding="400">
                  <Button variant="plain" onClick={() => setAllAgents(!allAgents)}>
                    {allAgents ? "Show the top 20" : `Show all ${data.leaderboard.rows.length} agents`}
                  </Button>
                </Box>
              ) : null}
            </Card>
          </Layout.Section>

          <Layout.Section>
            <Card padding="0">
              <Box padding="400">
                <SectionTitle title="VIP tiers" detail="Customers in each tier now, and how many joined it during the period." table="vipTiers" />
              </Box>
              {data.vipTiers.length > 0 ? (
                <DataTable
                  columnContentTypes={["text", "numeric", "numeric"]}
                  headings={["Tier", "Customers now", "Joined in the period"]}
                  rows={data.vipTiers.map((tier) => [tier.tierName, tier.members, tier.joined])}
                />
              ) : (
                <Box paddingInline="400" paddingBlockEnd="400">
                  <Text as="p" tone="subdued">
                    No customer is in a VIP tier yet.
                  </Text>
                </Box>
              )}
            </Card>
          </Layout.Section>

          <Layout.Section>
            <Card padding="0">
              <Box padding="400">
                <SectionTitle
                  title="Team costs"
                  detail="Salaries, tools and other costs of the support team, per month. A month without an entry carries the last one forward."
                  table="teamCosts"
                />
              </Box>
              <DataTable
                columnContentTypes={["text", "numeric", "numeric", "numeric", "numeric", "text"]}
                headings={["Month", "Salaries", "Tools", "Other", "Total", ""]}
                rows={data.teamCosts.map((month) => [
                  month.label,
                  month.salaries.text,
                  month.tools.text,
                  month.other.text,
                  month.total.text,
                  month.source === "entered" ? (
                    <Badge key="source" tone="success">
                      Entered
                    </Badge>
                  ) : month.source === "carried" ? (
                    <Badge key="source">{`As ${month.from}`}</Badge>
                  ) : (
                    <Badge key="source" tone="attention">
                      None entered
                    </Badge>
                  ),
                ])}
              />
              <Box padding="400">
                <Form
                  method="post"
                  onSubmit={check("teamCosts", (form) => parseTeamCostsForm(form, { shopCurrency: data.currencyCode, latestMonth: addMonths(data.currentMonth, 12) }))}
                >
                  <input type="hidden" name="intent" value="teamCosts" />
                  <BlockStack gap="300">
                    {savedNow("teamCosts") ? <Banner tone="success">Team costs saved</Banner> : null}
                    <FormLayout>
                      <FormLayout.Group condensed>
                        <TextField label="Month" type="month" name="month" value={costs.month} onChange={(month) => setCosts({ ...costs, month })} autoComplete="off" error={errorsOf("teamCosts").month} />
                        <TextField label="Salaries" name="salaries" prefix={data.currencyCode} inputMode="decimal" value={costs.salaries} onChange={(salaries) => setCosts({ ...costs, salaries })} autoComplete="off" error={errorsOf("teamCosts").salaries} />
                        <TextField label="Tools" name="tools" prefix={data.currencyCode} inputMode="decimal" value={costs.tools} onChange={(tools) => setCosts({ ...costs, tools })} autoComplete="off" error={errorsOf("teamCosts").tools} />
                        <TextField label="Other" name="other" prefix={data.currencyCode} inputMode="decimal" value={costs.other} onChange={(other) => setCosts({ ...costs, other })} autoComplete="off" error={errorsOf("teamCosts").other} />
                      </FormLayout.Group>
                    </FormLayout>
                    <InlineStack>
                      <Button submit loading={submitting}>
                        Save the month&apos;s costs
                      </Button>
                    </InlineStack>
                  </BlockStack>
                </Form>
              </Box>
            </Card>
          </Layout.Section>

          <Layout.Section>
            <Card>
              <Form method="post" onSubmit={check("settings", parseProfitSettingsForm)}>
                <input type="hidden" name="intent" value="settings" />
                <BlockStack gap="400">
                  <SectionTitle title="Settings" />
                  {savedNow("settings") ? <Banner tone="success">Settings saved</Banner> : null}
                  <FormLayout>
                    <FormLayout.Group>
                      <TextField
                        label="Gross margin"
                        name="fallbackMarginPercent"
                        suffix="%"
                        inputMode="decimal"
                        placeholder={data.settings.placeholderMarginPercent}
                        value={settings.fallbackMarginPercent}
                        onChange={(value) => setSettings({ ...settings, fallbackMarginPercent: value })}
                        autoComplete="off"
                        helpText="Of revenue, for goods without a unit cost in Shopify: 60% means $100 of sales cost $40 of goods."
                        error={errorsOf("settings").fallbackMarginPercent}
                      />
                      <TextField
                        label="Team's share of refunds and exchanges"
                        name="teamSharePercent"
                        suffix="%"
                        inputMode="decimal"
                        value={settings.teamSharePercent}
                        onChange={(value) => setSettings({ ...settings, teamSharePercent: value })}
                        autoComplete="off"
                        helpText="The part of every refund and exchange in the store that support answers for."
                        error={errorsOf("settings").teamSharePercent}
                      />
                      <TextField
                        label="Store conversion rate"
                        name="storeConversionPercent"
                        suffix="%"
                        inputMode="decimal"
                        value={settings.storeConversionPercent}
                        onChange={(value) => setSettings({ ...settings, storeConversionPercent: value })}
                        autoComplete="off"
                        helpText="Orders per session, from your analytics: the chat's conversion is compared with it."
                        error={errorsOf("settings").storeConversionPercent}
                      />
                    </FormLayout.Group>
                  </FormLayout>
                  <Text as="p" tone="subdued">
                    A ticket deflected by the tracking page is valued at {data.settings.costPerTicket.text} (Order tracking settings).
                  </Text>
                  <InlineStack>
                    <Button submit variant="primary" loading={submitting}>
                      Save settings
                    </Button>
                  </InlineStack>
                </BlockStack>
              </Form>
            </Card>
          </Layout.Section>
          {data.history?.status === "completed" ? (
            <Layout.Section>
              <StoreHistoryCard history={data.history} timeZone={data.timeZone} />
            </Layout.Section>
          ) : null}
        </Layout>
      </Page>
    </PolarisVizProvider>
  );
}
