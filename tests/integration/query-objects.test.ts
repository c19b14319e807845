import { describe, expect, it } from "vitest";
import { searchParamsObject } from "../../lib/exports/download";
import { formValues } from "../../lib/actions/form-state";
import { firstValue } from "../../lib/validation/query";
import { searchParamsOf } from "../../lib/feeds/feed-links";

// Found by the routes property at 1 000 inputs (seed 1983186256): `?__proto__=a&__proto__=b` made the array the
// query object's prototype, so `params.sort` read Array.prototype.sort and the parser threw.
describe("query objects built from a URL", () => {
  const hostile = new URL("http://x/ru/organizations/feed.atom?__proto__=armenian&__proto__=x&constructor=y&sort=name");

  it("keep __proto__ and constructor as parameters, and lend no prototype's methods to missing names", () => {
    const params = searchParamsOf(hostile);
    expect(Object.getPrototypeOf(params)).toBeNull();
    expect(params.__proto__).toEqual(["armenian", "x"]);
    expect(params.constructor).toBe("y");
    expect(params.type).toBeUndefined();
    expect(firstValue(searchParamsOf(new URL("http://x/?__proto__=a&__proto__=b")).sort)).toBeUndefined();
  });

  it("take the first value of each name, __proto__ and constructor too", () => {
    const params = searchParamsObject(hostile.searchParams);
    expect(Object.getPrototypeOf(params)).toBeNull();
    expect(Object.keys(params)).toEqual(["__proto__", "constructor", "sort"]);
    expect([params.__proto__, params.constructor, params.sort]).toEqual(["armenian", "y", "name"]);
  });

  it("read a value only when it is a string", () => {
    expect(firstValue(["a", "b"])).toBe("a");
    expect(firstValue("a")).toBe("a");
    expect(firstValue(undefined)).toBeUndefined();
    expect(firstValue([].sort as unknown as string)).toBeUndefined();
  });
});

describe("a form's values", () => {
  it("keep a field named __proto__ as a field, sent twice too, and lend no prototype's methods to missing ones", () => {
    const form = new FormData();
    form.append("__proto__", "a");
    form.append("__proto__", "b");
    form.append("slug", "amor");
    const values = formValues(form, ["diasporaIds"]);
    expect(Object.getPrototypeOf(values)).toBeNull();
    expect(values.__proto__).toEqual(["a", "b"]);
    expect(values.sort).toBeUndefined();
    expect(values).toMatchObject({ slug: "amor", diasporaIds: [] });
  });
});
