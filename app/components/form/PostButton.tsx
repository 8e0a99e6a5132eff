// A button that posts a small form of its own: an intent and the id it acts
// on (Polaris buttons carry no name or value). `confirm` asks first.
import { Form } from "@remix-run/react";
import { Button } from "@shopify/polaris";
import type { FormEvent } from "react";

export interface PostButtonProps {
  fields: Record<string, string>;
  disabled?: boolean;
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
        disabled={button.disabled}
        loading={button.loading}
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
