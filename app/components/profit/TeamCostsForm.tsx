// A month's team costs: salaries, tools and other costs, in the shop
// currency, up to a year ahead.
import { getFormProps } from "@conform-to/react";
import { Form, useNavigation } from "@remix-run/react";
import { BlockStack, Button, FormLayout, InlineStack } from "@shopify/polaris";
import { useMemo } from "react";
import { teamCostsSchema } from "../../domain/profit/forms";
import { FormErrors, TextInput } from "../form/fields";
import type { FormResult } from "../form/parse";
import { useSchemaForm } from "../form/schema-form";
import { useSavedToast } from "../form/useSavedToast";

export interface TeamCostsFormProps {
  currencyCode: string;
  currentMonth: string;
  answer: { result: FormResult; saved: boolean } | undefined;
}

const INTENT = "teamCosts";

export function TeamCostsForm({ currencyCode, currentMonth, answer }: TeamCostsFormProps) {
  const navigation = useNavigation();
  const schema = useMemo(() => teamCostsSchema(currencyCode, currentMonth), [currencyCode, currentMonth]);
  const defaultValue = useMemo(() => ({ month: currentMonth, salaries: "", tools: "", other: "" }), [currentMonth]);
  const [form, fields] = useSchemaForm({ id: "team-costs", schema, defaultValue, lastResult: answer?.result });
  useSavedToast(answer?.saved ? answer : null, "Team costs saved");
  const amount = { prefix: currencyCode, inputMode: "decimal" as const };
  return (
    <Form method="post" {...getFormProps(form)}>
      <input type="hidden" name="intent" value={INTENT} />
      <BlockStack gap="300">
        <FormErrors errors={form.errors} />
        <FormLayout>
          <FormLayout.Group condensed>
            <TextInput field={fields.month} label="Month" type="month" />
            <TextInput field={fields.salaries} label="Salaries" {...amount} />
            <TextInput field={fields.tools} label="Tools" {...amount} />
            <TextInput field={fields.other} label="Other" {...amount} />
          </FormLayout.Group>
        </FormLayout>
        <InlineStack>
          <Button submit loading={navigation.state === "submitting" && navigation.formData?.get("intent") === INTENT}>
            Save the month&apos;s costs
          </Button>
        </InlineStack>
      </BlockStack>
    </Form>
  );
}
