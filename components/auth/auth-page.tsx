/** The frame of the small auth pages: a heading, an optional introduction, the form. */
export function AuthPage({
  title,
  intro,
  children,
}: {
  title: string;
  intro?: React.ReactNode;
  children: React.ReactNode;
}) {
  return (
    <section className="mx-auto max-w-xl" aria-labelledby="auth-heading">
      <h1 id="auth-heading" className="text-title font-semibold">
        {title}
      </h1>
      {intro && <p className="mt-3 text-stone-700">{intro}</p>}
      {children}
    </section>
  );
}
