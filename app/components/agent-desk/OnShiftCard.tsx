// Who else is on shift now, on their own clocks.
import { BlockStack, Card, Text } from "@shopify/polaris";

export function OnShiftCard({ agents }: { agents: { id: string; name: string; team: string | null; timeZone: string }[] }) {
  return (
    <Card>
      <BlockStack gap="200">
        <Text as="h2" variant="headingSm">
          On shift now
        </Text>
        {agents.length === 0 ? (
          <Text as="p" tone="subdued">
            Nobody.
          </Text>
        ) : (
          agents.map((agent) => (
            <Text as="p" key={agent.id}>
              {agent.name}
              {agent.team ? ` · ${agent.team}` : ""} ({agent.timeZone})
            </Text>
          ))
        )}
      </BlockStack>
    </Card>
  );
}
