// The agent form, shared by "Add agent" and an agent's page. Field names are
// those parseAgentForm reads; the same parser checks the form in the browser
// before it is sent and in the action after.
import { Form } from "@remix-run/react";
import { BlockStack, Button, Card, Checkbox, FormLayout, InlineGrid, InlineStack, Select, Text, TextField } from "@shopify/polaris";
import { useState, type FormEvent } from "react";
import { AGENT_LANGUAGES, LANGUAGE_NAMES, parseAgentForm, suggestPersonalCode, WEEKDAYS, type AgentFormOptions } from "../domain/agents/agent";

export interface AgentFormProps {
  mode: "new" | "edit";
  initialValues: Record<string, string>;
  options: AgentFormOptions;
  timeZones: string[];
  fieldErrors: Record<string, string>;
  submitting: boolean;
}

const DISCOUNT_KINDS = [
  { label: "Percentage off", value: "percentage" },
  { label: "Fixed amount off", value: "fixed_amount" },
];

const dayLabel = (day: string) => `${day[0].toUpperCase()}${day.slice(1)}`;

export function AgentForm({ mode, initialValues, options, timeZones, fieldErrors, submitting }: AgentFormProps) {
  const [values, setValues] = useState(initialValues);
  const [codeEdited, setCodeEdited] = useState(mode === "edit");
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  const errors = clientErrors ?? fieldErrors;

  const suggestion = (next: Record<string, string>) => {
    if (codeEdited || next["personalCode.discount.kind"] !== "percentage") return next["personalCode.code"];
    try {
      return next.name.trim() ? suggestPersonalCode(next.name, next["personalCode.discount.value"] || "10") : "";
    } catch {
      return next["personalCode.code"];
    }
  };
  const set = (name: string, value: string) => {
    const next = { ...values, [name]: value };
    if (name === "name" || name === "personalCode.discount.value" || name === "personalCode.discount.kind") {
      next["personalCode.code"] = suggestion(next);
    }
    if (name === "personalCode.code") setCodeEdited(true);
    setValues(next);
  };
  const text = (name: string) => ({
    name,
    value: values[name] ?? "",
    onChange: (value: string) => set(name, value),
    error: errors[name],
    autoComplete: "off",
  });
  const check = (event: FormEvent<HTMLFormElement>) => {
    const parsed = parseAgentForm(new FormData(event.currentTarget), options);
    setClientErrors(parsed.ok ? null : parsed.fieldErrors);
    if (!parsed.ok) event.preventDefault();
  };
  const percentage = values["personalCode.discount.kind"] === "percentage";

  return (
    <Form method="post" onSubmit={check}>
      <BlockStack gap="400">
        {errors.form ? (
          <Text as="p" tone="critical">
            {errors.form}
          </Text>
        ) : null}
        <Card>
          <BlockStack gap="300">
            <Text as="h2" variant="headingMd">
              Agent
            </Text>
            <FormLayout>
              <FormLayout.Group>
                <TextField label="Name" {...text("name")} />
                <TextField
                  label="Email"
                  type="email"
                  helpText="The email of their Shopify staff account: that is how Concierge knows them when they sign in."
                  {...text("email")}
                />
              </FormLayout.Group>
              <FormLayout.Group>
                <TextField label="Team" placeholder="Senior Concierge" {...text("team")} />
                <Select
                  label="Time zone"
                  name="timeZone"
                  options={[{ label: "Choose a time zone", value: "" }, ...timeZones.map((zone) => ({ label: zone, value: zone }))]}
                  value={values.timeZone}
                  onChange={(value) => set("timeZone", value)}
                  error={errors.timeZone}
                />
              </FormLayout.Group>
              <BlockStack gap="100">
                <Text as="span">Languages they answer in</Text>
                <InlineStack gap="400">
                  {AGENT_LANGUAGES.map((language) => {
                    const spoken = (values.languages ?? "").split(",").filter(Boolean);
                    return (
                      <Checkbox
                        key={language}
                        label={LANGUAGE_NAMES[language]}
                        name="languages"
                        value={language}
                        checked={spoken.includes(language)}
                        onChange={(checked) => set("languages", (checked ? [...spoken, language] : spoken.filter((item) => item !== language)).join(","))}
                        error={errors.languages ?? errors["languages.0"]}
                      />
                    );
                  })}
                </InlineStack>
              </BlockStack>
              <FormLayout.Group>
                <TextField
                  label="Commission"
                  suffix="%"
                  inputMode="decimal"
                  helpText={`Of each credited order's net revenue. Blank: the shop's default.`}
                  {...text("commissionPercent")}
                />
                <TextField label="Monthly delight budget" prefix={options.shopCurrency} inputMode="decimal" {...text("monthlyDelightBudget")} />
              </FormLayout.Group>
              <input type="hidden" name="active" value="false" />
              <Checkbox
                label="Active"
                helpText="An inactive agent's codes stop working in Shopify."
                checked={values.active === "true"}
                onChange={(checked) => set("active", String(checked))}
              />
              {values.active === "true" ? <input type="hidden" name="active" value="true" /> : null}
            </FormLayout>
          </BlockStack>
        </Card>

        <Card>
          <BlockStack gap="300">
            <Text as="h2" variant="headingMd">
              Working hours
            </Text>
            <Text as="p" tone="subdued">
              On the agent&apos;s own clock, 24-hour time. Leave a day blank for a day off; an end before the start runs past midnight.
            </Text>
            {errors.workingHours ? (
              <Text as="p" tone="critical">
                {errors.workingHours}
              </Text>
            ) : null}
            {WEEKDAYS.map((day) => (
              <InlineGrid key={day} columns={["oneThird", "oneThird", "oneThird"]} gap="200" alignItems="center">
                <Text as="span">{dayLabel(day)}</Text>
                <TextField label={`${dayLabel(day)} start`} labelHidden placeholder="09:00" {...text(`workingHours.${day}.start`)} />
                <TextField label={`${dayLabel(day)} end`} labelHidden placeholder="17:00" {...text(`workingHours.${day}.end`)} />
              </InlineGrid>
            ))}
          </BlockStack>
        </Card>

        <Card>
          <BlockStack gap="300">
            <Text as="h2" variant="headingMd">
              Personal code
            </Text>
            <Text as="p" tone="subdued">
              Created in Shopify. Every order that uses it is credited to this agent.
            </Text>
            <FormLayout>
              <FormLayout.Group>
                <TextField
                  label="Code"
                  readOnly={mode === "edit"}
                  helpText={mode === "edit" ? "A code can't be renamed: its sales are credited by it." : "Letters, digits, - and _."}
                  {...text("personalCode.code")}
                />
                <Select
                  label="Discount"
                  name="personalCode.discount.kind"
                  options={DISCOUNT_KINDS}
                  value={values["personalCode.discount.kind"]}
                  onChange={(value) => set("personalCode.discount.kind", value)}
                  error={errors["personalCode.discount.kind"] ?? errors["personalCode.discount"]}
                />
                <TextField
                  label="Value"
                  inputMode="decimal"
                  {...(percentage ? { suffix: "%" } : { prefix: options.shopCurrency })}
                  {...text("personalCode.discount.value")}
                />
              </FormLayout.Group>
              <FormLayout.Group>
                <TextField
                  label="Minimum order subtotal"
                  prefix={options.shopCurrency}
                  inputMode="decimal"
                  helpText="Blank: no minimum."
                  {...text("personalCode.minimumSubtotal")}
                />
                <TextField label="Total uses" inputMode="numeric" helpText="Blank: no limit." {...text("personalCode.usageLimit")} />
              </FormLayout.Group>
              <input type="hidden" name="personalCode.appliesOncePerCustomer" value="false" />
              <Checkbox
                label="Each customer can use it once"
                checked={values["personalCode.appliesOncePerCustomer"] === "true"}
                onChange={(checked) => set("personalCode.appliesOncePerCustomer", String(checked))}
              />
              {values["personalCode.appliesOncePerCustomer"] === "true" ? (
                <input type="hidden" name="personalCode.appliesOncePerCustomer" value="true" />
              ) : null}
            </FormLayout>
          </BlockStack>
        </Card>

        <InlineStack align="end">
          <Button submit variant="primary" loading={submitting}>
            {mode === "new" ? "Add agent" : "Save"}
          </Button>
        </InlineStack>
      </BlockStack>
    </Form>
  );
}
