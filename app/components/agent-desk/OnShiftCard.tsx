// Who else is on shift now, on their own clocks, with the languages they
// answer in; who speaks the customer's language; and, when nobody is on
// shift, who comes on first (on the shop's clock).
import { Text } from "@shopify/polaris";
import { useTranslation } from "react-i18next";
import { Detail } from "../CardTitle";
import { TitledCard } from "../TitledCard";

interface OnShiftCardProps {
  agents: { id: string; name: string; team: string | null; timeZone: string; languages: string[] }[];
  suggested: { name: string; language: string } | null;
  nextOnShift: { name: string; shopClock: string } | null;
  shopTimeZone: string;
}

export function OnShiftCard({ agents, suggested, nextOnShift, shopTimeZone }: OnShiftCardProps) {
  const { t } = useTranslation("desk");
  return (
    <TitledCard title={t("onShift.title")} compact>
      {agents.length === 0 ? (
        <Detail>
          {nextOnShift
            ? t("onShift.next", { name: nextOnShift.name, clock: nextOnShift.shopClock, timeZone: shopTimeZone })
            : t("onShift.nobody")}
        </Detail>
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
          {t("onShift.speaks", { language: suggested.language, name: suggested.name })}
        </Text>
      ) : null}
    </TitledCard>
  );
}
