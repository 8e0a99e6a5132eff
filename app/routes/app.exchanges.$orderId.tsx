// The exchange desk for one order: its items, whether each can go back and
// why not, the offers that apply in precedence order with the agent's script
// and the exact money, and the shopper's answer. Accepting makes the
// exchange in Shopify; refusing records the refusal and creates nothing.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation, useSubmit } from "@remix-run/react";
import { Badge, Banner, BlockStack, Box, Button, ButtonGroup, Card, DataTable, Divider, InlineGrid, InlineStack, Layout, Link, Page, Select, Tabs, Text } from "@shopify/polaris";
import { useRef, useState } from "react";
import db from "../db.server";
import { authenticate } from "../shopify.server";
import { staffMemberOf } from "../services/agent-desk.server";
import { answerExchange, type AnswerError } from "../services/exchange-answers.server";
import type { CreatedExchange } from "../services/exchange-shopify.server";
import { loadExchangeDesk, type ProposalView } from "../services/exchange-desk.server";

export const loader = async ({ request, params }: LoaderFunctionArgs) => {
  const { admin, session } = await authenticate.admin(request);
  const desk = await loadExchangeDesk(
    { db, admin, shop: session.shop, now: new Date(), staff: staffMemberOf(session) },
    params.orderId ?? "",
    new URL(request.url).searchParams,
  );
  if (!desk) throw new Response("Not found", { status: 404 });
  return desk;
};

const ANSWER_ERROR_STATUS: Record<AnswerError, number> = { invalid: 400, not_an_agent: 403, not_found: 404, conflict: 409 };

type ActionData = { ok: true; status: string; created: CreatedExchange | null; fieldErrors?: undefined } | { ok: false; fieldErrors: Record<string, string> };

export const action = async ({ request, params }: ActionFunctionArgs) => {
  const { admin, session } = await authenticate.admin(request);
  const result = await answerExchange(
    { db, admin, shop: session.shop, now: new Date(), staff: staffMemberOf(session) },
    params.orderId ?? "",
    await request.formData(),
  );
  if (!result.ok) return json({ ok: false, fieldErrors: result.fieldErrors } satisfies ActionData, { status: ANSWER_ERROR_STATUS[result.error] });
  return { ok: true, status: result.outcome.status, created: result.created } satisfies ActionData;
};

const LANGUAGES = [
  { id: "en", content: "English" },
  { id: "ar", content: "العربية" },
  { id: "fr", content: "Français" },
] as const;

const STATUS_TONES: Record<string, "success" | "critical" | "attention" | "info" | undefined> = {
  accepted: "success",
  refused: "critical",
  requested: "attention",
  shown: "info",
};

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <BlockStack gap="050">
      <Text as="span" tone="subdued" variant="bodySm">
        {label}
      </Text>
      <Text as="span" variant="headingSm">
        {value}
      </Text>
    </BlockStack>
  );
}

function ProposalCard(props: { proposal: ProposalView; lineItemId: string; reason: string | null; reasons: { value: string; label: string }[]; canAnswer: boolean; errors: Record<string, string> }) {
  const { proposal } = props;
  const submit = useSubmit();
  const navigation = useNavigation();
  const form = useRef<HTMLFormElement>(null);
  const [language, setLanguage] = useState(0);
  const [variant, setVariant] = useState(proposal.exchange.id);
  const [reason, setReason] = useState(props.reason ?? "");
  const texts = proposal.texts[LANGUAGES[language].id];
  const send = (intent: "accept" | "refuse" | "offer") => {
    if (!form.current) return;
    const data = new FormData(form.current);
    data.set("intent", intent);
    submit(data, { method: "post" });
  };
  const busy = navigation.state !== "idle";
  return (
    <Box padding="400" borderWidth="025" borderColor="border" borderRadius="200">
      <BlockStack gap="300">
        <InlineStack gap="200" blockAlign="center">
          <Text as="h3" variant="headingSm">
            {proposal.offerName}
          </Text>
          <Badge tone={proposal.mode === "return" ? "success" : "info"}>{proposal.modeLabel}</Badge>
        </InlineStack>
        <Text as="p">
          Exchange to <strong>{proposal.exchange.label}</strong>
          {proposal.bonus ? (
            <>
              {" "}+ {proposal.bonus.kind === "free_gift" ? "free" : "discounted"} <strong>{proposal.bonus.label}</strong>
            </>
          ) : null}
          . Offer open until {new Date(proposal.windowClosesAt).toLocaleDateString("en-US")}.
        </Text>
        <InlineGrid columns={{ xs: 2, md: 4 }} gap="300">
          <Figure label="Price difference" value={proposal.priceDifference} />
          <Figure label="Shopper pays" value={proposal.shopperPays} />
          <Figure label="Refund kept" value={proposal.kept} />
          <Figure label="Net for the shop" value={proposal.net} />
        </InlineGrid>
        <Text as="p" tone="subdued" variant="bodySm">
          Upsell {proposal.upsell} · bonus cost {proposal.bonusCost} · refunded when the item is back {proposal.refund}. Figures for the proposed variant.
        </Text>
        <Tabs tabs={LANGUAGES.map((entry) => ({ id: `${proposal.offerId}-${props.lineItemId}-${entry.id}`, content: entry.content }))} selected={language} onSelect={setLanguage} />
        <div dir={LANGUAGES[language].id === "ar" ? "rtl" : "ltr"}>
          <BlockStack gap="100">
            <Text as="p" fontWeight="semibold">
              {texts.headline}
            </Text>
            <Text as="p">{texts.script}</Text>
          </BlockStack>
        </div>
        <Form method="post" ref={form}>
          <input type="hidden" name="lineItemId" value={props.lineItemId} />
          <input type="hidden" name="offerId" value={proposal.offerId} />
          <BlockStack gap="300">
            <InlineGrid columns={{ xs: 1, md: 2 }} gap="300">
              <Select
                label="Exchange variant"
                name="exchangeVariantId"
                options={proposal.alternatives.map((alternative) => ({ label: alternative.label, value: alternative.id }))}
                value={variant}
                onChange={setVariant}
                error={props.errors.exchangeVariantId}
              />
              <Select
                label="Return reason"
                name="reason"
                options={[{ label: "Choose the reason the shopper gave", value: "" }, ...props.reasons]}
                value={reason}
                onChange={setReason}
                error={props.errors.reason}
              />
            </InlineGrid>
            <ButtonGroup>
              <Button variant="primary" disabled={!props.canAnswer || busy} onClick={() => send("accept")}>
                Shopper accepted: make the exchange
              </Button>
              <Button disabled={!props.canAnswer || busy} onClick={() => send("refuse")}>
                Shopper refused
              </Button>
              <Button variant="plain" disabled={!props.canAnswer || busy} onClick={() => send("offer")}>
                Offered, waiting for an answer
              </Button>
            </ButtonGroup>
          </BlockStack>
        </Form>
      </BlockStack>
    </Box>
  );
}

function OutcomeAnswer({ outcomeId, disabled }: { outcomeId: string; disabled: boolean }) {
  return (
    <InlineStack gap="100">
      {(["accept_outcome", "refuse_outcome"] as const).map((intent) => (
        <Form method="post" key={intent}>
          <input type="hidden" name="intent" value={intent} />
          <input type="hidden" name="outcomeId" value={outcomeId} />
          <Button submit size="slim" variant={intent === "accept_outcome" ? "primary" : undefined} disabled={disabled}>
            {intent === "accept_outcome" ? "Accept" : "Refuse"}
          </Button>
        </Form>
      ))}
    </InlineStack>
  );
}

export default function ExchangeDesk() {
  const data = useLoaderData<typeof loader>();
  const result = useActionData<ActionData>();
  const navigation = useNavigation();
  const [reason, setReason] = useState(data.reason ?? "");
  const errors = result && !result.ok ? result.fieldErrors : {};
  const canAnswer = Boolean(data.agent?.active) && !data.order.cancelled;

  return (
    <Page
      title={`Exchange · ${data.order.name}`}
      subtitle={data.order.customer ? `${data.order.customer} · ordered ${new Date(data.order.processedAt).toLocaleDateString("en-US", { timeZone: data.order.timeZone })}` : undefined}
      backAction={{ url: "/app/agent-desk" }}
      secondaryActions={[{ content: "Open in Shopify", url: `shopify:admin/orders/${data.order.id}`, target: "_top" }]}
    >
      <Layout>
        {!data.agent ? (
          <Layout.Section>
            <Banner tone="warning" title="You're not on the agent roster">
              <p>
                Exchanges are credited to the agent who makes them.{" "}
                <Link url={`/app/agents/new?${new URLSearchParams({ name: data.staff?.name ?? "", email: data.staff?.email ?? "" }).toString()}`}>Add yourself</Link> with your
                Shopify email, or ask the store owner.
              </p>
            </Banner>
          </Layout.Section>
        ) : null}
        {result?.ok ? (
          <Layout.Section>
            <Banner tone="success" title={result.status === "accepted" ? "Exchange made in Shopify" : result.status === "refused" ? "Refusal recorded" : "Offer recorded"}>
              {result.created ? (
                <p>
                  Return {result.created.returnName} created; its exchange items are released for fulfillment.
                  {result.created.draftOrderName ? (
                    <>
                      {" "}Draft order {result.created.draftOrderName} holds what the shopper pays
                      {result.created.invoiceUrl ? (
                        <>
                          :{" "}
                          <Link url={result.created.invoiceUrl} target="_blank">
                            invoice link
                          </Link>
                        </>
                      ) : null}
                      .
                    </>
                  ) : null}
                </p>
              ) : result.status === "refused" ? (
                <p>Nothing was created in Shopify: refund the item as usual.</p>
              ) : null}
            </Banner>
          </Layout.Section>
        ) : null}
        {errors.form ? (
          <Layout.Section>
            <Banner tone="critical">{errors.form}</Banner>
          </Layout.Section>
        ) : null}

        <Layout.Section>
          <Card>
            <Form method="get">
              <InlineStack gap="200" blockAlign="end">
                <Select
                  label="Why is the shopper returning it?"
                  name="reason"
                  options={[{ label: "Not asked yet: show every offer", value: "" }, ...data.reasons]}
                  value={reason}
                  onChange={setReason}
                />
                <Button submit loading={navigation.state === "loading" && navigation.formMethod === "GET"}>
                  Show offers
                </Button>
              </InlineStack>
            </Form>
          </Card>
        </Layout.Section>

        {data.items.map((item) => (
          <Layout.Section key={item.lineItemId}>
            <Card>
              <BlockStack gap="300">
                <InlineStack align="space-between" blockAlign="center">
                  <BlockStack gap="050">
                    <Text as="h2" variant="headingMd">
                      {item.title}
                    </Text>
                    <Text as="span" tone="subdued">
                      {[item.variantTitle, `${item.quantity} × ${item.paidUnit} paid`, `${item.returnableQuantity} returnable`].filter(Boolean).join(" · ")}
                    </Text>
                  </BlockStack>
                  {item.deliveredAt ? <Badge tone="success">{`Delivered ${new Date(item.deliveredAt).toLocaleDateString("en-US", { timeZone: data.order.timeZone })}`}</Badge> : null}
                </InlineStack>
                {item.refusal ? <Banner tone="warning">{item.refusal}</Banner> : null}
                {item.proposals.map((proposal) => (
                  <ProposalCard
                    key={proposal.offerId}
                    proposal={proposal}
                    lineItemId={item.lineItemId}
                    reason={data.reason}
                    reasons={data.reasons}
                    canAnswer={canAnswer}
                    errors={errors}
                  />
                ))}
                {item.skipped.length > 0 ? (
                  <>
                    <Divider />
                    <Text as="p" tone="subdued" variant="bodySm">
                      Not proposed: {item.skipped.map((skip) => `${skip.offerName} (${skip.label.toLowerCase()})`).join("; ")}.
                    </Text>
                  </>
                ) : null}
              </BlockStack>
            </Card>
          </Layout.Section>
        ))}

        <Layout.Section>
          <Card>
            <BlockStack gap="300">
              <Text as="h2" variant="headingMd">
                Offers made on this order
              </Text>
              {data.outcomes.length === 0 ? (
                <Text as="p" tone="subdued">
                  None yet.
                </Text>
              ) : (
                <DataTable
                  columnContentTypes={["text", "text", "text", "text", "text", "numeric", "text", "text"]}
                  headings={["When", "Item", "Offer", "Answer", "Agent", "Net", "In Shopify", ""]}
                  rows={data.outcomes.map((outcome) => [
                    new Date(outcome.createdAt).toLocaleString("en-US", { timeZone: data.order.timeZone }),
                    outcome.item,
                    outcome.offerName,
                    <Badge key="status" tone={STATUS_TONES[outcome.status]}>
                      {outcome.channel === "self_service" ? `${outcome.status} (shopper)` : outcome.status}
                    </Badge>,
                    outcome.agent ?? "—",
                    outcome.status === "accepted" ? outcome.net : "—",
                    outcome.draftOrderId ? (
                      <InlineStack key="draft" gap="100" blockAlign="center">
                        <Link url={`shopify:admin/draft_orders/${outcome.draftOrderId}`} target="_top">
                          Draft order
                        </Link>
                        {outcome.status === "accepted" ? (
                          <Badge tone={outcome.draftOrderPaid ? "success" : "attention"}>{outcome.draftOrderPaid ? "Paid" : "Awaiting payment"}</Badge>
                        ) : null}
                      </InlineStack>
                    ) : outcome.returnId ? (
                      "Return created"
                    ) : (
                      "—"
                    ),
                    outcome.status === "shown" || outcome.status === "requested" ? (
                      <OutcomeAnswer key="answer" outcomeId={outcome.id} disabled={!canAnswer || navigation.state !== "idle"} />
                    ) : (
                      ""
                    ),
                  ])}
                />
              )}
            </BlockStack>
          </Card>
        </Layout.Section>
      </Layout>
    </Page>
  );
}
