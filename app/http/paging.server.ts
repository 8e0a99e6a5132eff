// The page a list's URL asks for, as a loader reads it: a page number that is
// not one (`?page=abc`, `?page=0`) is the visitor's mistake, a 400 that says
// so, never a 500 nor a silent first page.
import { pageRequestOf, PAGE_SIZE, type PageRequest } from "../domain/paging";

/** `?<key>=N` of the request's URL, or throws a 400 naming the parameter. */
export function requestedPage(request: Request, key = "page", size = PAGE_SIZE): PageRequest {
  const result = pageRequestOf(new URL(request.url).searchParams, key, size);
  if (!result.ok) throw Response.json({ error: result.message }, { status: 400 });
  return result.request;
}
