// What Concierge sends about shipments: the delay email, stage emails, and
// the stages that start the merchant's Shopify Flow workflows. Saved apart
// from the server, so a merchant who only uses Flow chooses without one.
import { Banner, FormLayout } from "@shopify/polaris";
import { useTranslation } from "react-i18next";
import { outreachChoicesSchema, type OutreachChoices } from "../../domain/outreach/email-settings";
import { FLOW_STAGES, NOTIFIED_STAGES } from "../../domain/outreach/stages";
import { CheckboxInput, ChoicesInput } from "../form/fields";
import { SettingsFormCard, useSettingsForm, type SaveAnswer } from "../form/SettingsFormCard";

export interface OutreachChoicesFormProps {
  values: OutreachChoices;
  /** Whether a sender and server are saved: without them, emails wait and Flow does not. */
  emailReady: boolean;
  answer: SaveAnswer | undefined;
}

export function OutreachChoicesForm({ values, emailReady, answer }: OutreachChoicesFormProps) {
  const { t } = useTranslation("email");
  const [form, fields] = useSettingsForm({
    id: "outreach-choices",
    schema: outreachChoicesSchema,
    defaultValue: values,
    answer,
    savedMessage: t("choices.saved"),
  });
  return (
    <SettingsFormCard form={form} intent="choices" submitLabel={t("choices.save")}>
      <FormLayout>
        {emailReady ? null : <Banner tone="info">{t("choices.emailsNeedServer")}</Banner>}
        <CheckboxInput field={fields.sendDelayAlerts} label={t("choices.delayAlerts")} helpText={t("choices.delayAlertsHelp")} />
        <ChoicesInput
          field={fields.stageUpdates}
          title={t("choices.stages")}
          choices={NOTIFIED_STAGES.map((stage) => ({ value: stage, label: t(`choices.stageLabels.${stage}`) }))}
        />
        <ChoicesInput
          field={fields.flowStages}
          title={t("choices.flowStages")}
          helpText={t("choices.flowStagesHelp")}
          choices={FLOW_STAGES.map((stage) => ({ value: stage, label: t(`choices.flowStageLabels.${stage}`) }))}
        />
      </FormLayout>
    </SettingsFormCard>
  );
}
