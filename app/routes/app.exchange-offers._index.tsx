// Exchange offers: the offers in the order they are tried (move, delete),
// what they brought in by offer and by agent over the last 30 or 90 days,
// and the shoppers' requests from the tracking page waiting for an agent.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { Badge, Banner, BlockStack, Box, Button, ButtonGroup, Card, DataTable, EmptyState, InlineStack, Layout, Link, Page, Select, Text, Tooltip } from "@shopify/polaris";
import { useState } from "react";
import db from "../db.server";
import { authenticate } from "../shopify.server";
import { staffMemberOf } from "../services/agent-desk.server";
import { deleteOffer, loadOffersIndex, moveOffer } from "../services/exchange-offers.server";
import { answerExchange, type AnswerError } from "../services/exchange-answers.server";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { admin, session } = await authenticate.admin(request);
  return loadOffersIndex({ db, admin, shop: session.shop, now: new Date() }, new URL(request.url).searchParams);
};

const ANSWER_ERROR_STATUS: Record<AnswerError, number> = { invalid: 400, not_an_agent: 403, not_found: 404, conflict: 409 };

type ActionData = { ok: boolean; message: string };

export const action = async ({ request }: ActionFunctionArgs) => {
  const { admin, session } = await authenticate.admin(request);
  const context = { db, admin, shop: session.shop, now: new Date() };
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "");
  const offerId = String(form.get("offerId") ?? "");
  if (intent === "up" || intent === "down") {
    const moved = await moveOffer(context, offerId, intent);
    return json({ ok: moved, message: moved ? "Order saved" : "That offer can't move further" } satisfies ActionData, { status: moved ? 200 : 400 });
  }
  if (intent === "delete") {
    const deleted = await deleteOffer(context, offerId);
    if (!deleted) throw new Response("Not found", { status: 404 });
    return { ok: true, message: "Offer deleted; its outcomes stay in the figures" } satisfies ActionData;
  }
  if (intent === "accept_outcome" || intent === "refuse_outcome") {
    // A shopper's request: the same answer as on the exchange desk, by the signed-in agent.
    const outcome = await db.exchangeOutcome.findFirst({ where: { shop: session.shop, id: String(form.get("outcomeId") ?? "") } });
    if (!outcome) throw new Response("Not found", { status: 404 });
    const result = await answerExchange({ ...context, staff: staffMemberOf(session) }, outcome.orderId, form);
    if (!result.ok) return json({ ok: false, message: Object.values(result.fieldErrors).join(" ") } satisfies ActionData, { status: ANSWER_ERROR_STATUS[result.error] });
    const made = result.created ? ` Return ${result.created.returnName}${result.created.draftOrderName ? ` and draft order ${result.created.draftOrderName}` : ""} created in Shopify.` : "";
    return { ok: true, message: intent === "accept_outcome" ? `Exchange accepted.${made}` : "Request refused; nothing was created in Shopify." } satisfies ActionData;
  }
  return json({ ok: false, message: "Unknown action" } satisfies ActionData, { status: 400 });
};

const PERIODS = [
  { label: "Last 30 days", value: "30" },
  { label: "Last 90 days", value: "90" },
];

const HEADINGS = ["", "Shown", "Accepted", "Refused", "Pending", "Acceptance", "Revenue kept", "Upsell", "Bonus cost", "Net", "Awaiting payment"];
const TYPES: ("text" | "numeric")[] = ["text", "numeric", "numeric", "numeric", "numeric", "numeric", "numeric", "numeric", "numeric", "numeric", "numeric"];

type Row = {
  label: string;
  shown: number;
  accepted: number;
  refused: number;
  pending: number;
  acceptance: string;
  kept: string;
  upsell: string;
  bonusCost: string;
  net: string;
  awaiting: string;
  awaitingText: string | null;
};
/** A button that posts its own small form (Polaris buttons carry no name/value). */
function PostButton(props: { fields: Record<string, string>; disabled?: boolean; primary?: boolean; tone?: "critical"; label?: string; children: string }) {
  return (
    <Form method="post">
      {Object.entries(props.fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button submit disabled={props.disabled} variant={props.primary ? "primary" : undefined} tone={props.tone} accessibilityLabel={props.label}>
        {props.children}
      </Button>
    </Form>
  );
}

/** What awaits payment, with its draft orders on hover, as the profit page explains its figures. */
function Awaiting({ row }: { row: Row }) {
  if (!row.awaitingText) return <>{row.awaiting}</>;
  return (
    <Tooltip content={`${row.awaitingText}: counted once the shopper pays`}>
      <span tabIndex={0} aria-label={`${row.awaitingText}, counted once the shopper pays`}>
        {row.awaiting}
      </span>
    </Tooltip>
  );
}

const cells = (row: Row) => [
  row.label,
  row.shown,
  row.accepted,
  row.refused,
  row.pending,
  row.acceptance,
  row.kept,
  row.upsell,
  row.bonusCost,
  row.net,
  <Awaiting key="awaiting" row={row} />,
];

export default function ExchangeOffers() {
  const data = useLoaderData<typeof loader>();
  const result = useActionData<ActionData>();
  const navigation = useNavigation();
  const [period, setPeriod] = useState(String(data.period.days));
  const busy = navigation.state === "submitting";

  return (
    <Page
      title="Exchange offers"
      subtitle="Turn a refund into an exchange plus an upsell."
      primaryAction={{ content: "Add offer", url: "/app/exchange-offers/new" }}
      secondaryActions={[{ content: "Agent desk", url: "/app/agent-desk" }]}
    >
      <Layout>
        {result ? (
          <Layout.Section>
            <Banner tone={result.ok ? "success" : "critical"}>{result.message}</Banner>
          </Layout.Section>
        ) : null}

        <Layout.Section>
          <Card padding="0">
            <Box padding="400">
              <BlockStack gap="100">
                <Text as="h2" variant="headingMd">
                  Offers
                </Text>
                <Text as="p" tone="subdued">
                  Tried from the top: an item gets the first offer that covers it, is in date, fits the return reason and the return window, and has its exchange item in stock.
                </Text>
              </BlockStack>
            </Box>
            {data.offers.length === 0 ? (
              <EmptyState heading="Add your first exchange offer" action={{ content: "Add offer", url: "/app/exchange-offers/new" }} image="">
                <p>“Return these trousers?” becomes “exchange them for the new cut and get a free belt”.</p>
              </EmptyState>
            ) : (
              <DataTable
                columnContentTypes={["numeric", "text", "text", "text", "text", "text", "text"]}
                headings={["#", "Offer", "When returned", "Exchange to", "Bonus", "Window", ""]}
                rows={data.offers.map((offer) => [
                  offer.precedence,
                  <BlockStack key="name" gap="050">
                    <InlineStack gap="100" blockAlign="center">
                      <Link url={`/app/exchange-offers/${offer.id}`}>{offer.name}</Link>
                      {offer.enabled ? null : <Badge>Off</Badge>}
                      {offer.missingLanguages.length > 0 ? <Badge tone="attention">{`English for ${offer.missingLanguages.join(", ")}`}</Badge> : null}
                    </InlineStack>
                    <Text as="span" tone="subdued" variant="bodySm">
                      {offer.dates}
                    </Text>
                  </BlockStack>,
                  <BlockStack key="match" gap="050">
                    <Text as="span">{offer.match}</Text>
                    <Text as="span" tone="subdued" variant="bodySm">
                      {offer.reasons}
                    </Text>
                  </BlockStack>,
                  offer.exchange,
                  offer.bonus,
                  offer.returnWindow,
                  <ButtonGroup key="actions">
                    <PostButton fields={{ intent: "up", offerId: offer.id }} disabled={offer.first || busy} label={`Move ${offer.name} up`}>
                      ↑
                    </PostButton>
                    <PostButton fields={{ intent: "down", offerId: offer.id }} disabled={offer.last || busy} label={`Move ${offer.name} down`}>
                      ↓
                    </PostButton>
                    <PostButton fields={{ intent: "delete", offerId: offer.id }} disabled={busy} tone="critical">
                      Delete
                    </PostButton>
                  </ButtonGroup>,
                ])}
              />
            )}
          </Card>
        </Layout.Section>

        <Layout.Section>
          <Card padding="0">
            <Box padding="400">
              <BlockStack gap="100">
                <Text as="h2" variant="headingMd">
                  Requests from the tracking page
                </Text>
                <Text as="p" tone="subdued">
                  Shoppers asked for these exchanges themselves. Accepting creates the exchange in Shopify as the agent desk does; refusing creates nothing.
                </Text>
              </BlockStack>
            </Box>
            {data.requests.length === 0 ? (
              <Box padding="400">
                <Text as="p" tone="subdued">
                  No requests waiting.
                </Text>
              </Box>
            ) : (
              <DataTable
                columnContentTypes={["text", "text", "text", "text", "numeric", "text", "text"]}
                headings={["Order", "Offer", "Reason", "Exchange to", "Net if accepted", "Requested", ""]}
                rows={data.requests.map((request) => [
                  <Link key="order" url={`/app/exchanges/${request.orderId}`}>
                    {`Order ${request.orderId}`}
                  </Link>,
                  request.offerName,
                  request.reason,
                  request.exchange,
                  request.proposedNet,
                  new Date(request.requestedAt).toLocaleString("en-US", { timeZone: data.timeZone }),
                  <ButtonGroup key="answer">
                    <PostButton fields={{ intent: "accept_outcome", outcomeId: request.id }} disabled={busy} primary>
                      Accept
                    </PostButton>
                    <PostButton fields={{ intent: "refuse_outcome", outcomeId: request.id }} disabled={busy}>
                      Refuse
                    </PostButton>
                  </ButtonGroup>,
                ])}
              />
            )}
          </Card>
        </Layout.Section>

        <Layout.Section>
          <Card>
            <BlockStack gap="300">
              <InlineStack align="space-between" blockAlign="center">
                <Text as="h2" variant="headingMd">
                  Outcomes · last {data.period.days} days
                </Text>
                <Form method="get">
                  <InlineStack gap="200" blockAlign="end">
                    <Select label="Period" labelHidden name="period" options={PERIODS} value={period} onChange={setPeriod} />
                    <Button submit>Show</Button>
                  </InlineStack>
                </Form>
              </InlineStack>
              <Text as="p" tone="subdued">
                Revenue kept is the refund avoided; upsell is what shoppers paid on top; bonus cost is a gift&apos;s unit cost or an upsell&apos;s discount. Net = kept + upsell − bonus cost, in {data.currencyCode}.
                What an exchange puts on a draft order (an upsell, its discount, and the exchange itself when it costs more) counts once the shopper pays it, in the period they pay; until then it is under Awaiting payment and in no other column.
              </Text>
              {data.outcomes.totals.awaitingText ? (
                <Text as="p">{`${data.outcomes.totals.awaitingText}, counted once the shoppers pay.`}</Text>
              ) : null}
              <Text as="h3" variant="headingSm">
                By offer
              </Text>
              <DataTable columnContentTypes={TYPES} headings={HEADINGS} rows={data.outcomes.byOffer.map(cells)} totals={cells(data.outcomes.totals).map((cell, index) => (index === 0 ? "" : cell))} showTotalsInFooter />
              <Text as="h3" variant="headingSm">
                By agent
              </Text>
              <DataTable columnContentTypes={TYPES} headings={HEADINGS} rows={data.outcomes.byAgent.map(cells)} />
              {data.outcomes.otherCurrencyRows > 0 ? (
                <Text as="p" tone="caution">
                  {data.outcomes.otherCurrencyRows} outcome(s) in another currency than {data.currencyCode} are not counted here.
                </Text>
              ) : null}
            </BlockStack>
          </Card>
        </Layout.Section>
      </Layout>
    </Page>
  );
}
