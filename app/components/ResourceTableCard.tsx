// The card every list of the admin is: a heading and what the list is for, a
// table (or what to do when it is empty), the page's place in a list that
// grows with the shop (previous / next as links, so a page is a URL), and a
// footer line. The rows come from the loader, one page at a time.
import { BlockStack, Box, Card, DataTable, EmptyState, InlineStack, Pagination, type DataTableProps } from "@shopify/polaris";
import { useLocation } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { PageInfo } from "../domain/paging";
import { CardTitle, Detail } from "./CardTitle";
import { useFormat } from "../i18n/format";

export interface ResourceTableEmpty {
  heading: string;
  body?: string;
  action?: { content: string; url: string };
}

export interface ResourceTableCardProps {
  /** The card's heading; none where the page's title already says what the list is. */
  title?: string;
  detail?: ReactNode;
  /** A heading of the card's own instead of title and detail (the profit page's, with its CSV download). */
  header?: ReactNode;
  /** What to show instead of an empty table: an empty state, or one subdued line. */
  empty: ResourceTableEmpty | string;
  columnContentTypes: DataTableProps["columnContentTypes"];
  headings: DataTableProps["headings"];
  rows: DataTableProps["rows"];
  totals?: DataTableProps["totals"];
  /** How the table reads: striped rows and a header that stays in view, for wide tables of figures. */
  table?: Pick<DataTableProps, "hasZebraStripingOnData" | "stickyHeader">;
  /** Where these rows stand in the whole list, and the URL parameter that names the page. */
  page?: { info: PageInfo; param?: string };
  /** Above the table, under the heading (a period picker, a filter). */
  toolbar?: ReactNode;
  /** Under the table: a line of text is shown subdued; anything else (a form, a button) as it is. */
  footer?: ReactNode;
}

function EmptyRows({ empty }: { empty: ResourceTableEmpty | string }) {
  if (typeof empty === "string")
    return (
      <Box padding="400">
        <Detail>{empty}</Detail>
      </Box>
    );
  return (
    <EmptyState heading={empty.heading} image="" {...(empty.action ? { action: empty.action } : {})}>
      {empty.body ? <p>{empty.body}</p> : null}
    </EmptyState>
  );
}

function PageLinks({ info, param }: { info: PageInfo; param: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const location = useLocation();
  const urlOf = (page: number) => {
    const params = new URLSearchParams(location.search);
    if (page === 1) params.delete(param);
    else params.set(param, String(page));
    const search = params.toString();
    return `${location.pathname}${search ? `?${search}` : ""}`;
  };
  return (
    <Box padding="300" borderBlockStartWidth="025" borderColor="border">
      <InlineStack align="center">
        <Pagination
          hasPrevious={info.hasPrevious}
          hasNext={info.hasNext}
          {...(info.hasPrevious ? { previousURL: urlOf(info.page - 1) } : {})}
          {...(info.hasNext ? { nextURL: urlOf(info.page + 1) } : {})}
          label={t("common:pagination.label", {
            from: format.count(info.from),
            to: format.count(info.to),
            total: format.count(info.total),
          })}
        />
      </InlineStack>
    </Box>
  );
}

export function ResourceTableCard(props: ResourceTableCardProps) {
  const { title, detail, header, empty, columnContentTypes, headings, rows, totals, table, page, footer, toolbar } = props;
  const paged = page && (page.info.hasPrevious || page.info.hasNext);
  return (
    <Card padding="0">
      {title || header ? (
        <Box padding="400">
          <BlockStack gap="200">
            {header ?? <CardTitle title={title ?? ""} detail={detail} />}
            {toolbar}
          </BlockStack>
        </Box>
      ) : null}
      {rows.length === 0 ? (
        <EmptyRows empty={empty} />
      ) : (
        <DataTable
          columnContentTypes={columnContentTypes}
          headings={headings}
          rows={rows}
          {...(totals ? { totals, showTotalsInFooter: true } : {})}
          {...table}
        />
      )}
      {paged ? <PageLinks info={page.info} param={page.param ?? "page"} /> : null}
      {footer ? <Box padding="400">{typeof footer === "string" ? <Detail>{footer}</Detail> : footer}</Box> : null}
    </Card>
  );
}
