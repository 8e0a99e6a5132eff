import { describe, expect, it } from "vitest";
import { MAX_PAGE, pageOfList, pageRequestOf, pageWithin, pageWindow } from "./paging";

describe("a list's page", () => {
  it("reads the page the URL asks for, the first when none, and refuses what is not a page number", () => {
    expect(pageRequestOf(new URLSearchParams(""))).toEqual({ ok: true, request: { page: 1, size: 25 } });
    expect(pageRequestOf(new URLSearchParams("codesPage=3"), "codesPage", 10)).toEqual({ ok: true, request: { page: 3, size: 10 } });
    for (const bad of ["0", "-2", "2.5", "two", " ", String(MAX_PAGE + 1), "1e9"])
      expect(pageRequestOf(new URLSearchParams({ page: bad })), bad).toEqual({
        ok: false,
        message: "page must be a whole number from 1 to 10000",
      });
  });

  it("knows where a page stands in the whole list, and reads the last page for one past it", () => {
    expect(pageWithin({ page: 2, size: 25 }, 60)).toEqual({
      page: 2,
      size: 25,
      total: 60,
      from: 26,
      to: 50,
      hasPrevious: true,
      hasNext: true,
    });
    expect(pageWithin({ page: 9, size: 25 }, 60)).toMatchObject({ page: 3, from: 51, to: 60, hasNext: false });
    expect(pageWithin({ page: 4, size: 25 }, 0)).toEqual({
      page: 1,
      size: 25,
      total: 0,
      from: 0,
      to: 0,
      hasPrevious: false,
      hasNext: false,
    });
    expect(pageWindow({ page: 3, size: 25 })).toEqual({ skip: 50, take: 25 });
  });

  it("pages a list already in memory", () => {
    const letters = ["a", "b", "c", "d", "e"];
    expect(pageOfList(letters, { page: 2, size: 2 }).rows).toEqual(["c", "d"]);
    expect(pageOfList(letters, { page: 3, size: 2 })).toMatchObject({ rows: ["e"], page: { hasNext: false, hasPrevious: true } });
  });
});
