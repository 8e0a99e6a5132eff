// The attribution rule (app/domain/agents/attribution.ts), line by line in the
// staff member's language, as the Agents and Profit pages print it.
import { Text } from "@shopify/polaris";
import type { Phrase } from "../../domain/phrase";
import { usePhraseText } from "../../i18n/format";

export function AttributionRuleLines({ lines }: { lines: readonly Phrase[] }) {
  const text = usePhraseText();
  return lines.map((line, index) => (
    <Text as="p" key={index}>
      {text(line)}
    </Text>
  ));
}
