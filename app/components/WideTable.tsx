// A table that may be wider than its card (a data report's, with a column per
// stored value): a plain table in a region of its own that scrolls sideways,
// named after the table and reachable with the keyboard (Tab, then the arrow
// keys), as WCAG asks of a scrollable region (axe-core's
// scrollable-region-focusable). Polaris's DataTable scrolls inside a box of
// its own that cannot take the focus, capped at the window's width, so it is
// not used here; the cells follow its look (Polaris's tokens).
import { Scrollable, Text } from "@shopify/polaris";
import type { CSSProperties, ReactNode } from "react";

const cell: CSSProperties = {
  padding: "var(--p-space-300) var(--p-space-400)",
  textAlign: "start",
  verticalAlign: "top",
  whiteSpace: "nowrap",
  borderBlockStart: "var(--p-border-width-025) solid var(--p-color-border-secondary)",
};

export function WideTable({ label, headings, rows }: { label: string; headings: string[]; rows: ReactNode[][] }) {
  return (
    <Scrollable horizontal vertical={false} focusable role="region" aria-label={label}>
      <table style={{ inlineSize: "100%", borderCollapse: "collapse" }}>
        <thead>
          <tr>
            {headings.map((heading, index) => (
              <th key={index} scope="col" style={{ ...cell, borderBlockStart: 0 }}>
                <Text as="span" fontWeight="medium">
                  {heading}
                </Text>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, rowIndex) => (
            <tr key={rowIndex}>
              {row.map((value, index) => (
                <td key={index} style={cell}>
                  <Text as="span">{value}</Text>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </Scrollable>
  );
}
