// The agent form, for "Add agent" and an agent's page: who they are, when
// they work, and their personal code. Checked with agentFormSchema in the
// browser and parsed with it by the action. A new agent's code is suggested
// from their name and discount until the merchant types their own.
import type { FieldMetadata, FormMetadata } from "@conform-to/react";
import { useEffect, useMemo, useRef } from "react";
import { agentFormSchema, suggestPersonalCode, type AgentFormOptions, type AgentFormValues } from "../../domain/agents/agent";
import type { FormResult } from "../form/parse";
import { RecordForm } from "../form/RecordForm";
import { useSchemaForm } from "../form/schema-form";
import { AgentDetailsCard } from "./AgentDetailsCard";
import { PersonalCodeCard } from "./PersonalCodeCard";
import { WorkingHoursCard } from "./WorkingHoursCard";
import { useTranslation } from "react-i18next";

export interface AgentFormProps {
  mode: "new" | "edit";
  values: AgentFormValues;
  options: AgentFormOptions;
  timeZones: string[];
  lastResult: FormResult | undefined;
  submitting: boolean;
}

const text = (field: { value?: unknown }) => (typeof field.value === "string" ? field.value : "");

/** The code to suggest for a name and a percentage discount; null keeps what the field has. */
function suggestion(name: string, kind: string, value: string): string | null {
  if (kind !== "percentage") return null;
  if (!name.trim()) return "";
  try {
    return suggestPersonalCode(name, value || "10");
  } catch {
    return null;
  }
}

/** Keeps a new agent's code on the suggestion while the merchant hasn't typed a code of their own. */
function useSuggestedCode(
  form: FormMetadata<AgentFormValues>,
  name: FieldMetadata<string, AgentFormValues>,
  initialCode: string,
  enabled: boolean,
) {
  const personalCode = form.getFieldset().personalCode.getFieldset();
  const code = personalCode.code;
  const discount = personalCode.discount.getFieldset();
  const suggested = useRef(initialCode);
  const [nameText, kind, value, current] = [text(name), text(discount.kind), text(discount.value), text(code)];
  useEffect(() => {
    if (!enabled || current !== suggested.current) return;
    const next = suggestion(nameText, kind, value) ?? current;
    if (next === current) return;
    suggested.current = next;
    form.update({ name: code.name, value: next });
  }, [enabled, nameText, kind, value, current, code.name, form]);
}

export function AgentForm({ mode, values, options, timeZones, lastResult, submitting }: AgentFormProps) {
  const { t } = useTranslation("agents");
  const schema = useMemo(() => agentFormSchema(options), [options]);
  const [form, fields] = useSchemaForm({ id: "agent", schema, defaultValue: values, lastResult });
  useSuggestedCode(form, fields.name, values.personalCode.code, mode === "new");

  return (
    <RecordForm form={form} mode={mode} saving={submitting} saveLabel={mode === "new" ? t("add") : t("save")}>
      <AgentDetailsCard fields={fields} shopCurrency={options.shopCurrency} timeZones={timeZones} />
      <WorkingHoursCard field={fields.workingHours} />
      <PersonalCodeCard field={fields.personalCode} shopCurrency={options.shopCurrency} mode={mode} />
    </RecordForm>
  );
}
