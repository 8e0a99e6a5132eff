// The shop's settings: what a new agent starts with (commission and monthly
// delight budget). Agents already on the roster keep their own figures.
// json(), not Response.json(): the production server installs Remix's fetch
// globals, whose Response has no static json().
import { json, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { Banner, BlockStack, Button, Card, FormLayout, Layout, Page, Text, TextField } from "@shopify/polaris";
import { useState, type FormEvent } from "react";
import db from "../db.server";
import { parseAgentDefaultsForm } from "../domain/agents/settings";
import { authenticate } from "../shopify.server";
import { loadAgentDefaults, saveAgentDefaultsForm } from "../services/agent-settings.server";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { admin, session } = await authenticate.admin(request);
  return loadAgentDefaults({ db, admin, shop: session.shop });
};

export const action = async ({ request }: ActionFunctionArgs) => {
  const { admin, session } = await authenticate.admin(request);
  const result = await saveAgentDefaultsForm({ db, admin, shop: session.shop }, await request.formData());
  if (!result.ok) return json({ fieldErrors: result.fieldErrors, saved: false }, { status: 400 });
  return { fieldErrors: {} as Record<string, string>, saved: true };
};

type Values = { defaultCommissionPercent: string; defaultMonthlyDelightBudget: string };

export default function Settings() {
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  const [values, setValues] = useState<Values>(data.values);
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  const errors: Record<string, string> = clientErrors ?? result?.fieldErrors ?? {};
  const field = (name: keyof Values) => ({
    name,
    value: values[name],
    onChange: (value: string) => setValues({ ...values, [name]: value }),
    error: errors[name],
    autoComplete: "off",
  });
  // The same schema as the action: mistakes show before the round trip.
  const check = (event: FormEvent<HTMLFormElement>) => {
    const parsed = parseAgentDefaultsForm(new FormData(event.currentTarget), { shopCurrency: data.currencyCode });
    setClientErrors(parsed.ok ? null : parsed.fieldErrors);
    if (!parsed.ok) event.preventDefault();
  };

  return (
    <Page title="Settings" backAction={{ url: "/app" }}>
      <Layout>
        <Layout.AnnotatedSection
          title="New agents"
          description="What an agent you add starts with. You can change each agent's figures on their page; changing these doesn't change agents already on the roster."
        >
          <Card>
            <Form method="post" onSubmit={check}>
              <BlockStack gap="400">
                {result?.saved && !clientErrors ? <Banner tone="success">Settings saved</Banner> : null}
                <FormLayout>
                  <TextField
                    label="Default commission"
                    suffix="%"
                    inputMode="decimal"
                    helpText="Paid on the net revenue of each order credited to the agent. 5 to 10% is usual."
                    {...field("defaultCommissionPercent")}
                  />
                  <TextField
                    label="Default monthly delight budget"
                    prefix={data.currencyCode}
                    inputMode="decimal"
                    helpText="What an agent may spend each month on delight codes for customers."
                    {...field("defaultMonthlyDelightBudget")}
                  />
                </FormLayout>
                <Text as="p" tone="subdued">
                  Amounts are in the shop currency, {data.currencyCode}.
                </Text>
                <Button submit variant="primary" loading={navigation.state === "submitting"}>
                  Save
                </Button>
              </BlockStack>
            </Form>
          </Card>
        </Layout.AnnotatedSection>
      </Layout>
    </Page>
  );
}
