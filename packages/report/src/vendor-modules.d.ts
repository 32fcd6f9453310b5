// One-file CommonJS builds of libraries, imported by path because they load much faster than the
// libraries' entries (see render-svg.ts and workbook.ts). Their types are the libraries' own.

declare module "echarts/dist/echarts.js" {
  const echarts: typeof import("echarts");
  export default echarts;
}

declare module "exceljs/lib/doc/workbook.js" {
  const Workbook: typeof import("exceljs").Workbook;
  export default Workbook;
}
