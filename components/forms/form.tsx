"use client";
// The form kit (components/forms): every form of the app is a <Form> holding these fields, the alert and the submit
// button. <Form> is a plain <form noValidate> (the server checks everything and answers in the reader's language)
// that hands its fields one translator for the error codes the server action returns; each domain brings its own
// (useAuthErrorText, useCurateErrorText, useSuggestErrorText), since the same code can read differently there.
import { createContext, useContext, type ComponentProps } from "react";

const ErrorTextContext = createContext<(code: string) => string>((code) => code);

/** The translator of error codes for the fields of the enclosing <Form>. */
export const useFieldErrorText = () => useContext(ErrorTextContext);

type Props = ComponentProps<"form"> & { errorText: (code: string) => string };

export function Form({ errorText, children, ...props }: Props) {
  return (
    <ErrorTextContext.Provider value={errorText}>
      <form noValidate {...props}>
        {children}
      </form>
    </ErrorTextContext.Provider>
  );
}
