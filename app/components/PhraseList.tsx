// Lines the server wrote as phrases (app/domain/phrase.ts), read in the staff
// member's language, as a list: why a customer is in a tier, a helpdesk's
// setup steps.
import { List } from "@shopify/polaris";
import type { Phrase } from "../domain/phrase";
import { usePhraseText } from "../i18n/format";

export function PhraseList({ lines, type = "bullet" }: { lines: readonly (Phrase | string)[]; type?: "bullet" | "number" }) {
  const text = usePhraseText();
  return (
    <List type={type}>
      {lines.map((line, index) => (
        <List.Item key={index}>{text(line)}</List.Item>
      ))}
    </List>
  );
}
