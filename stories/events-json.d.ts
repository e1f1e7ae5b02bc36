// The dataset that `npm run extract` writes into the data package. Typed as the schema's Dataset
// rather than inferred from the JSON, and declared here so the stories type-check before a first
// extraction (Storybook resolves the file itself, see .storybook/main.ts).
declare module '@event-timeline/data/events.json' {
  const dataset: import('@event-timeline/data').Dataset;
  export default dataset;
}
