// Article texts, fetched only when a reader opens one: they are the largest data and few readers need them.
const texts = import.meta.glob<string>('../../../geodata/sources/*.txt', { query: '?raw', import: 'default' });

export async function loadSourceText(fileName: string): Promise<string> {
  const load = texts[`../../../geodata/sources/${fileName}`];
  if (!load) throw new Error(`geodata/sources/${fileName}: no such source text`);
  return load();
}
