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
import { useTranslation } from "react-i18next";

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
  const { t } = useTranslation("profit");
  useSavedToast(answer?.saved ? answer : null, t("campaigns.added"));
  return (
    <Form method="post" {...getFormProps(form)}>
      <input type="hidden" name="intent" value={INTENT} />
      <BlockStack gap="300">
        <FormErrors errors={form.errors} />
        <FormLayout>
          <FormLayout.Group>
            <TextInput field={fields.name} label={t("campaigns.campaign")} />
            <TextInput field={fields.month} label={t("campaigns.month")} type="month" />
          </FormLayout.Group>
          <FormLayout.Group>
            <TextInput field={fields.contacted} label={t("campaigns.customersContacted")} inputMode="numeric" />
            <TextInput field={fields.replied} label={t("campaigns.replied")} inputMode="numeric" />
            <TextInput field={fields.code} label={t("campaigns.codeLabel")} helpText={t("campaigns.codeHelp")} />
          </FormLayout.Group>
        </FormLayout>
        <InlineStack>
          <Button submit loading={navigation.state === "submitting" && navigation.formData?.get("intent") === INTENT}>
            {t("campaigns.add")}
          </Button>
        </InlineStack>
      </BlockStack>
    </Form>
  );
}
