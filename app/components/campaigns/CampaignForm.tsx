// A new welcome campaign: segment, signing agent, offer, channels and schedule
// (campaignFormSchema, the same in the browser and the action).
import { FormLayout } from "@shopify/polaris";
import { useTranslation } from "react-i18next";
import { CAMPAIGN_CHANNELS, CAMPAIGN_SEGMENTS, campaignFormSchema } from "../../domain/campaigns/campaign-form";
import { RadioInput, SelectInput, TextInput } from "../form/fields";
import { IntentForm } from "../form/IntentForm";
import type { FormResult } from "../form/parse";
import { useSchemaForm } from "../form/schema-form";

export interface CampaignFormProps {
  agents: { id: string; name: string }[];
  tiers: string[];
  timeZone: string;
  lastResult: FormResult | undefined;
}

export function CampaignForm({ agents, tiers, timeZone, lastResult }: CampaignFormProps) {
  const { t } = useTranslation("campaigns");
  const [form, fields] = useSchemaForm({
    id: "new-campaign",
    schema: campaignFormSchema,
    defaultValue: {
      name: "",
      segment: "first_order",
      segmentDays: "30",
      tierName: tiers[0] ?? "",
      agentId: agents[0]?.id ?? "",
      percentOff: "10",
      channel: "email",
      when: "now",
      sendAt: "",
    },
    lastResult,
  });
  const segment = fields.segment.value ?? "first_order";
  return (
    <IntentForm form={form} intent="create" submitLabel={t("new.create")}>
      <FormLayout>
        <TextInput field={fields.name} label={t("new.name")} />
        <FormLayout.Group>
          <SelectInput
            field={fields.segment}
            label={t("new.segment")}
            options={CAMPAIGN_SEGMENTS.map((value) => ({ value, label: t(`new.segments.${value}`) }))}
          />
          {segment === "vip_tier" ? (
            <SelectInput
              field={fields.tierName}
              label={t("new.tierName")}
              options={tiers.length ? tiers.map((tier) => ({ value: tier, label: tier })) : [{ value: "", label: t("new.noTiers") }]}
            />
          ) : (
            <TextInput field={fields.segmentDays} label={t("new.segmentDays")} inputMode="numeric" />
          )}
        </FormLayout.Group>
        <FormLayout.Group>
          <SelectInput
            field={fields.agentId}
            label={t("new.agentId")}
            helpText={agents.length ? undefined : t("new.noAgents")}
            options={agents.map((agent) => ({ value: agent.id, label: agent.name }))}
          />
          <TextInput field={fields.percentOff} label={t("new.percentOff")} inputMode="numeric" />
        </FormLayout.Group>
        <SelectInput
          field={fields.channel}
          label={t("new.channel")}
          options={CAMPAIGN_CHANNELS.map((value) => ({ value, label: t(`new.channels.${value}`) }))}
        />
        <RadioInput
          field={fields.when}
          title={t("new.when")}
          choices={[
            { value: "now", label: t("new.now") },
            { value: "later", label: t("new.later") },
          ]}
        />
        {fields.when.value === "later" ? (
          <TextInput field={fields.sendAt} label={t("new.sendAt", { timeZone })} placeholder="2026-12-24T09:00" />
        ) : null}
      </FormLayout>
    </IntentForm>
  );
}
