import { describe, expect, it } from "vitest";
import { parentsFirst } from "./catalog";
import { BACKUP_FORMAT, parseHeader } from "./format";

const header = {
  format: BACKUP_FORMAT,
  formatVersion: 1,
  appVersion: "0.1.0",
  createdAt: "2026-01-01T00:00:00.000Z",
  source: "postgresql",
  migrations: ["m1"],
  tables: [{ name: "A", columns: [{ name: "id", type: "uuid" }], rows: 0, digest: "0" }],
  sequences: [],
};

describe("parseHeader", () => {
  it("reads a header of this format version", () => {
    expect(parseHeader(JSON.stringify(header)).tables[0]!.name).toBe("A");
  });
  it("names both versions when the file is of another format version", () => {
    expect(() => parseHeader(JSON.stringify({ ...header, formatVersion: 2 }))).toThrow(
      "this backup is in format version 2; this version of the app reads format version 1",
    );
  });
  it("tells a file that is not a backup", () => {
    expect(() => parseHeader("slug,name")).toThrow("not a Diaspora Atlas backup (its first line is not JSON)");
    expect(() => parseHeader('{"rows":[]}')).toThrow(
      "not a Diaspora Atlas backup (no backup header on its first line)",
    );
    expect(() => parseHeader(JSON.stringify({ ...header, tables: "all" }))).toThrow(
      /the backup header is damaged \(tables:/,
    );
  });
});

describe("parentsFirst", () => {
  it("puts every table after the tables it references, alphabetically among equals", () => {
    const edges = [
      { child: "Session", parent: "User" },
      { child: "Revision", parent: "User" },
      { child: "RoleAssignmentDiaspora", parent: "RoleAssignment" },
      { child: "RoleAssignment", parent: "User" },
    ];
    expect(
      parentsFirst(["RoleAssignmentDiaspora", "Session", "Revision", "RoleAssignment", "User", "Country"], edges),
    ).toEqual(["Country", "User", "Revision", "RoleAssignment", "Session", "RoleAssignmentDiaspora"]);
  });
  it("refuses a cycle rather than loop", () => {
    expect(() =>
      parentsFirst(
        ["A", "B"],
        [
          { child: "A", parent: "B" },
          { child: "B", parent: "A" },
        ],
      ),
    ).toThrow("foreign keys form a cycle between A, B");
  });
});
