// Which period a page shows: a preset, or custom dates from and to. A GET
// form: the period is in the address, so it can be shared and reloaded.
import { Form } from "@remix-run/react";
import { Button, InlineStack, Select, TextField } from "@shopify/polaris";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { messageText } from "../domain/form-message";
import { translateWith } from "../i18n/i18next";

export interface PeriodPickerProps {
  options: { label: string; value: string }[];
  period: string;
  from: string;
  to: string;
  /** "month" for whole months (2026-01), "date" for days. */
  type: "month" | "date";
  /** The loader's errors about the period asked for, by field. */
  errors?: { period?: string; from?: string; to?: string } | null;
}

export function PeriodPicker({ options, type, errors, ...initial }: PeriodPickerProps) {
  const { t } = useTranslation();
  // The loader's messages are phrases, read in the staff member's language.
  const error = (message: string | undefined) => (message ? messageText(message, translateWith(t)) : undefined);
  const [period, setPeriod] = useState(initial.period);
  const [from, setFrom] = useState(initial.from);
  const [to, setTo] = useState(initial.to);
  const dates = [
    { name: "from", label: t("period.from"), value: from, onChange: setFrom },
    { name: "to", label: t("period.to"), value: to, onChange: setTo },
  ] as const;
  return (
    <Form method="get">
      <InlineStack gap="200" blockAlign="end">
        <Select
          label={t("period.label")}
          name="period"
          options={options}
          value={period}
          onChange={setPeriod}
          error={error(errors?.period)}
        />
        {period === "custom"
          ? dates.map((date) => (
              <TextField
                key={date.name}
                label={date.label}
                type={type}
                name={date.name}
                value={date.value}
                onChange={date.onChange}
                autoComplete="off"
                error={error(errors?.[date.name])}
              />
            ))
          : null}
        <Button submit>{t("period.show")}</Button>
      </InlineStack>
    </Form>
  );
}
