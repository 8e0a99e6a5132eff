// The settings form for what a new agent starts with: commission and
// monthly delight budget. A settings form: App Bridge's save bar while it has
// changes, a toast once saved.
import { getFormProps } from "@conform-to/react";
import { Form, useNavigation } from "@remix-run/react";
import { BlockStack, Button, Card, FormLayout, Text } from "@shopify/polaris";
import { useMemo } from "react";
import { agentDefaultsSchema, type AgentDefaultsValues } from "../../domain/agents/settings";
import { TextInput } from "../form/fields";
import { FormSaveBar } from "../form/FormSaveBar";
import type { FormResult } from "../form/parse";
import { useSchemaForm } from "../form/schema-form";
import { useSavedToast } from "../form/useSavedToast";

export interface AgentDefaultsFormProps {
  currencyCode: string;
  values: AgentDefaultsValues;
  /** The action's answer to the last save. */
  answer: { result: FormResult; saved: boolean } | undefined;
}

export function AgentDefaultsForm({ currencyCode, values, answer }: AgentDefaultsFormProps) {
  const navigation = useNavigation();
  const schema = useMemo(() => agentDefaultsSchema(currencyCode), [currencyCode]);
  const [form, fields] = useSchemaForm({ id: "agent-defaults", schema, defaultValue: values, lastResult: answer?.result });
  useSavedToast(answer?.saved ? answer : null, "Settings saved");
  const saving = navigation.state === "submitting";

  return (
    <Card>
      <Form method="post" {...getFormProps(form)}>
        <FormSaveBar form={form} saving={saving} />
        <BlockStack gap="400">
          <FormLayout>
            <TextInput
              field={fields.defaultCommissionPercent}
              label="Default commission"
              suffix="%"
              inputMode="decimal"
              helpText="Paid on the net revenue of each order credited to the agent. 5 to 10% is usual."
            />
            <TextInput
              field={fields.defaultMonthlyDelightBudget}
              label="Default monthly delight budget"
              prefix={currencyCode}
              inputMode="decimal"
              helpText="What an agent may spend each month on delight codes for customers."
            />
          </FormLayout>
          <Text as="p" tone="subdued">
            Amounts are in the shop currency, {currencyCode}.
          </Text>
          <Button submit variant="primary" loading={saving}>
            Save
          </Button>
        </BlockStack>
      </Form>
    </Card>
  );
}
