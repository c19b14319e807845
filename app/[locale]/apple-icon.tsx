import { ImageResponse } from "next/og";
import { LogoMark } from "@/components/brand/logo-mark";
import { BRAND } from "@/lib/brand/colors";

export const size = { width: 180, height: 180 };
export const contentType = "image/png";

// The favicon's design at the home-screen size: the mark in paper and light teal on ink. iOS rounds the corners.
// Under [locale], not beside icon.svg: the locale routing would send an extensionless /apple-icon to /ru/apple-icon.
export default function AppleIcon() {
  return new ImageResponse(
    <div
      style={{
        display: "flex",
        width: "100%",
        height: "100%",
        alignItems: "center",
        justifyContent: "center",
        background: BRAND.ink,
      }}
    >
      <LogoMark size={136} ink={BRAND.paper} accent={BRAND.accentLight} ground={BRAND.ink} weight={2} />
    </div>,
    size,
  );
}
