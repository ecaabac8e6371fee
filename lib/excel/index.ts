export * from './sample-rows';
export * from './sample-workbook';
export * from './csv';
export { csvSafe } from './sheet-style';
export * from './import-plan';
export * from './read-sample-sheet';
export * from './template-workbook';
export * from './mkba-sheets';
