// The week's coverage, hour by hour on the shop's clock: a row per day, a cell
// per hour, green where someone covers the whole hour, amber where part of
// it, red where nobody does. Each cell names who covers it for a screen
// reader and on hover; the gaps are also listed in words under the grid.
import { BlockStack, InlineStack, Text } from "@shopify/polaris";
import type { CoverageStatus } from "../../domain/agents/coverage";
import { useTranslation } from "react-i18next";

interface CoverageGridProps {
  coverage: {
    timeZone: string;
    days: { weekday: string; hours: { hour: number; status: CoverageStatus; agents: string[] }[] }[];
    gaps: { weekday: string; from: string; to: string; hours: number }[];
    coveredHours: number;
    partialHours: number;
    gapHours: number;
  };
}

const FILL: Record<CoverageStatus, string> = {
  covered: "var(--p-color-bg-fill-success)",
  partial: "var(--p-color-bg-fill-caution)",
  gap: "var(--p-color-bg-fill-critical)",
  skipped: "var(--p-color-bg-fill-disabled)",
};

const hourLabel = (hour: number) => `${String(hour).padStart(2, "0")}:00`;

export function CoverageGrid({ coverage }: CoverageGridProps) {
  const { t } = useTranslation("agents");
  const status = (value: CoverageStatus) => t(`coverage.status.${value}`);
  const weekday = (day: string) => t(`common:weekdays.${day}`, { defaultValue: day });
  const weekdayShort = (day: string) => t(`common:weekdaysShort.${day}`, { defaultValue: day.slice(0, 3) });
  return (
    <BlockStack gap="300">
      <Text as="p" tone="subdued">
        {t("coverage.summary", {
          timeZone: coverage.timeZone,
          covered: coverage.coveredHours,
          partly: coverage.partialHours > 0 ? t("coverage.partly", { count: coverage.partialHours }) : "",
          gaps: coverage.gapHours,
        })}
      </Text>
      <div style={{ overflowX: "auto" }}>
        <table style={{ borderCollapse: "separate", borderSpacing: 2, fontSize: 11 }} aria-label={t("coverage.byHour")}>
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
                  {weekdayShort(day.weekday)}
                </th>
                {day.hours.map((hour) => {
                  const label = `${weekday(day.weekday)} ${hourLabel(hour.hour)}: ${
                    hour.agents.length > 0 ? hour.agents.join(", ") : status(hour.status)
                  }${hour.status === "partial" ? ` (${status("partial")})` : ""}`;
                  return (
                    <td
                      key={hour.hour}
                      title={label}
                      data-status={hour.status}
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
        {(["covered", "partial", "gap"] as const).map((value) => (
          <InlineStack key={value} gap="100" blockAlign="center">
            <span aria-hidden style={{ display: "inline-block", width: 12, height: 12, borderRadius: 3, background: FILL[value] }} />
            <Text as="span" variant="bodySm">
              {t(`coverage.legend.${value}`)}
            </Text>
          </InlineStack>
        ))}
      </InlineStack>
      {coverage.gaps.length > 0 ? (
        <BlockStack gap="100">
          <Text as="h3" variant="headingSm">
            {t("coverage.gapsTitle")}
          </Text>
          {coverage.gaps.map((gap) => (
            <Text as="p" key={`${gap.weekday}-${gap.from}`}>
              {t("coverage.gap", {
                day: weekday(gap.weekday),
                from: gap.from,
                to: gap.to,
                hours: t("coverage.hours", { count: gap.hours }),
              })}
            </Text>
          ))}
        </BlockStack>
      ) : (
        <Text as="p">{t("coverage.full")}</Text>
      )}
    </BlockStack>
  );
}
