// Client forms here translate with many namespaces: give them the whole catalogue (components/layout/client-messages.tsx).
export { FullMessagesLayout as default } from "@/components/layout/client-messages";
