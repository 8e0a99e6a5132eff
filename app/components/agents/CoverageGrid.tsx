// The week's coverage, hour by hour on the shop's clock: a row per day, a cell
// per hour, green where someone covers the whole hour, amber where part of
// it, red where nobody does. Each cell names who covers it and the languages
// they answer in, for a screen reader and on hover; a row per language shows
// its hours; the gaps are also listed in words under the grid.
import { BlockStack, InlineStack, Text } from "@shopify/polaris";
import type { CoverageStatus } from "../../domain/agents/coverage";
import { AGENT_LANGUAGES, LANGUAGE_NAMES, type AgentLanguage } from "../../domain/agents/languages";

interface CoverageGridProps {
  coverage: {
    timeZone: string;
    days: { weekday: string; hours: { hour: number; status: CoverageStatus; agents: string[]; languages: AgentLanguage[] }[] }[];
    gaps: { weekday: string; from: string; to: string; hours: number }[];
    coveredHours: number;
    partialHours: number;
    gapHours: number;
    languageHours: Record<AgentLanguage, number>;
  };
}

const FILL: Record<CoverageStatus, string> = {
  covered: "var(--p-color-bg-fill-success)",
  partial: "var(--p-color-bg-fill-caution)",
  gap: "var(--p-color-bg-fill-critical)",
  skipped: "var(--p-color-bg-fill-disabled)",
};

const STATUS_TEXT: Record<CoverageStatus, string> = {
  covered: "covered",
  partial: "partly covered",
  gap: "nobody",
  skipped: "skipped by the clock change",
};

const capitalised = (word: string) => `${word[0].toUpperCase()}${word.slice(1)}`;
const hourLabel = (hour: number) => `${String(hour).padStart(2, "0")}:00`;
const languageList = (languages: readonly AgentLanguage[]) => languages.map((language) => LANGUAGE_NAMES[language]).join(", ");

export function CoverageGrid({ coverage }: CoverageGridProps) {
  return (
    <BlockStack gap="300">
      <Text as="p" tone="subdued">
        This week on the shop&apos;s clock ({coverage.timeZone}): {coverage.coveredHours} of 168 hours covered
        {coverage.partialHours > 0 ? `, ${coverage.partialHours} partly` : ""}, {coverage.gapHours} with nobody on shift.
      </Text>
      <div style={{ overflowX: "auto" }}>
        <table style={{ borderCollapse: "separate", borderSpacing: 2, fontSize: 11 }} aria-label="Coverage by hour">
          <thead>
            <tr>
              <th scope="col" />
              {coverage.days[0]?.hours.map((hour) => (
                <th key={hour.hour} scope="col" style={{ fontWeight: 400, minWidth: 18 }}>
                  {hour.hour % 3 === 0 ? String(hour.hour).padStart(2, "0") : ""}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {coverage.days.map((day) => (
              <tr key={day.weekday}>
                <th scope="row" style={{ textAlign: "start", fontWeight: 400, paddingInlineEnd: 8 }}>
                  {capitalised(day.weekday).slice(0, 3)}
                </th>
                {day.hours.map((hour) => {
                  const label = `${capitalised(day.weekday)} ${hourLabel(hour.hour)}: ${
                    hour.agents.length > 0 ? hour.agents.join(", ") : STATUS_TEXT[hour.status]
                  }${hour.status === "partial" ? ` (${STATUS_TEXT.partial})` : ""}${
                    hour.languages.length > 0 ? `; answers in ${languageList(hour.languages)}` : ""
                  }`;
                  return (
                    <td
                      key={hour.hour}
                      title={label}
                      data-status={hour.status}
                      data-languages={hour.languages.join(" ")}
                      style={{ background: FILL[hour.status], height: 18, borderRadius: 3 }}
                    >
                      <Text as="span" visuallyHidden>
                        {label}
                      </Text>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <InlineStack gap="300">
        {(["covered", "partial", "gap"] as const).map((status) => (
          <InlineStack key={status} gap="100" blockAlign="center">
            <span aria-hidden style={{ display: "inline-block", width: 12, height: 12, borderRadius: 3, background: FILL[status] }} />
            <Text as="span" variant="bodySm">
              {capitalised(STATUS_TEXT[status])}
            </Text>
          </InlineStack>
        ))}
      </InlineStack>
      <BlockStack gap="100">
        <Text as="h3" variant="headingSm">
          Languages covered
        </Text>
        {AGENT_LANGUAGES.map((language) => (
          <Text as="p" key={language} tone={coverage.languageHours[language] === 0 ? "critical" : undefined}>
            {LANGUAGE_NAMES[language]}: {coverage.languageHours[language]} of 168 hours
          </Text>
        ))}
      </BlockStack>
      {coverage.gaps.length > 0 ? (
        <BlockStack gap="100">
          <Text as="h3" variant="headingSm">
            Hours nobody covers
          </Text>
          {coverage.gaps.map((gap) => (
            <Text as="p" key={`${gap.weekday}-${gap.from}`}>
              {capitalised(gap.weekday)} {gap.from}–{gap.to} ({gap.hours} {gap.hours === 1 ? "hour" : "hours"})
            </Text>
          ))}
        </BlockStack>
      ) : (
        <Text as="p">Every hour of the week has someone on shift.</Text>
      )}
    </BlockStack>
  );
}
