// Who else is on shift now, on their own clocks, with the languages they
// answer in; who speaks the customer's language; and, when nobody is on
// shift, who comes on first (on the shop's clock).
import { BlockStack, Card, Text } from "@shopify/polaris";

interface OnShiftCardProps {
  agents: { id: string; name: string; team: string | null; timeZone: string; languages: string[] }[];
  suggested: { name: string; language: string } | null;
  nextOnShift: { name: string; shopClock: string } | null;
  shopTimeZone: string;
}

export function OnShiftCard({ agents, suggested, nextOnShift, shopTimeZone }: OnShiftCardProps) {
  return (
    <Card>
      <BlockStack gap="200">
        <Text as="h2" variant="headingSm">
          On shift now
        </Text>
        {agents.length === 0 ? (
          <Text as="p" tone="subdued">
            {nextOnShift
              ? `Nobody. ${nextOnShift.name} comes on at ${nextOnShift.shopClock} (${shopTimeZone}).`
              : "Nobody, and no agent has working hours set."}
          </Text>
        ) : (
          agents.map((agent) => (
            <Text as="p" key={agent.id}>
              {agent.name}
              {agent.team ? ` · ${agent.team}` : ""} ({agent.timeZone})
              {agent.languages.length ? ` · ${agent.languages.join(", ").toUpperCase()}` : ""}
            </Text>
          ))
        )}
        {suggested ? (
          <Text as="p" tone="success">
            {`Speaks the customer’s language (${suggested.language}): ${suggested.name}`}
          </Text>
        ) : null}
      </BlockStack>
    </Card>
  );
}
