// A new outreach campaign: how many customers support contacted in a month,
// how many replied, and the agent code its messages carried.
import { FormLayout } from "@shopify/polaris";
import { useMemo } from "react";
import { campaignSchema } from "../../domain/profit/forms";
import { TextInput } from "../form/fields";
import { IntentForm } from "../form/IntentForm";
import type { FormResult } from "../form/parse";
import { useSchemaForm } from "../form/schema-form";
import { useSavedToast } from "../form/useSavedToast";

export interface CampaignFormProps {
  currentMonth: string;
  answer: { result: FormResult; saved: boolean } | undefined;
}

const INTENT = "addCampaign";

export function CampaignForm({ currentMonth, answer }: CampaignFormProps) {
  const schema = useMemo(() => campaignSchema(currentMonth), [currentMonth]);
  const defaultValue = useMemo(() => ({ name: "", month: currentMonth, contacted: "", replied: "", code: "" }), [currentMonth]);
  const [form, fields] = useSchemaForm({ id: "add-campaign", schema, defaultValue, lastResult: answer?.result });
  useSavedToast(answer?.saved ? answer : null, "Campaign added");
  return (
    <IntentForm form={form} intent={INTENT} submitLabel="Add campaign">
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
    </IntentForm>
  );
}
