// The helpdesk agents Concierge couldn't match by email, each with a small
// form of its own to map them to a Concierge agent: its error next to its
// own select, a toast once the touches credit the agent (the row then goes).
import { BlockStack, Card, Layout, Text } from "@shopify/polaris";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { agentMappingSchema, type AgentMappingValues } from "../../domain/helpdesk/forms";
import type { HelpdeskSetupPage } from "../../services/helpdesk-setup.server";
import { SelectInput } from "../form/fields";
import { IntentForm } from "../form/IntentForm";
import type { FormResult } from "../form/parse";
import { useSchemaForm } from "../form/schema-form";
import { useSavedToast } from "../form/useSavedToast";

/** The action's answer to a mapping: which row sent it, Conform's reply, and what it did in the staff member's words. */
export interface AgentMappingAnswer {
  agentEmail?: string;
  result: FormResult;
  saved: boolean;
  message?: string;
}

const INTENT = "map";

type Row = HelpdeskSetupPage["unknownAgents"][number];
type AgentChoice = { label: string; value: string };

export function AgentMappingCard({
  unknownAgents,
  agents,
  answer,
}: Pick<HelpdeskSetupPage, "unknownAgents" | "agents"> & { answer: AgentMappingAnswer | undefined }) {
  const { t } = useTranslation("helpdesks");
  // Here, not in the row: the row is gone once its touches are mapped.
  useSavedToast(answer?.saved ? answer : null, answer?.message ?? "");
  const choices = useMemo(
    () => [{ label: t("map.choose"), value: "" }, ...agents.map((agent) => ({ label: `${agent.name} (${agent.email})`, value: agent.id }))],
    [agents, t],
  );
  return (
    <Layout.AnnotatedSection title={t("map.title")} description={t("map.description")}>
      <Card>
        {unknownAgents.length === 0 ? (
          <Text as="p">{t("map.none")}</Text>
        ) : (
          <BlockStack gap="400">
            {unknownAgents.map((row) => (
              <AgentMappingRow
                key={row.agentEmail}
                row={row}
                choices={choices}
                answer={answer?.agentEmail === row.agentEmail ? answer : undefined}
              />
            ))}
          </BlockStack>
        )}
      </Card>
    </Layout.AnnotatedSection>
  );
}

function AgentMappingRow({ row, choices, answer }: { row: Row; choices: AgentChoice[]; answer: AgentMappingAnswer | undefined }) {
  const { t } = useTranslation("helpdesks");
  const defaultValue = useMemo<AgentMappingValues>(() => ({ agentEmail: row.agentEmail, agentId: "" }), [row.agentEmail]);
  const [form, fields] = useSchemaForm<AgentMappingValues>({
    // Each row its own form, as long as its email is listed.
    id: `helpdesk-agent-${row.agentEmail}`,
    schema: agentMappingSchema,
    defaultValue,
    lastResult: answer?.result,
  });
  return (
    <IntentForm form={form} intent={INTENT} submitLabel={t("map.map")} sentWith={{ agentEmail: row.agentEmail }}>
      <input type="hidden" name={fields.agentEmail.name} value={row.agentEmail} />
      <Text as="span">
        {row.agentEmail}: {t("setup.touches", { count: row.touches })}
      </Text>
      <SelectInput
        field={fields.agentId}
        label={t("map.agentFor", { email: row.agentEmail })}
        options={choices}
        error={fields.agentEmail.errors?.[0]}
      />
    </IntentForm>
  );
}
