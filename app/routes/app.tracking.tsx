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
import { shipmentsAtRisk, trackingOverview, updateTrackingSettings } from "../services/tracking-admin.server";
import { faqLinksOf } from "../data/tracking.server";
import { shopSettings } from "../services/shop-settings.server";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { admin, session } = await authenticate.admin(request);
  const now = new Date();
  const [overview, atRisk] = await Promise.all([
    trackingOverview({ db, admin, shop: session.shop, now }),
    shipmentsAtRisk(admin, now),
  ]);
  const stored = overview.settings;
  return {
    shop: session.shop,
    currencyCode: overview.currencyCode,
    lookups: overview.deflection.lookups,
    misses: overview.misses,
    saved: formatMoney({ minor: overview.deflection.savedMinor, currencyCode: overview.currencyCode }),
    costPerTicket: formatMoney({ minor: overview.costPerTicketMinor, currencyCode: overview.currencyCode }),
    atRisk,
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
    },
  };
};

export const action = async ({ request }: ActionFunctionArgs) => {
  const { admin, session } = await authenticate.admin(request);
  const { currencyCode } = await shopSettings(db, admin, session.shop);
  const parsed = parseTrackingSettingsForm(await request.formData(), { shopCurrency: currencyCode });
  if (!parsed.ok) return json({ fieldErrors: parsed.fieldErrors, saved: false }, { status: 400 });
  await updateTrackingSettings(db, session.shop, parsed.settings);
  return { fieldErrors: {} as Record<string, string>, saved: true };
};

const REASON_LABELS: Record<string, { label: string; tone: "critical" | "warning" | "attention" }> = {
  failure: { label: "Delivery failed", tone: "critical" },
  attempted_delivery: { label: "Delivery attempted", tone: "warning" },
  delayed: { label: "Delayed", tone: "warning" },
  late: { label: "Past its delivery date", tone: "attention" },
  not_delivered: { label: "Not delivered", tone: "critical" },
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
                <Text as="p" tone="subdued">Contact these shoppers before they contact you.</Text>
              </div>
              {data.atRisk.length === 0 ? (
                <EmptyState heading="No shipment at risk" image="">
                  <p>Delayed, failed or late packages of the last two weeks appear here.</p>
                </EmptyState>
              ) : (
                <DataTable
                  columnContentTypes={["text", "text", "text", "text"]}
                  headings={["Order", "Customer", "Problem", "Carrier"]}
                  rows={data.atRisk.map((shipment) => [
                    <Link key="order" url={`shopify:admin/orders/${shipment.orderId}`} target="_top">
                      {shipment.orderName}
                    </Link>,
                    <BlockStack key="customer" gap="050">
                      <Text as="span">{shipment.customerName ?? "Guest"}</Text>
                      <Text as="span" tone="subdued">{shipment.email ?? shipment.phone ?? ""}</Text>
                    </BlockStack>,
                    <BlockStack key="reasons" gap="100">
                      {shipment.reasons.map((reason) => (
                        <Badge key={reason.kind} tone={REASON_LABELS[reason.kind]?.tone ?? "attention"}>
                          {REASON_LABELS[reason.kind]?.label ?? reason.kind}
                        </Badge>
                      ))}
                    </BlockStack>,
                    shipment.trackingUrl ? (
                      <Link key="carrier" url={shipment.trackingUrl} target="_blank">
                        {`${shipment.carrier ?? "Carrier"} ${shipment.trackingNumber ?? ""}`}
                      </Link>
                    ) : (
                      `${shipment.carrier ?? ""} ${shipment.trackingNumber ?? ""}`
                    ),
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
