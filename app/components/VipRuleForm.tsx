// The VIP rule form, shared by "Add rule" and a rule's page. Field names are
// those parseRuleForm reads; the same parser checks the form in the browser
// before it is sent and in the action after. "Preview" sends the same fields
// with intent=preview and shows which customers the rule would match.
import { Form, Link as RemixLink, useFetcher } from "@remix-run/react";
import {
  Badge,
  Banner,
  BlockStack,
  Box,
  Button,
  Card,
  Checkbox,
  ChoiceList,
  FormLayout,
  InlineError,
  InlineStack,
  List,
  Select,
  Text,
  TextField,
} from "@shopify/polaris";
import { useRef, useState, type FormEvent } from "react";
import type { RuleFormValues } from "../domain/vip/rule-form";
import { CONDITION_KINDS, parseRuleForm, validateRuleSet, type ConditionKind } from "../domain/vip/rules";

export interface VipRulePreviewData {
  checked: number;
  total: number;
  matching: number;
  holding: number;
  sample: { id: string; name: string; amountSpent: string; ordersCount: number; tags: string[]; reason: string[]; wouldHold: string | null }[];
}

/** What the rule pages' action answers: a preview, or the fields to fix (status 400). */
export interface VipRuleActionData {
  intent: "preview" | "save";
  preview: VipRulePreviewData | null;
  fieldErrors: Record<string, string>;
}

export interface VipRuleFormProps {
  mode: "new" | "edit";
  initialValues: RuleFormValues;
  shopCurrency: string;
  /** The shop's other tier names, to refuse a duplicate before sending. */
  otherTierNames: string[];
  fieldErrors: Record<string, string>;
  submitting: boolean;
}

export const CONDITION_LABELS: Record<ConditionKind, string> = {
  tag_contains: "Has a tag containing",
  tag_equals: "Has the tag",
  amount_spent_at_least: "Has spent at least",
  orders_count_at_least: "Has placed at least (orders)",
  last_order_within_days: "Ordered within the last (days)",
};

const NUMERIC: ReadonlySet<ConditionKind> = new Set(["amount_spent_at_least", "orders_count_at_least", "last_order_within_days"]);

interface Row<T> {
  key: number;
  value: T;
}

/** Rows numbered from 0, as the server renders them; a new row takes the next number. */
const rows = <T,>(values: T[]): Row<T>[] => values.map((value, key) => ({ key, value }));
const appended = <T,>(list: Row<T>[], value: T): Row<T>[] => [...list, { key: Math.max(-1, ...list.map((entry) => entry.key)) + 1, value }];

export function VipRuleForm({ mode, initialValues, shopCurrency, otherTierNames, fieldErrors, submitting }: VipRuleFormProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const preview = useFetcher<VipRuleActionData>();
  const [tierName, setTierName] = useState(initialValues.tierName);
  const [match, setMatch] = useState(initialValues.match);
  const [conditions, setConditions] = useState(() =>
    rows(initialValues.conditions.length > 0 ? initialValues.conditions : [{ kind: "amount_spent_at_least" as ConditionKind, value: "" }]),
  );
  const [tags, setTags] = useState(() => rows(initialValues.tagsToAdd.length > 0 ? initialValues.tagsToAdd : ["VIP"]));
  const [flags, setFlags] = useState({
    skipBot: initialValues.skipBot,
    skipQueue: initialValues.skipQueue,
    instantRefunds: initialValues.instantRefunds,
    enabled: initialValues.enabled,
  });
  const [concierge, setConcierge] = useState(initialValues.concierge);
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  const previewErrors = preview.data && !preview.data.preview ? preview.data.fieldErrors : undefined;
  const errors = clientErrors ?? previewErrors ?? fieldErrors;

  /** The form's own check, the action's parser; null when the form is valid. */
  const problems = (form: HTMLFormElement) => {
    const parsed = parseRuleForm(new FormData(form), { shopCurrency });
    const names = parsed.ok ? validateRuleSet([...otherTierNames.map((name) => ({ tierName: name })), parsed.rule]) : null;
    if (!parsed.ok) return parsed.fieldErrors;
    return names && !names.ok ? names.fieldErrors : null;
  };
  const check = (event: FormEvent<HTMLFormElement>) => {
    const found = problems(event.currentTarget);
    setClientErrors(found);
    if (found) event.preventDefault();
  };
  const runPreview = () => {
    const form = formRef.current;
    if (!form) return;
    const found = problems(form);
    setClientErrors(found);
    if (found) return;
    const data = new FormData(form);
    data.set("intent", "preview");
    preview.submit(data, { method: "post" });
  };

  const setCondition = (key: number, change: Partial<{ kind: ConditionKind; value: string }>) =>
    setConditions((list) => list.map((entry) => (entry.key === key ? { key, value: { ...entry.value, ...change } } : entry)));

  return (
    <Form method="post" ref={formRef} onSubmit={check}>
      <input type="hidden" name="match" value={match} />
      {(["skipBot", "skipQueue", "instantRefunds", "enabled"] as const).map((flag) => (
        <input key={flag} type="hidden" name={flag} value={String(flags[flag])} />
      ))}
      <BlockStack gap="400">
        {errors.form ? <Banner tone="critical">{errors.form}</Banner> : null}
        <Card>
          <BlockStack gap="300">
            <Text as="h2" variant="headingMd">
              Tier
            </Text>
            <FormLayout>
              <TextField
                label="Tier name"
                name="tierName"
                value={tierName}
                onChange={setTierName}
                error={errors.tierName}
                autoComplete="off"
                helpText="Shown to your team and written on the customer's Shopify profile."
              />
              <Checkbox
                label="Rule is on"
                helpText="A rule that is off gives no one its tier; customers who hold it lose it."
                checked={flags.enabled}
                onChange={(checked) => setFlags({ ...flags, enabled: checked })}
              />
            </FormLayout>
          </BlockStack>
        </Card>

        <Card>
          <BlockStack gap="300">
            <Text as="h2" variant="headingMd">
              Who holds it
            </Text>
            <ChoiceList
              title="Customers must meet"
              choices={[
                { label: "All of these conditions", value: "all" },
                { label: "Any of these conditions", value: "any" },
              ]}
              selected={[match]}
              onChange={([selected]) => setMatch(selected === "any" ? "any" : "all")}
              error={errors.match}
            />
            {conditions.map(({ key, value }) => (
              <InlineStack key={key} gap="200" blockAlign="start" wrap={false}>
                <Box minWidth="16rem">
                  <Select
                    label="Condition"
                    labelHidden
                    name={`conditions.${key}.kind`}
                    options={CONDITION_KINDS.map((kind) => ({ label: CONDITION_LABELS[kind], value: kind }))}
                    value={value.kind}
                    onChange={(kind) => setCondition(key, { kind: kind as ConditionKind })}
                    error={errors[`conditions.${key}.kind`]}
                  />
                </Box>
                <Box width="100%">
                  <TextField
                    label="Value"
                    labelHidden
                    name={`conditions.${key}.value`}
                    value={value.value}
                    onChange={(text) => setCondition(key, { value: text })}
                    error={errors[`conditions.${key}.value`]}
                    autoComplete="off"
                    inputMode={NUMERIC.has(value.kind) ? "decimal" : "text"}
                    suffix={value.kind === "amount_spent_at_least" ? shopCurrency : undefined}
                    placeholder={value.kind === "amount_spent_at_least" ? "10000.00" : NUMERIC.has(value.kind) ? "5" : "VIP"}
                  />
                </Box>
                <Button
                  accessibilityLabel="Remove this condition"
                  onClick={() => setConditions((list) => list.filter((entry) => entry.key !== key))}
                  disabled={conditions.length === 1}
                >
                  Remove
                </Button>
              </InlineStack>
            ))}
            {errors.conditions ? <InlineError message={errors.conditions} fieldID="conditions" /> : null}
            <InlineStack>
              <Button onClick={() => setConditions((list) => appended(list, { kind: "amount_spent_at_least" as ConditionKind, value: "" }))}>
                Add condition
              </Button>
            </InlineStack>
            <Text as="p" tone="subdued">
              Amounts are in the shop currency ({shopCurrency}); orders and amounts are Shopify&apos;s own totals for the customer.
            </Text>
          </BlockStack>
        </Card>

        <Card>
          <BlockStack gap="300">
            <Text as="h2" variant="headingMd">
              What the tier means
            </Text>
            <Text as="p" tone="subdued">
              Tags are added to the customer in Shopify, where your storefront, Gorgias and Zendesk can route on them. Concierge only
              ever removes tags it added itself.
            </Text>
            {tags.map(({ key, value }) => (
              <InlineStack key={key} gap="200" blockAlign="start" wrap={false}>
                <Box width="100%">
                  <TextField
                    label="Tag to add"
                    labelHidden
                    name={`tagsToAdd.${key}`}
                    value={value}
                    onChange={(text) => setTags((list) => list.map((entry) => (entry.key === key ? { key, value: text } : entry)))}
                    error={errors[`tagsToAdd.${key}`]}
                    autoComplete="off"
                  />
                </Box>
                <Button
                  accessibilityLabel="Remove this tag"
                  onClick={() => setTags((list) => list.filter((entry) => entry.key !== key))}
                  disabled={tags.length === 1}
                >
                  Remove
                </Button>
              </InlineStack>
            ))}
            {errors.tagsToAdd ? <InlineError message={errors.tagsToAdd} fieldID="tagsToAdd" /> : null}
            <InlineStack>
              <Button onClick={() => setTags((list) => appended(list, ""))}>Add tag</Button>
            </InlineStack>
            <Checkbox
              label="Skip the bot"
              helpText="The chat opens straight to a person."
              checked={flags.skipBot}
              onChange={(checked) => setFlags({ ...flags, skipBot: checked })}
            />
            <Checkbox
              label="Skip the queue"
              helpText="Their conversations go to the front."
              checked={flags.skipQueue}
              onChange={(checked) => setFlags({ ...flags, skipQueue: checked })}
            />
            <Checkbox
              label="Eligible for instant refunds"
              checked={flags.instantRefunds}
              onChange={(checked) => setFlags({ ...flags, instantRefunds: checked })}
            />
          </BlockStack>
        </Card>

        <Card>
          <BlockStack gap="300">
            <Text as="h2" variant="headingMd">
              Concierge contact
            </Text>
            <Text as="p" tone="subdued">
              Optional: the person these customers reach directly. Give a phone, an email or a WhatsApp number.
            </Text>
            {errors.concierge ? <InlineError message={errors.concierge} fieldID="concierge" /> : null}
            <FormLayout>
              <FormLayout.Group>
                <TextField
                  label="Concierge name"
                  name="concierge.name"
                  value={concierge.name}
                  onChange={(name) => setConcierge({ ...concierge, name })}
                  error={errors["concierge.name"]}
                  autoComplete="off"
                />
                <TextField
                  label="Concierge email"
                  type="email"
                  name="concierge.email"
                  value={concierge.email}
                  onChange={(email) => setConcierge({ ...concierge, email })}
                  error={errors["concierge.email"]}
                  autoComplete="off"
                />
              </FormLayout.Group>
              <FormLayout.Group>
                <TextField
                  label="Concierge phone"
                  type="tel"
                  name="concierge.phone"
                  value={concierge.phone}
                  onChange={(phone) => setConcierge({ ...concierge, phone })}
                  error={errors["concierge.phone"]}
                  autoComplete="off"
                  placeholder="+14155550123"
                />
                <TextField
                  label="Concierge WhatsApp"
                  type="tel"
                  name="concierge.whatsapp"
                  value={concierge.whatsapp}
                  onChange={(whatsapp) => setConcierge({ ...concierge, whatsapp })}
                  error={errors["concierge.whatsapp"]}
                  autoComplete="off"
                  placeholder="+447700900123"
                />
              </FormLayout.Group>
            </FormLayout>
          </BlockStack>
        </Card>

        <InlineStack gap="200" align="end">
          <Button onClick={runPreview} loading={preview.state !== "idle"}>
            Preview
          </Button>
          <Button submit variant="primary" loading={submitting}>
            {mode === "new" ? "Save rule" : "Save changes"}
          </Button>
        </InlineStack>
        <input type="hidden" name="intent" value="save" />

        {preview.data?.preview ? <RulePreview preview={preview.data.preview} /> : null}
      </BlockStack>
    </Form>
  );
}

function RulePreview({ preview }: { preview: VipRulePreviewData }) {
  const partial = preview.checked < preview.total;
  const share = preview.checked === 0 ? 0 : (preview.matching / preview.checked) * 100;
  return (
    <Card>
      <BlockStack gap="300">
        <Text as="h2" variant="headingMd">
          Preview
        </Text>
        <Text as="p" variant="headingLg">
          {partial
            ? `${preview.matching} of the first ${preview.checked.toLocaleString("en-US")} customers match (${share.toFixed(1)}%)`
            : `${preview.matching} of ${preview.checked.toLocaleString("en-US")} customers match`}
        </Text>
        <Text as="p" tone="subdued">
          {preview.holding === preview.matching
            ? "All of them would hold this tier."
            : `${preview.holding} would hold this tier; the others qualify for a higher one.`}
          {partial
            ? ` Your store has ${preview.total.toLocaleString("en-US")} customers: once the rule is saved, every one of them is re-evaluated and counted.`
            : ""}
        </Text>
        {preview.sample.length > 0 ? (
          <List type="bullet">
            {preview.sample.map((customer) => (
              <List.Item key={customer.id}>
                <BlockStack gap="100">
                  <InlineStack gap="200" blockAlign="center">
                    <RemixLink to={`/app/vip-rules/customers/${customer.id}`}>{customer.name || `Customer ${customer.id}`}</RemixLink>
                    <Text as="span" tone="subdued">
                      {customer.amountSpent} · {customer.ordersCount} orders
                    </Text>
                    {customer.tags.map((tag) => (
                      <Badge key={tag}>{tag}</Badge>
                    ))}
                    {customer.wouldHold ? <Badge tone="success">{`Would hold ${customer.wouldHold}`}</Badge> : null}
                  </InlineStack>
                  <Text as="span" tone="subdued">
                    {customer.reason[0]}
                  </Text>
                </BlockStack>
              </List.Item>
            ))}
          </List>
        ) : (
          <Text as="p">No customer matches yet.</Text>
        )}
      </BlockStack>
    </Card>
  );
}
