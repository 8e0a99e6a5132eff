// The tracking page, as the merchant sees it: tickets it saved, shipments
// at risk for agents to get ahead of, and its branding.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import {
  Badge,
  BlockStack,
  Button,
  Card,
  DataTable,
  EmptyState,
  FormLayout,
  InlineGrid,
  Layout,
  Link,
  Page,
  Text,
  TextField,
} from "@shopify/polaris";
import { useState } from "react";
import db from "../db.server";
import { formatMinorAsDecimal, formatMoney } from "../domain/money";
import { parseTrackingSettingsForm } from "../domain/tracking/settings";
import { authenticate } from "../shopify.server";
import { trackingOverview, updateTrackingSettings } from "../services/tracking-admin.server";
import { markShipmentRiskHandled, shipmentsAtRisk } from "../services/shipment-risks.server";
import { staffMemberOf } from "../services/agent-desk.server";
import { parseMarkHandledForm } from "../domain/tracking/shipment-risk-form";
import { faqLinksOf } from "../data/tracking.server";
import { shopSettings } from "../services/shop-settings.server";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { admin, session } = await authenticate.admin(request);
  const now = new Date();
  const [overview, atRisk] = await Promise.all([
    trackingOverview({ db, admin, shop: session.shop, now }),
    shipmentsAtRisk({ db, shop: session.shop }),
  ]);
  const stored = overview.settings;
  return {
    shop: session.shop,
    currencyCode: overview.currencyCode,
    lookups: overview.deflection.lookups,
    misses: overview.misses,
    saved: formatMoney({ minor: overview.deflection.savedMinor, currencyCode: overview.currencyCode }),
    costPerTicket: formatMoney({ minor: overview.costPerTicketMinor, currencyCode: overview.currencyCode }),
    atRisk: atRisk.rows,
    atRiskTotal: atRisk.total,
    settings: {
      headline: stored?.headline ?? "",
      logoUrl: stored?.logoUrl ?? "",
      primaryColor: stored?.primaryColor ?? "",
      accentColor: stored?.accentColor ?? "",
      supportEmail: stored?.supportEmail ?? "",
      supportPhone: stored?.supportPhone ?? "",
      supportWhatsApp: stored?.supportWhatsApp ?? "",
      faqLinks: stored ? faqLinksOf(stored) : [],
      pinnedCollection: stored?.pinnedCollection ?? "",
      costPerTicket: formatMinorAsDecimal(overview.costPerTicketMinor, overview.currencyCode),
      stalledAfterDays: String(overview.stalledAfterDays),
    },
  };
};

export const action = async ({ request }: ActionFunctionArgs) => {
  const { admin, session } = await authenticate.admin(request);
  const form = await request.formData();
  if (form.get("intent") === "handled") {
    const parsed = parseMarkHandledForm(form);
    if (!parsed.ok) return json({ fieldErrors: parsed.fieldErrors, saved: false, handled: false }, { status: 400 });
    const result = await markShipmentRiskHandled({ db, shop: session.shop, now: new Date(), staff: staffMemberOf(session) }, parsed.riskId);
    if (result.kind === "not_found") return json({ fieldErrors: { riskId: "This shipment is no longer in the list" } as Record<string, string>, saved: false, handled: false }, { status: 404 });
    return { fieldErrors: {} as Record<string, string>, saved: false, handled: true };
  }
  const { currencyCode } = await shopSettings(db, admin, session.shop);
  const parsed = parseTrackingSettingsForm(form, { shopCurrency: currencyCode });
  if (!parsed.ok) return json({ fieldErrors: parsed.fieldErrors, saved: false, handled: false }, { status: 400 });
  await updateTrackingSettings(db, session.shop, parsed.settings);
  return { fieldErrors: {} as Record<string, string>, saved: true, handled: false };
};

const REASON_LABELS: Record<string, { label: string; tone: "critical" | "warning" | "attention" }> = {
  failure: { label: "Delivery failed", tone: "critical" },
  attempted_delivery: { label: "Delivery attempted", tone: "warning" },
  delayed: { label: "Delayed", tone: "warning" },
  past_estimated_delivery: { label: "Past its delivery date", tone: "attention" },
  not_delivered: { label: "Not delivered", tone: "critical" },
  no_movement: { label: "No carrier scan", tone: "attention" },
};

export default function TrackingPageAdmin() {
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  const errors = result?.fieldErrors ?? {};
  const [values, setValues] = useState(data.settings);
  const field = (name: keyof typeof values) => ({
    name,
    value: String(values[name] ?? ""),
    onChange: (value: string) => setValues({ ...values, [name]: value }),
    error: errors[name],
    autoComplete: "off",
  });
  const [faqRows, setFaqRows] = useState(() =>
    [...data.settings.faqLinks, ...Array.from({ length: 5 }, () => ({ label: "", url: "" }))].slice(0, 5),
  );
  const faqField = (index: number, part: "label" | "url") => ({
    name: `faqLinks.${index}.${part}`,
    value: faqRows[index][part],
    onChange: (value: string) => setFaqRows(faqRows.map((row, at) => (at === index ? { ...row, [part]: value } : row))),
    error: errors[`faqLinks.${index}.${part}`],
    autoComplete: "off",
  });

  return (
    <Page title="Order tracking" subtitle="Your /track page answers “where is my order?” before anyone asks.">
      <Layout>
        <Layout.Section>
          <InlineGrid columns={3} gap="400">
            <Card>
              <BlockStack gap="100">
                <Text as="h2" variant="headingSm">Lookups answered (30 days)</Text>
                <Text as="p" variant="heading2xl">{data.lookups}</Text>
                <Text as="p" tone="subdued">{data.misses} found no order</Text>
              </BlockStack>
            </Card>
            <Card>
              <BlockStack gap="100">
                <Text as="h2" variant="headingSm">Tickets saved</Text>
                <Text as="p" variant="heading2xl">{data.lookups}</Text>
                <Text as="p" tone="subdued">One per lookup that found an order</Text>
              </BlockStack>
            </Card>
            <Card>
              <BlockStack gap="100">
                <Text as="h2" variant="headingSm">Support cost avoided</Text>
                <Text as="p" variant="heading2xl">{data.saved}</Text>
                <Text as="p" tone="subdued">
                  {data.lookups} × {data.costPerTicket} per ticket
                </Text>
              </BlockStack>
            </Card>
          </InlineGrid>
        </Layout.Section>

        <Layout.Section>
          <Card padding="0">
            <BlockStack gap="200">
              <div style={{ padding: "var(--p-space-400)" }}>
                <Text as="h2" variant="headingMd">Shipments at risk</Text>
                <Text as="p" tone="subdued">
                  Contact these shoppers before they contact you, then mark each one handled.
                  {data.atRiskTotal > data.atRisk.length ? ` Showing the ${data.atRisk.length} newest of ${data.atRiskTotal}.` : ""}
                </Text>
              </div>
              {data.atRisk.length === 0 ? (
                <EmptyState heading="No shipment at risk" image="">
                  <p>Delayed, failed, late or stuck packages appear here as carriers report them.</p>
                </EmptyState>
              ) : (
                <DataTable
                  columnContentTypes={["text", "text", "text", "text", "text"]}
                  headings={["Order", "Customer", "Problem", "Carrier", ""]}
                  rows={data.atRisk.map((shipment) => [
                    <Link key="order" url={`shopify:admin/orders/${shipment.orderId}`} target="_top">
                      {shipment.orderName ?? `Order ${shipment.orderId}`}
                    </Link>,
                    <Text key="customer" as="span">{shipment.email ?? "No email"}</Text>,
                    <BlockStack key="reasons" gap="100">
                      <Badge tone={REASON_LABELS[shipment.kind]?.tone ?? "attention"}>{REASON_LABELS[shipment.kind]?.label ?? shipment.kind}</Badge>
                      <Text as="span" tone="subdued">since {new Date(shipment.since).toISOString().slice(0, 10)}</Text>
                    </BlockStack>,
                    shipment.trackingUrl ? (
                      <Link key="carrier" url={shipment.trackingUrl} target="_blank">
                        {`${shipment.carrier ?? "Carrier"} ${shipment.trackingNumber ?? ""}`}
                      </Link>
                    ) : (
                      `${shipment.carrier ?? ""} ${shipment.trackingNumber ?? ""}`
                    ),
                    <Form key="handled" method="post">
                      <input type="hidden" name="intent" value="handled" />
                      <input type="hidden" name="riskId" value={shipment.riskId} />
                      <Button submit accessibilityLabel={`Mark ${shipment.orderName ?? "the shipment"} handled`}>
                        Mark handled
                      </Button>
                    </Form>,
                  ])}
                />
              )}
            </BlockStack>
          </Card>
        </Layout.Section>

        <Layout.Section>
          <Card>
            <Form method="post">
              <FormLayout>
                <Text as="h2" variant="headingMd">Branding and help</Text>
                {result?.saved ? <Badge tone="success">Saved</Badge> : null}
                <TextField label="Headline" helpText="Leave empty for “Track your order” in the shopper's language." {...field("headline")} />
                <TextField label="Logo address (https)" {...field("logoUrl")} />
                <FormLayout.Group>
                  <TextField label="Main colour" placeholder="#1a73e8" {...field("primaryColor")} />
                  <TextField label="Button colour" placeholder="#ffd166" {...field("accentColor")} />
                </FormLayout.Group>
                <FormLayout.Group>
                  <TextField label="Support email" type="email" {...field("supportEmail")} />
                  <TextField label="Support phone" type="tel" {...field("supportPhone")} />
                  <TextField label="WhatsApp number" type="tel" {...field("supportWhatsApp")} />
                </FormLayout.Group>
                {faqRows.map((_, index) => (
                  <FormLayout.Group key={index}>
                    <TextField label={`FAQ link ${index + 1} label`} {...faqField(index, "label")} />
                    <TextField label={`FAQ link ${index + 1} address (https)`} {...faqField(index, "url")} />
                  </FormLayout.Group>
                ))}
                <TextField label="Collection to show as upsell (handle)" placeholder="new-arrivals" {...field("pinnedCollection")} />
                <TextField label={`Cost of one support ticket (${data.currencyCode})`} inputMode="decimal" {...field("costPerTicket")} />
                <TextField
                  label="Days without a carrier scan before a shipment is at risk"
                  inputMode="numeric"
                  helpText="From 1 to 30 days."
                  {...field("stalledAfterDays")}
                />
                <Button submit variant="primary" loading={navigation.state === "submitting"}>
                  Save
                </Button>
              </FormLayout>
            </Form>
          </Card>
        </Layout.Section>
      </Layout>
    </Page>
  );
}
