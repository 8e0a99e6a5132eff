// A button that posts a small form of its own: an intent and the id it acts
// on (Polaris buttons carry no name or value). `confirm` asks first. It spins
// while its form is sent and the page reads its data again after it; every
// other one is disabled meanwhile: the answer's banner shows before the lists
// are read again, and the row a button acts on may be gone by then.
import { Form, useNavigation } from "@remix-run/react";
import { Button } from "@shopify/polaris";
import type { FormEvent } from "react";
import { useSending } from "./useSending";

export interface PostButtonProps {
  fields: Record<string, string>;
  disabled?: boolean;
  /** Spinning; by default while this button's own form is sent and the page reloads its data after it. */
  loading?: boolean;
  primary?: boolean;
  tone?: "critical";
  plain?: boolean;
  size?: "slim";
  /** The button's accessible name, when its text says less ("↑", "Delete"). */
  label?: string;
  /** Asked before posting; cancelling posts nothing. */
  confirm?: string;
  children: string;
}

export function PostButton({ fields, confirm, ...button }: PostButtonProps) {
  const busy = useNavigation().state !== "idle";
  const sending = useSending(fields);
  const ask = (event: FormEvent<HTMLFormElement>) => {
    if (confirm && !window.confirm(confirm)) event.preventDefault();
  };
  return (
    <Form method="post" onSubmit={ask}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button
        submit
        disabled={button.disabled || (busy && !sending)}
        loading={button.loading ?? sending}
        variant={button.primary ? "primary" : button.plain ? "plain" : undefined}
        tone={button.tone}
        size={button.size}
        accessibilityLabel={button.label}
      >
        {button.children}
      </Button>
    </Form>
  );
}
