// An amount on the profit dashboard, with how it was reached on hover and on
// keyboard focus: the formula and every part, as the CSV lists them.
import { BlockStack, Text, Tooltip } from "@shopify/polaris";
import type { FigureView } from "../../domain/profit/views";

export function FigureExplanation({ figure }: { figure: FigureView }) {
  return (
    <BlockStack gap="100">
      <Text as="p" fontWeight="semibold">
        {figure.label}: {figure.text}
      </Text>
      <Text as="p">{figure.formula}</Text>
      {figure.parts.length > 0 ? (
        <ul style={{ margin: 0, paddingInlineStart: "1.2em" }}>
          {figure.parts.map((part, index) => (
            <li key={`${part.label}-${index}`}>
              {part.label}: {part.text}
            </li>
          ))}
        </ul>
      ) : null}
    </BlockStack>
  );
}

/** `text` replaces the figure's own text where a title already carries its sign ("Loss" and the amount without its minus). */
export function FigureText({
  figure,
  tone,
  bold,
  text,
}: {
  figure: FigureView;
  tone?: "critical" | "success";
  bold?: boolean;
  text?: string;
}) {
  return (
    <Tooltip content={<FigureExplanation figure={figure} />} preferredPosition="above" width="wide">
      <span tabIndex={0} aria-label={`${figure.label}: ${figure.text}. ${figure.formula}`}>
        <Text as="span" tone={tone} fontWeight={bold ? "semibold" : undefined} numeric>
          {text ?? figure.text}
        </Text>
      </span>
    </Tooltip>
  );
}
