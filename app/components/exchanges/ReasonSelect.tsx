// The contact reason of an exchange: the shop's reasons after a first choice
// that names none ("not asked", "choose a reason"), posted as `reason`. The
// exchange desk filters its offers by it; an answer to an offer records it.
import { Select } from "@shopify/polaris";

export interface ReasonSelectProps {
  label: string;
  /** The first choice, which names no reason. */
  none: string;
  reasons: { value: string; label: string }[];
  value: string;
  onChange: (value: string) => void;
  error?: string;
}

/** The reasons after a first choice, `none`, that names none. */
export function reasonChoices(none: string, reasons: ReasonSelectProps["reasons"]) {
  return [{ label: none, value: "" }, ...reasons];
}

export function ReasonSelect({ none, reasons, ...props }: ReasonSelectProps) {
  return <Select {...props} name="reason" options={reasonChoices(none, reasons)} />;
}
