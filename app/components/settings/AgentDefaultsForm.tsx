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
import { useTranslation } from "react-i18next";

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
  const { t } = useTranslation("settings");
  useSavedToast(answer?.saved ? answer : null, t("saved"));
  const saving = navigation.state === "submitting";

  return (
    <Card>
      <Form method="post" {...getFormProps(form)}>
        <FormSaveBar form={form} saving={saving} />
        <BlockStack gap="400">
          <FormLayout>
            <TextInput
              field={fields.defaultCommissionPercent}
              label={t("newAgents.commission")}
              suffix="%"
              inputMode="decimal"
              helpText={t("newAgents.commissionHelp")}
            />
            <TextInput
              field={fields.defaultMonthlyDelightBudget}
              label={t("newAgents.budget")}
              prefix={currencyCode}
              inputMode="decimal"
              helpText={t("newAgents.budgetHelp")}
            />
          </FormLayout>
          <Text as="p" tone="subdued">
            {t("newAgents.currency", { currency: currencyCode })}
          </Text>
          <Button submit variant="primary" loading={saving}>
            {t("agents:save")}
          </Button>
        </BlockStack>
      </Form>
    </Card>
  );
}
