export function PageHeader({ title, intro }: { title: string; intro: string }) {
  return (
    <header className="page-header">
      <h1>{title}</h1>
      <p>{intro}</p>
    </header>
  );
}
