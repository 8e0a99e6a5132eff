// The agent's week: a shift per day on their own clock, blank for a day off.
import type { FieldMetadata } from "@conform-to/react";
import { InlineGrid, Text } from "@shopify/polaris";
import { WEEKDAYS, type AgentFormValues } from "../../domain/agents/agent";
import { FieldError, TextInput } from "../form/fields";
import { TitledCard } from "../TitledCard";
import { useTranslation } from "react-i18next";

export function WorkingHoursCard({ field }: { field: FieldMetadata<AgentFormValues["workingHours"]> }) {
  const { t } = useTranslation("agents");
  const dayLabel = (day: string) => t(`common:weekdays.${day}`, { defaultValue: day });
  const days = field.getFieldset();
  return (
    <TitledCard title={t("hours.title")} help={t("hours.help")}>
      <FieldError field={field} />
      {WEEKDAYS.map((day) => {
        const shift = days[day].getFieldset();
        return (
          <InlineGrid key={day} columns={["oneThird", "oneThird", "oneThird"]} gap="200" alignItems="center">
            <Text as="span">{dayLabel(day)}</Text>
            <TextInput field={shift.start} label={t("hours.start", { day: dayLabel(day) })} labelHidden placeholder="09:00" />
            <TextInput field={shift.end} label={t("hours.end", { day: dayLabel(day) })} labelHidden placeholder="17:00" />
          </InlineGrid>
        );
      })}
    </TitledCard>
  );
}
