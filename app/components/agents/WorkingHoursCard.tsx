// The agent's week: a shift per day on their own clock, blank for a day off.
import type { FieldMetadata } from "@conform-to/react";
import { InlineGrid, Text } from "@shopify/polaris";
import { WEEKDAYS, type AgentFormValues } from "../../domain/agents/agent";
import { FieldError, TextInput } from "../form/fields";
import { TitledCard } from "../TitledCard";

const dayLabel = (day: string) => `${day[0].toUpperCase()}${day.slice(1)}`;

export function WorkingHoursCard({ field }: { field: FieldMetadata<AgentFormValues["workingHours"]> }) {
  const days = field.getFieldset();
  return (
    <TitledCard title="Working hours">
      <Text as="p" tone="subdued">
        On the agent&apos;s own clock, 24-hour time. Leave a day blank for a day off; an end before the start runs past midnight.
      </Text>
      <FieldError field={field} />
      {WEEKDAYS.map((day) => {
        const shift = days[day].getFieldset();
        return (
          <InlineGrid key={day} columns={["oneThird", "oneThird", "oneThird"]} gap="200" alignItems="center">
            <Text as="span">{dayLabel(day)}</Text>
            <TextInput field={shift.start} label={`${dayLabel(day)} start`} labelHidden placeholder="09:00" />
            <TextInput field={shift.end} label={`${dayLabel(day)} end`} labelHidden placeholder="17:00" />
          </InlineGrid>
        );
      })}
    </TitledCard>
  );
}
