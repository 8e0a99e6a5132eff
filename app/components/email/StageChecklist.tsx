// The Email page's lists of shipping stages (those that email the customer,
// those that trigger a Shopify Flow): a heading, what it is for, a checkbox a
// stage, and the chosen stages posted under the list's name.
import { BlockStack, Checkbox } from "@shopify/polaris";
import { CardTitle } from "../CardTitle";

export interface StageChecklistProps {
  title: string;
  help?: string;
  /** The form field the chosen stages are posted as, once each. */
  name: string;
  stages: readonly string[];
  labelOf: (stage: string) => string;
  chosen: string[];
  onChange: (chosen: string[]) => void;
}

export function StageChecklist({ title, help, name, stages, labelOf, chosen, onChange }: StageChecklistProps) {
  return (
    <BlockStack gap="100">
      <CardTitle sub title={title} detail={help} />
      {stages.map((stage) => (
        <Checkbox
          key={stage}
          label={labelOf(stage)}
          checked={chosen.includes(stage)}
          onChange={(checked) => onChange(checked ? [...chosen, stage] : chosen.filter((other) => other !== stage))}
        />
      ))}
      {chosen.map((stage) => (
        <input key={stage} type="hidden" name={name} value={stage} />
      ))}
    </BlockStack>
  );
}
