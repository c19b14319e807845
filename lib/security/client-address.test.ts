import { createServer, request as httpRequest, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { readEnv } from "../env";
import {
  addressGroup,
  CLIENT_ADDRESS_HEADER,
  normalizeAddress,
  parseTrustedProxies,
  resolveClientAddress,
  stampClientAddress,
} from "./client-address.mjs";

const PROXIES = parseTrustedProxies("10.0.0.0/8, 192.0.2.10, fd00::/8");

describe("resolveClientAddress", () => {
  it("without trusted proxies is the socket's peer, whatever X-Forwarded-For says", () => {
    for (const forwardedFor of ["198.51.100.1", "198.51.100.1, 198.51.100.2", "garbage", "", undefined]) {
      expect(resolveClientAddress({ socketAddress: "203.0.113.5", forwardedFor, trustedProxies: null })).toBe(
        "203.0.113.5",
      );
    }
    expect(
      resolveClientAddress({ socketAddress: "::ffff:203.0.113.5", forwardedFor: "1.1.1.1", trustedProxies: null }),
    ).toBe("203.0.113.5");
  });

  it("with trusted proxies takes the right-most hop that is not one of them", () => {
    const resolve = (socketAddress: string, forwardedFor?: string) =>
      resolveClientAddress({ socketAddress, forwardedFor, trustedProxies: PROXIES });
    // The client wrote "1.2.3.4, garbage"; the proxy appended what it saw.
    expect(resolve("10.0.0.2", "1.2.3.4, garbage, 198.51.100.7")).toBe("198.51.100.7");
    // Two proxies: the outer one (192.0.2.10) appended the client, the inner one (10.1.1.1) appended the outer.
    expect(resolve("10.1.1.1", "6.6.6.6, 198.51.100.7, 192.0.2.10")).toBe("198.51.100.7");
    expect(resolve("fd00::1", "2001:DB8::9")).toBe("2001:db8::9");
    // A peer that is not a trusted proxy is the client; its header is the client's own text.
    expect(resolve("203.0.113.5", "10.0.0.3")).toBe("203.0.113.5");
    // Only proxies in the chain (a request from inside): the farthest hop.
    expect(resolve("10.0.0.2", "10.9.9.9")).toBe("10.9.9.9");
    expect(resolve("10.0.0.2")).toBe("10.0.0.2");
    // Garbage where a trusted proxy should have written an address: no address rather than one shared by all.
    expect(resolve("10.0.0.2", "198.51.100.7, unknown")).toBeNull();
  });

  it("reads addresses with ports, brackets and zones, and nothing else", () => {
    expect(normalizeAddress("203.0.113.9:5123")).toBe("203.0.113.9");
    expect(normalizeAddress("[2001:db8::1]:443")).toBe("2001:db8::1");
    expect(normalizeAddress("fe80::1%eth0")).toBe("fe80::1");
    for (const bad of [
      "unknown",
      "example.org",
      "300.1.1.1",
      "1.2.3",
      "",
      " ",
      "1.2.3.4.5",
      "<script>",
      "a".repeat(500),
    ])
      expect(normalizeAddress(bad)).toBeNull();
  });
});

describe("TRUSTED_PROXIES", () => {
  it("accepts addresses and CIDR ranges and stops the start on anything else", () => {
    expect(parseTrustedProxies("")).toBeNull();
    expect(parseTrustedProxies(" 127.0.0.1 , ::1, 10.0.0.0/8")?.check("10.200.0.1", "ipv4")).toBe(true);
    expect(readEnv({ TRUSTED_PROXIES: "10.0.0.0/8,192.0.2.1" }).TRUSTED_PROXIES).toBe("10.0.0.0/8,192.0.2.1");
    for (const bad of ["10.0.0.0/33", "10.0.0.0/8/1", "proxy.internal", "10.0.0.0/x", "::1/129"]) {
      expect(() => readEnv({ TRUSTED_PROXIES: bad })).toThrow(/TRUSTED_PROXIES/);
    }
  });
});

/** One request over a real socket to a server that stamps like scripts/serve-next.mjs; returns what the app sees. */
async function seenByApp(trustedProxies: string, headers: Record<string, string>): Promise<IncomingHttpHeaders> {
  const list = parseTrustedProxies(trustedProxies);
  let seen: IncomingHttpHeaders = {};
  const server = createServer((req, res) => {
    stampClientAddress(req, list);
    seen = { ...req.headers };
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve, reject) =>
    httpRequest({ host: "127.0.0.1", port, headers }, (res) => res.resume().on("end", resolve))
      .on("error", reject)
      .end(),
  );
  server.close();
  return seen;
}

describe("stampClientAddress over a real socket", () => {
  it("replaces a client-sent address header with the socket's peer", async () => {
    const seen = await seenByApp("", { [CLIENT_ADDRESS_HEADER]: "198.51.100.66", "x-forwarded-for": "198.51.100.77" });
    expect(seen[CLIENT_ADDRESS_HEADER]).toBe("127.0.0.1");
  });

  it("behind a trusted proxy on the loopback, reads the hop it appended", async () => {
    const seen = await seenByApp("127.0.0.1", {
      [CLIENT_ADDRESS_HEADER]: "198.51.100.66",
      "x-forwarded-for": "6.6.6.6, 198.51.100.77",
    });
    expect(seen[CLIENT_ADDRESS_HEADER]).toBe("198.51.100.77");
  });
});

describe("addressGroup", () => {
  it("counts IPv4 addresses singly and IPv6 addresses by their /64", () => {
    expect(addressGroup("203.0.113.9")).toBe("203.0.113.9");
    expect(addressGroup("2001:db8:1:2::1")).toBe(addressGroup("2001:db8:1:2:ffff:1:2:3"));
    expect(addressGroup("2001:db8:1:2::1")).toBe("2001:0db8:0001:0002::/64");
    expect(addressGroup("2001:db8:1:3::1")).not.toBe(addressGroup("2001:db8:1:2::1"));
    expect(addressGroup("::1")).toBe("0000:0000:0000:0000::/64");
  });
});
