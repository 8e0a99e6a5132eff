// Who the agent is: name, the email of their Shopify staff account, team,
// time zone, commission, monthly delight budget, and whether they're active.
import type { FormMetadata } from "@conform-to/react";
import { FormLayout } from "@shopify/polaris";
import type { AgentFormValues } from "../../domain/agents/agent";
import { AGENT_LANGUAGES, LANGUAGE_NAMES } from "../../domain/agents/languages";
import { CheckboxInput, ChoicesInput, SelectInput, TextInput } from "../form/fields";
import { TitledCard } from "../TitledCard";

export interface AgentDetailsCardProps {
  fields: ReturnType<FormMetadata<AgentFormValues>["getFieldset"]>;
  shopCurrency: string;
  timeZones: string[];
}

export function AgentDetailsCard({ fields, shopCurrency, timeZones }: AgentDetailsCardProps) {
  return (
    <TitledCard title="Agent">
      <FormLayout>
        <FormLayout.Group>
          <TextInput field={fields.name} label="Name" />
          <TextInput
            field={fields.email}
            label="Email"
            type="email"
            helpText="The email of their Shopify staff account: that is how Concierge knows them when they sign in."
          />
        </FormLayout.Group>
        <FormLayout.Group>
          <TextInput field={fields.team} label="Team" placeholder="Senior Concierge" />
          <SelectInput
            field={fields.timeZone}
            label="Time zone"
            options={[{ label: "Choose a time zone", value: "" }, ...timeZones.map((zone) => ({ label: zone, value: zone }))]}
          />
        </FormLayout.Group>
        <ChoicesInput
          field={fields.languages}
          title="Languages they answer in"
          choices={AGENT_LANGUAGES.map((language) => ({ label: LANGUAGE_NAMES[language], value: language }))}
        />
        <FormLayout.Group>
          <TextInput
            field={fields.commissionPercent}
            label="Commission"
            suffix="%"
            inputMode="decimal"
            helpText="Of each credited order's net revenue. Blank: the shop's default."
          />
          <TextInput field={fields.monthlyDelightBudget} label="Monthly delight budget" prefix={shopCurrency} inputMode="decimal" />
        </FormLayout.Group>
        <CheckboxInput field={fields.active} label="Active" helpText="An inactive agent's codes stop working in Shopify." />
      </FormLayout>
    </TitledCard>
  );
}
