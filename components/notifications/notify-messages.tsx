// The client messages of the visitors' digest pages: the public ones every page has, and Notify.
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { PUBLIC_CLIENT_NAMESPACES, pickMessages } from "@/components/layout/client-messages";

export async function NotifyMessages({ children }: { children: React.ReactNode }) {
  const messages = await getMessages();
  return (
    <NextIntlClientProvider messages={pickMessages(messages, [...PUBLIC_CLIENT_NAMESPACES, "Notify"])}>
      {children}
    </NextIntlClientProvider>
  );
}
