// One page of a list that grows with the shop (exchange requests, ledgers,
// failed events…): which page the URL asks for, checked; what to skip and
// take; and what the table's pagination shows. Pure: no Prisma, no Remix.
import { z } from "zod";

/** Rows a list shows at a time. */
export const PAGE_SIZE = 25;
/** The highest page a URL may ask for: beyond, it is a mistake or a probe, not a reader. */
export const MAX_PAGE = 10_000;

const pageNumber = z.coerce.number().int().min(1).max(MAX_PAGE);

export interface PageRequest {
  page: number;
  size: number;
}

export type PageRequestResult = { ok: true; request: PageRequest } | { ok: false; message: string };

/** The page `?<key>=N` asks for; none is the first. Anything but a whole number from 1 to MAX_PAGE is refused. */
export function pageRequestOf(params: URLSearchParams, key = "page", size = PAGE_SIZE): PageRequestResult {
  const raw = params.get(key);
  if (raw === null || raw === "") return { ok: true, request: { page: 1, size } };
  const parsed = pageNumber.safeParse(raw);
  if (!parsed.success) return { ok: false, message: `${key} must be a whole number from 1 to ${MAX_PAGE}` };
  return { ok: true, request: { page: parsed.data, size } };
}

export interface PageInfo {
  page: number;
  size: number;
  total: number;
  /** 1-based position of the page's first row (0 when the list is empty). */
  from: number;
  to: number;
  hasPrevious: boolean;
  hasNext: boolean;
}

/** The page to read once the total is known: past the last page reads the last one. */
export function pageWithin(request: PageRequest, total: number): PageInfo {
  const pages = Math.max(1, Math.ceil(total / request.size));
  const page = Math.min(request.page, pages);
  const from = total === 0 ? 0 : (page - 1) * request.size + 1;
  return { page, size: request.size, total, from, to: Math.min(total, page * request.size), hasPrevious: page > 1, hasNext: page < pages };
}

/** Prisma's window for a page. */
export function pageWindow(page: Pick<PageInfo, "page" | "size">): { skip: number; take: number } {
  return { skip: (page.page - 1) * page.size, take: page.size };
}

export interface Page<T> {
  rows: T[];
  page: PageInfo;
}

/** One page of a list already in memory (a roster every figure of the page needs whole). */
export function pageOfList<T>(items: readonly T[], request: PageRequest): Page<T> {
  const page = pageWithin(request, items.length);
  const { skip, take } = pageWindow(page);
  return { rows: items.slice(skip, skip + take), page };
}

/** Reads one page: the count first, then only that page's rows. */
export async function readPage<T>(
  request: PageRequest,
  count: () => Promise<number>,
  rows: (window: { skip: number; take: number }) => Promise<T[]>,
): Promise<Page<T>> {
  const page = pageWithin(request, await count());
  return { rows: page.total === 0 ? [] : await rows(pageWindow(page)), page };
}
