// The VIP rule form, shared by "Add rule" and a rule's page: the tier, who
// holds it, what it means and the concierge to reach. Checked with
// ruleFormSchema in the browser (the shop's other tier names included) and
// parsed with it by the action. "Preview" sends the same checked form with
// intent=preview through a fetcher and shows which customers would match.
import { useActionData, useFetcher, useNavigation } from "@remix-run/react";
import { Button } from "@shopify/polaris";
import { useEffect, useMemo, useState, type FormEvent } from "react";
import type { RuleFormValues } from "../../domain/vip/rule-form";
import { ruleFormSchema } from "../../domain/vip/rules";
import type { RulePreview } from "../../services/vip-rules.server";
import type { FormResult } from "../form/parse";
import { RecordForm } from "../form/RecordForm";
import { INTENT_FIELD, useSchemaForm } from "../form/schema-form";
import { ConciergeCard } from "./ConciergeCard";
import { ConditionsCard } from "./ConditionsCard";
import { RulePreviewCard } from "./RulePreviewCard";
import { TierCard } from "./TierCard";
import { TierPerksCard } from "./TierPerksCard";
import { useTranslation } from "react-i18next";

/** What the rule pages' action answers: a preview, or the submission's errors (status 400). */
export interface VipRuleAnswer {
  intent: "preview" | "save";
  result: FormResult;
  preview: RulePreview | null;
}

export interface VipRuleFormProps {
  mode: "new" | "edit";
  values: RuleFormValues;
  shopCurrency: string;
  /** The shop's other tier names: a duplicate is refused before sending. */
  otherTierNames: string[];
}

const PREVIEW_BUTTON_ID = "vip-rule-preview";

/** The errors to show: those of the last answer that refused the form, the save's or the preview's. */
function useLastRefusal(answer: VipRuleAnswer | undefined, preview: VipRuleAnswer | undefined) {
  const [last, setLast] = useState(answer?.result);
  useEffect(() => setLast(answer?.result), [answer]);
  useEffect(() => {
    if (preview && !preview.preview) setLast(preview.result);
  }, [preview]);
  return last;
}

/** The form on its page: the page's action answers it (a save's errors); a preview goes through a fetcher. */
export function VipRuleForm({ mode, values, shopCurrency, otherTierNames }: VipRuleFormProps) {
  const answer = useActionData<VipRuleAnswer>();
  const navigation = useNavigation();
  const submitting = navigation.state === "submitting" && navigation.formData?.get(INTENT_FIELD) === "save";
  const { t } = useTranslation("vip");
  const preview = useFetcher<VipRuleAnswer>();
  const schema = useMemo(() => ruleFormSchema(shopCurrency, otherTierNames), [shopCurrency, otherTierNames]);
  const lastResult = useLastRefusal(answer, preview.data);
  const onSubmit = (event: FormEvent<HTMLFormElement>, { formData }: { formData: FormData }) => {
    if ((event.nativeEvent as SubmitEvent).submitter?.id !== PREVIEW_BUTTON_ID) return;
    event.preventDefault();
    formData.set(INTENT_FIELD, "preview");
    preview.submit(formData, { method: "post" });
  };
  const [form, fields] = useSchemaForm({ id: "vip-rule", schema, defaultValue: values, lastResult, onSubmit });

  return (
    <RecordForm
      form={form}
      mode={mode}
      saving={submitting}
      saveLabel={mode === "new" ? t("form.saveRule") : t("form.saveChanges")}
      hidden={<input type="hidden" name={INTENT_FIELD} value="save" />}
      actions={
        <Button submit id={PREVIEW_BUTTON_ID} loading={preview.state !== "idle"}>
          {t("preview.title")}
        </Button>
      }
      after={preview.data?.preview ? <RulePreviewCard preview={preview.data.preview} /> : null}
    >
      <TierCard fields={fields} />
      <ConditionsCard form={form} shopCurrency={shopCurrency} />
      <TierPerksCard form={form} />
      <ConciergeCard field={fields.concierge} />
    </RecordForm>
  );
}
