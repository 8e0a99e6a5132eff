// A new outreach campaign: how many customers support contacted in a month,
// how many replied, and the agent code its messages carried.
import { getFormProps } from "@conform-to/react";
import { Form, useNavigation } from "@remix-run/react";
import { BlockStack, Button, FormLayout, InlineStack } from "@shopify/polaris";
import { useMemo } from "react";
import { campaignSchema } from "../../domain/profit/forms";
import { FormErrors, TextInput } from "../form/fields";
import type { FormResult } from "../form/parse";
import { useSchemaForm } from "../form/schema-form";
import { useSavedToast } from "../form/useSavedToast";

export interface CampaignFormProps {
  currentMonth: string;
  answer: { result: FormResult; saved: boolean } | undefined;
}

const INTENT = "addCampaign";

export function CampaignForm({ currentMonth, answer }: CampaignFormProps) {
  const navigation = useNavigation();
  const schema = useMemo(() => campaignSchema(currentMonth), [currentMonth]);
  const defaultValue = useMemo(() => ({ name: "", month: currentMonth, contacted: "", replied: "", code: "" }), [currentMonth]);
  const [form, fields] = useSchemaForm({ id: "add-campaign", schema, defaultValue, lastResult: answer?.result });
  useSavedToast(answer?.saved ? answer : null, "Campaign added");
  return (
    <Form method="post" {...getFormProps(form)}>
      <input type="hidden" name="intent" value={INTENT} />
      <BlockStack gap="300">
        <FormErrors errors={form.errors} />
        <FormLayout>
          <FormLayout.Group>
            <TextInput field={fields.name} label="Campaign" />
            <TextInput field={fields.month} label="Month" type="month" />
          </FormLayout.Group>
          <FormLayout.Group>
            <TextInput field={fields.contacted} label="Customers contacted" inputMode="numeric" />
            <TextInput field={fields.replied} label="Replied" inputMode="numeric" />
            <TextInput
              field={fields.code}
              label="Agent code in the messages"
              helpText="Optional. Orders with this code in the campaign's month are its revenue."
            />
          </FormLayout.Group>
        </FormLayout>
        <InlineStack>
          <Button submit loading={navigation.state === "submitting" && navigation.formData?.get("intent") === INTENT}>
            Add campaign
          </Button>
        </InlineStack>
      </BlockStack>
    </Form>
  );
}
